import type { CooperationForm } from "../../../domain/puzzle/rules";
import type { AgendaItemDto } from "../../../shared/schemas/plenary";
import { useLang, useT } from "../../i18n/lang";
import { dueLabel } from "../puzzle/labels";

interface AgendaItemDetailsProps {
  item: AgendaItemDto;
  /** Heading level of "Soluciones" and "Plan de trabajo" under the item's own heading. */
  level: 3 | 4;
  /** Show the original pieces (the consolidation screen); the public page does not need them. */
  originals?: boolean;
}

/** An agenda point's original pieces, its solutions with their cooperating organisations and its work plan. */
export function AgendaItemDetails({ item, level, originals = true }: AgendaItemDetailsProps) {
  const t = useT();
  const { lang } = useLang();
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <>
      {item.description ? <p className="prose">{item.description}</p> : null}
      {originals ? (
        <details className="plenary-originals">
          <summary>{t("plenary.item.originals", { count: item.originals.length })}</summary>
          <ul>
            {item.originals.map((original) => (
              <li key={original.needId}>
                {t("plenary.item.original", { subtable: original.subtableLabel, title: original.title })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <Heading className="plenary-subhead">{t("plenary.item.solutions")}</Heading>
      {item.solutions.length ? (
        <ul className="plenary-list">
          {item.solutions.map((solution) => (
            <li key={solution.id}>
              <p className="plenary-list__main">{solution.description}</p>
              <p className="plenary-list__meta">
                {t(`puzzle.cooperation.${solution.cooperationForm as CooperationForm}`)}
                {solution.organizations.length ? ` · ${solution.organizations.join(", ")}` : ""}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="page-meta">{t("plenary.item.noSolutions")}</p>
      )}
      {item.plan.length ? (
        <>
          <Heading className="plenary-subhead">{t("plenary.item.plan")}</Heading>
          <ul className="plenary-list">
            {item.plan.map((plan) => (
              <li key={plan.id}>
                <p className="plenary-list__main">{plan.action}</p>
                <p className="plenary-list__meta">
                  {t("plenary.doc.who")} {plan.owner} · {t("plenary.doc.when")} {dueLabel(plan.due, lang, t)}
                  {plan.resources ? ` · ${t("plenary.doc.resources")}: ${plan.resources}` : ""}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
