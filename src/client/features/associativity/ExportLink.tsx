import { useT } from "../../i18n/lang";

/** The matrix and the possible associations as one XLSX file, with the convenio legend on every sheet. */
export function ExportLink({ assemblyId }: { assemblyId: string }) {
  const t = useT();
  return (
    <p>
      <a
        className="button button--secondary"
        href={`/api/assemblies/${assemblyId}/associativity/export.xlsx`}
        download
      >
        {t("associativity.matrix.download")}
      </a>
    </p>
  );
}
