import { useT } from "../i18n/lang";

export function Loading() {
  const t = useT();
  return (
    <p role="status" className="loading">
      {t("common.loading")}
    </p>
  );
}
