import { useParams } from "react-router";
import { policies } from "../../../shared/policies";
import type { AgreementDto } from "../../../shared/schemas/agreement";
import { useApi } from "../../api/useApi";
import { useActor } from "../../app/session";
import { useT } from "../../i18n/lang";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { Page } from "../../ui/Page";
import { AgreementDetails } from "./AgreementDetails";
import { AgreementForm } from "./AgreementForm";

/** `/convenios/nuevo` creates a convenio; `/convenios/:id` edits it, or shows it to those who may not edit. */
export default function AgreementScreen() {
  const t = useT();
  const actor = useActor();
  const { id } = useParams();
  const { data, error, reload } = useApi<AgreementDto>(id ? `/api/agreements/${id}` : null);

  if (!id) {
    return (
      <Page title={t("agreements.new")}>
        <AgreementForm agreement={null} />
      </Page>
    );
  }
  const title = data
    ? t("agreements.label", { number: data.number, year: data.year, partner: data.partnerName })
    : t("agreements.title");
  return (
    <Page title={title}>
      {error ? <LoadError error={error} retry={reload} /> : null}
      {!data && !error ? <Loading /> : null}
      {data && policies.editAgreement(actor, { agreementId: data.id }) ? (
        <AgreementForm key={data.id} agreement={data} />
      ) : null}
      {data && !policies.editAgreement(actor, { agreementId: data.id }) ? (
        <AgreementDetails agreement={data} />
      ) : null}
    </Page>
  );
}
