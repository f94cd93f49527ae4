import { useEffect } from "react";
import { Link } from "react-router";
import { policies } from "../../../shared/policies";
import type { PublicAssemblyDto, RegistrationDto } from "../../../shared/schemas/registration";
import { api } from "../../api/client";
import { useApi } from "../../api/useApi";
import { useActor } from "../../app/session";
import { formatDate } from "../../i18n/format";
import { useLang, useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { FormErrors } from "../../ui/FormErrors";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { Notice } from "../../ui/Notice";
import { useForm } from "../../ui/useForm";
import { useAssembly } from "../assemblies/assembly-context";
import { useQrImage } from "./CredentialCard";
import { isMinor, RegistrationFields } from "./RegistrationFields";
import { fromRegistration, type RegistrationValues, toRegistrationBody } from "./registration-form";

/** One person's registration for the convenio's staff: consents given, the QR credential, and corrections. */
export function RegistrationEditor({ registrationId }: { registrationId: string }) {
  const t = useT();
  const { assembly } = useAssembly();
  const registration = useApi<RegistrationDto>(`/api/registrations/${registrationId}`);
  const definition = useApi<PublicAssemblyDto>(`/api/assemblies/${assembly.id}/registration-form`);
  const back = (
    <p>
      <Link to=".">{t("registration.editor.back")}</Link>
    </p>
  );
  const failure = registration.error ?? definition.error;
  if (failure) {
    return (
      <>
        {back}
        <LoadError error={failure} retry={registration.error ? registration.reload : definition.reload} />
      </>
    );
  }
  if (!registration.data || !definition.data) return <Loading />;
  return (
    <>
      {back}
      <Editor registration={registration.data} definition={definition.data} onSaved={registration.setData} />
    </>
  );
}

function Editor({
  registration,
  definition,
  onSaved,
}: {
  registration: RegistrationDto;
  definition: PublicAssemblyDto;
  onSaved: (registration: RegistrationDto) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const actor = useActor();
  const { assembly } = useAssembly();
  const form = useForm<RegistrationValues>(fromRegistration(registration), { idPrefix: "persona" });
  const qr = useQrImage(registration.credential);
  const canEdit = policies.editRegistrations(actor, {
    agreementId: assembly.agreementId,
    assemblyId: assembly.id,
  });
  const dataConsent = registration.consents.find((c) => c.kind === "data");
  const { setValues } = form;
  useEffect(() => setValues(fromRegistration(registration)), [registration, setValues]);

  const submit = form.submit(async (values) => {
    const body = toRegistrationBody(
      values,
      dataConsent?.textVersion ?? definition.consentVersion,
      isMinor(values, assembly.date),
    );
    onSaved(await api.put<RegistrationDto>(`/api/registrations/${registration.id}`, body));
    return t("registration.editor.saved");
  });

  return (
    <section className="section" aria-labelledby="persona-titulo">
      <h2 id="persona-titulo">
        {registration.firstNames} {registration.lastNames}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t("registration.field.documentNumber")}</dt>
          <dd>
            {registration.documentType} {registration.documentNumber}
          </dd>
        </div>
        <div>
          <dt>{t("registration.column.age")}</dt>
          <dd>{registration.age}</dd>
        </div>
        <div>
          <dt>{t("registration.column.source")}</dt>
          <dd>{t(`registration.source.${registration.source}`)}</dd>
        </div>
        <div>
          <dt>{t("registration.column.createdAt")}</dt>
          <dd>{formatDate(registration.createdAt.slice(0, 10), lang)}</dd>
        </div>
      </dl>

      <h3>{t("registration.editor.consents")}</h3>
      <ul>
        {registration.consents.map((c) => (
          <li key={`${c.kind}-${c.textVersion}-${c.givenAt}`}>
            {t(`registration.consent.${c.kind}`)} ·{" "}
            {t("registration.editor.version", { version: c.textVersion })} ·{" "}
            {t(`registration.source.${c.channel}`)} · {formatDate(c.givenAt.slice(0, 10), lang)}
            {c.withdrawnAt
              ? ` · ${t("registration.editor.withdrawn", { date: formatDate(c.withdrawnAt.slice(0, 10), lang) })}`
              : ""}
          </li>
        ))}
      </ul>

      <h3>{t("registration.editor.credential")}</h3>
      {qr ? (
        <p>
          <img
            className="credential__qr credential__qr--small"
            src={qr}
            width={160}
            height={160}
            alt={t("registration.credential.alt")}
          />
          <br />
          <a href={qr} download={`credencial-${registration.documentNumber}.png`}>
            {t("registration.credential.download")}
          </a>
        </p>
      ) : null}

      {canEdit ? (
        <form className="form registration" onSubmit={submit} noValidate aria-labelledby="persona-corregir">
          <h3 id="persona-corregir">{t("registration.editor.correct")}</h3>
          <FormErrors form={form} />
          <RegistrationFields form={form} definition={definition} assemblyDate={assembly.date} />
          <div className="form__actions">
            <Button type="submit" busy={form.busy}>
              {t("registration.editor.save")}
            </Button>
          </div>
          <Notice text={form.notice} />
        </form>
      ) : null}
    </section>
  );
}
