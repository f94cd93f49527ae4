import { Link } from "react-router";
import { policies } from "../../../shared/policies";
import type { AssemblySummaryDto } from "../../../shared/schemas/assembly";
import { useApi } from "../../api/useApi";
import { useActor } from "../../app/session";
import { formatDate, formatNumber } from "../../i18n/format";
import { useLang, useT } from "../../i18n/lang";
import { ButtonLink } from "../../ui/Button";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { Page } from "../../ui/Page";
import { STATUS_LABELS } from "./labels";

export default function HomeScreen() {
  const t = useT();
  const { lang } = useLang();
  const actor = useActor();
  const { data, error, reload } = useApi<AssemblySummaryDto[]>("/api/assemblies");
  // Whoever may create convenios creates assemblies in them (an operator, in its own).
  const canCreate = policies.createAgreement(actor);

  return (
    <Page
      title={t("assemblies.title")}
      actions={canCreate ? <ButtonLink to="/asambleas/nueva">{t("assemblies.new")}</ButtonLink> : null}
    >
      {error ? <LoadError error={error} retry={reload} /> : null}
      {!data && !error ? <Loading /> : null}
      {data?.length === 0 ? <p>{t("assemblies.empty")}</p> : null}
      {data?.length ? (
        <ul className="cards">
          {data.map((assembly) => (
            <li key={assembly.id} className="card">
              <h2 className="card__title">
                <Link to={`/asambleas/${assembly.id}`}>{assembly.name}</Link>
              </h2>
              <dl className="facts">
                <div>
                  <dt>{t("places.municipality")}</dt>
                  <dd>
                    {assembly.municipalityName}, {assembly.departmentName}
                  </dd>
                </div>
                <div>
                  <dt>{t("assemblies.field.date")}</dt>
                  <dd>{formatDate(assembly.date, lang)}</dd>
                </div>
                <div>
                  <dt>{t("assemblies.field.status")}</dt>
                  <dd>{t(STATUS_LABELS[assembly.status])}</dd>
                </div>
                <div>
                  <dt>{t("assemblies.registrations")}</dt>
                  <dd>{formatNumber(assembly.registrations, lang)}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      ) : null}
    </Page>
  );
}
