import type { MatrixDto } from "../../../shared/schemas/associativity";
import { useApi } from "../../api/useApi";
import { useT } from "../../i18n/lang";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { useAssembly } from "../assemblies/assembly-context";
import { ExportLink } from "./ExportLink";

/**
 * Every need of the puzzle with the organisations suggested for it (score) or already named by its sub-table
 * (✓). On a phone a grid of 60 columns cannot be read: each row lists its organisations; the XLSX has the grid.
 */
export function MatrixView() {
  const t = useT();
  const { assembly } = useAssembly();
  const { data, error, loading, reload } = useApi<MatrixDto>(
    `/api/assemblies/${assembly.id}/associativity/matrix`,
  );
  const names = new Map(data?.organizations.map((o) => [o.id, o.name]));

  return (
    <section aria-labelledby="associativity-matrix" className="section">
      <h2 id="associativity-matrix">{t("associativity.matrix.title")}</h2>
      <p>{t("associativity.matrix.intro")}</p>
      <ExportLink assemblyId={assembly.id} />
      {loading ? <Loading /> : null}
      {error ? <LoadError error={error} retry={reload} /> : null}
      {data && data.needs.length === 0 ? <p>{t("associativity.matrix.empty")}</p> : null}
      {data && data.needs.length > 0 ? (
        <div className="matrix-scroll">
          <table className="matrix">
            <caption className="visually-hidden">{t("associativity.matrix.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("associativity.matrix.need")}</th>
                <th scope="col">{t("associativity.matrix.table")}</th>
                <th scope="col">{t("associativity.matrix.organizations")}</th>
              </tr>
            </thead>
            <tbody>
              {data.needs.map((need) => (
                <tr key={need.id}>
                  <th scope="row">{need.title}</th>
                  <td>
                    {need.tableName} · {need.subtableName}
                  </td>
                  <td>
                    <ul className="matrix__organizations">
                      {data.cells
                        .filter((cell) => cell.needId === need.id)
                        .map((cell) => (
                          <li key={cell.organizationId}>
                            {names.get(cell.organizationId)}{" "}
                            <span className="matrix__mark">
                              {cell.named
                                ? `✓ ${t("associativity.matrix.named")}`
                                : t("associativity.matrix.suggested", { score: cell.score.toFixed(1) })}
                            </span>
                          </li>
                        ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
