import { Link } from "react-router";
import { useT } from "../i18n/lang";
import { Page } from "../ui/Page";

export function NotFoundScreen() {
  const t = useT();
  return (
    <Page title={t("layout.notFound")}>
      <p>{t("error.resource.not_found")}</p>
      <p>
        <Link to="/">{t("layout.backHome")}</Link>
      </p>
    </Page>
  );
}
