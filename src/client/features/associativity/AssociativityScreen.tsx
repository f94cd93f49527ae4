import "./associativity.css";
import { Link, useLocation, useSearchParams } from "react-router";
import { policies } from "../../../shared/policies";
import { useActor } from "../../app/session";
import { useT } from "../../i18n/lang";
import { useDocumentTitle } from "../../ui/Page";
import { useAssembly } from "../assemblies/assembly-context";
import { AssociationsView } from "./AssociationsView";
import { MatrixView } from "./MatrixView";
import { QuestionView } from "./QuestionView";
import { RegistryView } from "./RegistryView";

const VIEWS = [
  { key: "buscar", label: "associativity.view.search" },
  { key: "matriz", label: "associativity.view.matrix" },
  { key: "asociaciones", label: "associativity.view.associations" },
  { key: "organizaciones", label: "associativity.view.registry" },
] as const;
type View = (typeof VIEWS)[number]["key"];

/**
 * Associativity for the table leaders and the operator: find organisations for a typed need, the needs ×
 * organisations matrix, the possible associations (both exportable to XLSX) and the organisations registry.
 */
export default function AssociativityScreen() {
  const t = useT();
  const actor = useActor();
  const { assembly } = useAssembly();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const requested = params.get("vista");
  const view: View = VIEWS.some((v) => v.key === requested) ? (requested as View) : "buscar";
  const current = VIEWS.find((v) => v.key === view)!;
  useDocumentTitle(`${t(current.label)} · ${t("associativity.tab")} · ${assembly.name}`);
  const canMerge = policies.mergeOrganizations(actor, {
    agreementId: assembly.agreementId,
    assemblyId: assembly.id,
  });

  return (
    <>
      <nav aria-label={t("associativity.views")} className="subtabs">
        <ul>
          {VIEWS.map((v) => (
            <li key={v.key}>
              <Link to={`${pathname}?vista=${v.key}`} aria-current={v.key === view ? "page" : undefined}>
                {t(v.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {view === "buscar" ? <QuestionView /> : null}
      {view === "matriz" ? <MatrixView /> : null}
      {view === "asociaciones" ? <AssociationsView /> : null}
      {view === "organizaciones" ? <RegistryView canMerge={canMerge} /> : null}
    </>
  );
}
