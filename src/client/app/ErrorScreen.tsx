import { useT } from "../i18n/lang";
import { Page } from "../ui/Page";

/** What a person sees when a screen breaks (a render error, or a screen's code that failed to download). */
export function ErrorScreen() {
  const t = useT();
  return (
    <Page title={t("layout.error")}>
      <p>{t("error.internal")}</p>
      <p>
        {/* A full reload: after an update the screen's code may be stale. */}
        <a href="/">{t("layout.backHome")}</a>
      </p>
    </Page>
  );
}
