import { Suspense, useEffect, useRef } from "react";
import { Link, NavLink, Outlet, useLocation } from "react-router";
import { useT } from "../i18n/lang";
import { Button } from "../ui/Button";
import { Loading } from "../ui/Loading";
import { ErrorBoundary } from "./ErrorBoundary";
import { ErrorScreen } from "./ErrorScreen";
import { LanguageSwitch } from "./LanguageSwitch";
import { useCurrentLegend } from "./legend";
import { mayOpen, ROUTES } from "./routes";
import { useSession } from "./session";

/** After a navigation the new screen starts at the top, and focus goes to <main> so screen readers start there. */
function useFocusMainOnNavigate(pathname: string) {
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each new path.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    document.getElementById("main")?.focus({ preventScroll: true });
  }, [pathname]);
}

export function Layout() {
  const t = useT();
  const { state } = useSession();
  const legend = useCurrentLegend();
  const { pathname } = useLocation();
  useFocusMainOnNavigate(pathname);
  const actor = state.status === "signed_in" ? state.actor : null;
  const items = actor ? ROUTES.filter((route) => route.nav && mayOpen(route.access, actor.role)) : [];

  return (
    <>
      <a href="#main" className="skip-link">
        {t("layout.skip")}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="site-header__brand">
            {t("app.name")}
          </Link>
          {items.length ? (
            <nav aria-label={t("layout.nav")} className="site-nav">
              <ul>
                {items.map((item) => (
                  <li key={item.path}>
                    <NavLink to={item.path} end={item.path === "/"}>
                      {item.nav ? t(item.nav) : null}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        {state.status === "unreachable" ? (
          <div role="alert" className="form-errors">
            <p className="form-errors__title">{t("error.network")}</p>
            <Button variant="secondary" onClick={state.retry}>
              {t("common.retry")}
            </Button>
          </div>
        ) : null}
        {/* Public screens that work offline (a sub-table's puzzle) still open; staff screens wait (RequireRole). */}
        <ErrorBoundary resetKey={pathname} fallback={<ErrorScreen />}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p className="site-footer__legend">{legend ?? t("layout.footer")}</p>
      </footer>
    </>
  );
}
