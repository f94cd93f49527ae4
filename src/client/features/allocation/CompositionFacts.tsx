import type { CompositionDto, CountDto } from "../../../shared/schemas/allocation";
import { useT } from "../../i18n/lang";

const top = (counts: CountDto[], shown: number) =>
  counts
    .slice(0, shown)
    .map((c) => `${c.label} ${c.count}`)
    .join(" · ") + (counts.length > shown ? " …" : "");

/** Who a table or sub-table holds, in counts. */
export function CompositionFacts({ composition }: { composition: CompositionDto }) {
  const t = useT();
  if (composition.people === 0) return null;
  return (
    <dl className="facts allocation-facts">
      <div>
        <dt>{t("allocation.composition.municipalities")}</dt>
        <dd>{top(composition.municipalities, 4)}</dd>
      </div>
      <div>
        <dt>{t("allocation.composition.organizations")}</dt>
        <dd>
          {t("allocation.composition.organizations_value", {
            count: composition.organizations,
            largest: composition.largestOrganization,
          })}
        </dd>
      </div>
      <div>
        <dt>{t("allocation.composition.pit")}</dt>
        <dd>{composition.knowsPit}</dd>
      </div>
      <div>
        <dt>{t("allocation.composition.groups")}</dt>
        <dd>{top(composition.populationGroups, 3)}</dd>
      </div>
      <div>
        <dt>{t("allocation.composition.sexes")}</dt>
        <dd>{top(composition.sexes, 3)}</dd>
      </div>
    </dl>
  );
}
