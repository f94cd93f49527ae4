import { formatNumber } from "../../i18n/format";
import { useLang, useT } from "../../i18n/lang";
import { useAssembly } from "./assembly-context";

export function TablesView() {
  const t = useT();
  const { lang } = useLang();
  const { assembly } = useAssembly();
  return (
    <ul className="cards">
      {assembly.tables.map((table) => (
        <li key={table.id} className={table.enabled ? "card" : "card card--muted"}>
          <h3 className="card__title">
            <span className="swatch" style={{ background: table.color }} aria-hidden="true" />
            {table.name}
          </h3>
          {table.definition ? <p>{table.definition}</p> : null}
          <p className="card__meta">
            {table.axisId ? t("tables.axis") : t("tables.local")} ·{" "}
            {t("tables.capacityOf", { n: formatNumber(table.capacity, lang) })}
            {table.enabled ? "" : ` · ${t("tables.disabled")}`}
          </p>
        </li>
      ))}
    </ul>
  );
}
