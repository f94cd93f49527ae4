import { Link } from "react-router";
import { policies } from "../../../shared/policies";
import type { AgreementDto } from "../../../shared/schemas/agreement";
import { useApi } from "../../api/useApi";
import { useActor } from "../../app/session";
import { formatDate } from "../../i18n/format";
import { useLang, useT } from "../../i18n/lang";
import { ButtonLink } from "../../ui/Button";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { Page } from "../../ui/Page";

export default function AgreementsScreen() {
  const t = useT();
  const { lang } = useLang();
  const actor = useActor();
  const { data, error, reload } = useApi<AgreementDto[]>("/api/agreements");
  return (
    <Page
      title={t("agreements.title")}
      actions={
        policies.createAgreement(actor) ? (
          <ButtonLink to="/convenios/nuevo">{t("agreements.new")}</ButtonLink>
        ) : null
      }
    >
      {error ? <LoadError error={error} retry={reload} /> : null}
      {!data && !error ? <Loading /> : null}
      {data?.length === 0 ? <p>{t("agreements.empty")}</p> : null}
      {data?.length ? (
        <ul className="cards">
          {data.map((agreement) => (
            <li key={agreement.id} className="card">
              <h2 className="card__title">
                <Link to={`/convenios/${agreement.id}`}>
                  {t("agreements.label", {
                    number: agreement.number,
                    year: agreement.year,
                    partner: agreement.partnerName,
                  })}
                </Link>
              </h2>
              <p className="card__meta">
                {agreement.startsOn && agreement.endsOn
                  ? t("agreements.period", {
                      from: formatDate(agreement.startsOn, lang),
                      to: formatDate(agreement.endsOn, lang),
                    })
                  : t("agreements.noPeriod")}
              </p>
              <p className="legend-text">{agreement.legend}</p>
            </li>
          ))}
        </ul>
      ) : null}
    </Page>
  );
}
