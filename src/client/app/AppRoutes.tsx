import { lazy } from "react";
import { type RouteObject, useRoutes } from "react-router";
import { Layout } from "./Layout";
import { NotFoundScreen } from "./NotFoundScreen";
import { RequireRole } from "./RequireRole";
import { type AppRoute, ASSEMBLY_TABS, ROUTES, type ScreenModule } from "./routes";

const AssemblyLayout = lazy(() => import("../features/assemblies/AssemblyLayout"));

function screen(module: ScreenModule, access: AppRoute["access"]) {
  const Screen = lazy(module);
  return access === "public" ? (
    <Screen />
  ) : (
    <RequireRole roles={access}>
      <Screen />
    </RequireRole>
  );
}

// Built once: the lazy components must keep their identity between renders.
const TREE: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      ...ROUTES.map((route) => ({ path: route.path, element: screen(route.screen, route.access) })),
      {
        path: "/asambleas/:id",
        element: (
          <RequireRole>
            <AssemblyLayout />
          </RequireRole>
        ),
        children: ASSEMBLY_TABS.map((tab) =>
          tab.path
            ? { path: tab.path, element: screen(tab.screen, tab.access) }
            : { index: true, element: screen(tab.screen, tab.access) },
        ),
      },
      { path: "*", element: <NotFoundScreen /> },
    ],
  },
];

/** The screens of ROUTES and ASSEMBLY_TABS inside the layout (declarative router: a smaller bundle). */
export function AppRoutes() {
  return useRoutes(TREE);
}
