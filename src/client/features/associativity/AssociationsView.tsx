import type { PossibleAssociationDto } from "../../../shared/schemas/associativity";
import { useApi } from "../../api/useApi";
import { useT } from "../../i18n/lang";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { useAssembly } from "../assemblies/assembly-context";
import { ExportLink } from "./ExportLink";

/** Groups of organisations that come up together for several needs: who could work as a network. */
export function AssociationsView() {
  const t = useT();
  const { assembly } = useAssembly();
  const { data, error, loading, reload } = useApi<PossibleAssociationDto[]>(
    `/api/assemblies/${assembly.id}/associativity/associations`,
  );
  return (
    <section aria-labelledby="associativity-associations" className="section">
      <h2 id="associativity-associations">{t("associativity.associations.title")}</h2>
      <p>{t("associativity.associations.intro")}</p>
      <ExportLink assemblyId={assembly.id} />
      {loading ? <Loading /> : null}
      {error ? <LoadError error={error} retry={reload} /> : null}
      {data && data.length === 0 ? <p>{t("associativity.associations.empty")}</p> : null}
      {data && data.length > 0 ? (
        <ol className="cards">
          {data.map((association, index) => {
            const headingId = `association-${index}`;
            return (
              <li
                key={association.organizations.map((o) => o.id).join()}
                className="card"
                aria-labelledby={headingId}
              >
                <h3 id={headingId} className="card__title">
                  {association.organizations.map((o) => o.name).join(" + ")}
                </h3>
                <p className="card__meta">
                  {t("associativity.associations.needs", { count: association.needs.length })}
                </p>
                <ul>
                  {association.needs.map((need) => (
                    <li key={need.id}>
                      {need.title} <span className="matrix__mark">({need.tableName})</span>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}
