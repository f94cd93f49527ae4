import type { OrganizationSummaryDto, SuggestionDto } from "../../../shared/schemas/associativity";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";

interface SuggestionCardsProps {
  id: string;
  suggestions: readonly SuggestionDto[];
  /** When given, each card has a button that adds the organisation as cooperating. */
  onAdd?: (organization: OrganizationSummaryDto) => void;
}

/** Suggested organisations, best first, each with the reasons it fits in words. */
export function SuggestionCards({ id, suggestions, onAdd }: SuggestionCardsProps) {
  const t = useT();
  return (
    <ol className="suggestions">
      {suggestions.map(({ organization, reasons }) => {
        const nameId = `${id}-${organization.id}`;
        return (
          <li key={organization.id} className="suggestion" aria-labelledby={nameId}>
            <div className="suggestion__head">
              <p className="suggestion__name" id={nameId}>
                {organization.name}
                {organization.source === "ally" ? (
                  <span className="suggestion__badge">{t("associativity.ally")}</span>
                ) : null}
              </p>
              {onAdd ? (
                <Button
                  variant="secondary"
                  className="suggestion__add"
                  aria-label={t("associativity.addLabel", { name: organization.name })}
                  onClick={() => onAdd(organization)}
                >
                  {t("associativity.add")}
                </Button>
              ) : null}
            </div>
            <p className="suggestion__meta">
              {[
                organization.municipalityName,
                organization.memberCount > 0
                  ? t("associativity.members", { count: organization.memberCount })
                  : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            {organization.productsServices ? (
              <p className="suggestion__offer">{organization.productsServices}</p>
            ) : null}
            <ul className="suggestion__reasons" aria-label={t("associativity.reasons")}>
              {reasons.map((reason) => (
                <li key={reason.key}>{reason.text}</li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
