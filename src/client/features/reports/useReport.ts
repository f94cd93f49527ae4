import { useEffect, useRef } from "react";
import type { ReportDto } from "../../../shared/schemas/report";
import { useApi } from "../../api/useApi";
import { useLegend } from "../../app/legend";
import { useLang } from "../../i18n/lang";

/**
 * A report from the API (none while `path` is null). The server writes its labels in the reader's language,
 * so it is read again when the language changes; its convenio legends go to the footer.
 */
export function useReport(path: string | null) {
  const resource = useApi<ReportDto>(path);
  const { lang } = useLang();
  const shownLang = useRef(lang);
  const { reload } = resource;
  useEffect(() => {
    if (shownLang.current === lang) return;
    shownLang.current = lang;
    reload();
  }, [lang, reload]);
  useLegend(resource.data?.legends.join(" · "));
  return resource;
}
