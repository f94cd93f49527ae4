import type { AgreementDto } from "../../../shared/schemas/agreement";
import { formatDate } from "../../i18n/format";
import { useLang, useT } from "../../i18n/lang";

export function AgreementDetails({ agreement }: { agreement: AgreementDto }) {
  const t = useT();
  const { lang } = useLang();
  const date = (value: string | null) => (value ? formatDate(value, lang) : "—");
  const facts: [string, string][] = [
    [t("agreements.field.partnerName"), agreement.partnerName],
    [t("agreements.field.supervisorName"), agreement.supervisorName || "—"],
    [t("agreements.field.startsOn"), date(agreement.startsOn)],
    [t("agreements.field.endsOn"), date(agreement.endsOn)],
    [t("agreements.field.legend"), agreement.legend],
  ];
  return (
    <>
      <dl className="facts facts--wide">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h2>{t("agreements.consent.version", { version: agreement.consentVersion })}</h2>
      <p className="prose">{agreement.consentText}</p>
    </>
  );
}
