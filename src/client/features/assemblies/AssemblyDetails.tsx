import { formatDate, formatNumber } from "../../i18n/format";
import { useLang, useT } from "../../i18n/lang";
import { useAssembly } from "./assembly-context";
import { STATUS_LABELS } from "./labels";

export function AssemblyDetails() {
  const t = useT();
  const { lang } = useLang();
  const { assembly } = useAssembly();
  const facts: [string, string][] = [
    [t("places.municipality"), `${assembly.municipalityName}, ${assembly.departmentName}`],
    [t("assemblies.field.venue"), assembly.venue || "—"],
    [t("assemblies.field.date"), formatDate(assembly.date, lang)],
    [t("assemblies.field.capacity"), formatNumber(assembly.capacity, lang)],
    [t("assemblies.registrations"), formatNumber(assembly.registrations, lang)],
    [t("assemblies.field.status"), t(STATUS_LABELS[assembly.status])],
    [t("assemblies.field.projectName"), assembly.projectName || "—"],
    [t("assemblies.field.projectDescription"), assembly.projectDescription || "—"],
  ];
  return (
    <dl className="facts facts--wide">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
