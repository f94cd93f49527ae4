import type { ReactNode } from "react";
import type { Lang } from "../../../shared/i18n";
import type { Translate } from "../../i18n/lang";
import { dueLabel } from "./labels";

const text = (value: unknown) => (typeof value === "string" ? value : "");
const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);

/** One version of a piece as a short list of what it says, for choosing between two versions. */
export function describePiece(
  kind: string,
  data: Record<string, unknown>,
  t: Translate,
  lang: Lang,
): ReactNode {
  const rows: [string, string][] = [];
  if (kind.startsWith("need")) {
    rows.push([t("puzzle.need.title.label"), text(data.title)]);
    rows.push([t("puzzle.need.description.label"), text(data.description)]);
    rows.push([
      t("puzzle.need.affected.label"),
      list(data.affectedGroups)
        .map((g) => t(`catalog.populationGroup.${g}` as never))
        .join(", "),
    ]);
  } else if (kind.startsWith("solution")) {
    rows.push([t("puzzle.solution.description.label"), text(data.description)]);
    rows.push([
      t("puzzle.solution.form.label"),
      data.cooperationForm ? t(`puzzle.cooperation.${text(data.cooperationForm)}` as never) : "",
    ]);
    rows.push([t("puzzle.solution.organizations.label"), list(data.organizations).join(", ")]);
  } else {
    rows.push([t("puzzle.plan.action.label"), text(data.action)]);
    rows.push([t("puzzle.plan.owner.label"), text(data.owner)]);
    rows.push([t("puzzle.plan.due.label"), data.due ? dueLabel(text(data.due), lang, t) : ""]);
    rows.push([t("puzzle.plan.resources.label"), text(data.resources)]);
  }
  return (
    <dl className="facts facts--compact">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
