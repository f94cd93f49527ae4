import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import type { Role } from "../../shared/roles";
import { useT } from "../i18n/lang";
import { Loading } from "../ui/Loading";
import { Page } from "../ui/Page";
import { useSession } from "./session";

/** Shows its children to signed-in staff with one of `roles` (any role when omitted); others go to sign in. */
export function RequireRole({
  roles,
  children,
}: {
  roles?: readonly Role[] | undefined;
  children: ReactNode;
}) {
  const { state } = useSession();
  const location = useLocation();
  const t = useT();
  if (state.status === "loading") return <Loading />;
  if (state.status === "unreachable") return null;
  if (state.status === "anonymous") {
    const next =
      location.pathname === "/" ? "" : `?next=${encodeURIComponent(location.pathname + location.search)}`;
    return <Navigate to={`/ingresar${next}`} replace />;
  }
  if (roles && !roles.includes(state.actor.role)) {
    return (
      <Page title={t("layout.forbidden")}>
        <p>{t("error.auth.forbidden")}</p>
      </Page>
    );
  }
  return children;
}
