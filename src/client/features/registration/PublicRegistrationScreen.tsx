import "./registration.css";
import { useEffect, useRef, useState } from "react";
import { useParams } from "react-router";
import type { PublicAssemblyDto, RegistrationResultDto } from "../../../shared/schemas/registration";
import { api } from "../../api/client";
import { useApi } from "../../api/useApi";
import { useLegend } from "../../app/legend";
import { formatDate } from "../../i18n/format";
import { useLang, useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { FormErrors } from "../../ui/FormErrors";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { Page } from "../../ui/Page";
import { useForm } from "../../ui/useForm";
import { CredentialCard } from "./CredentialCard";
import { CredentialRecovery } from "./CredentialRecovery";
import { isMinor, RegistrationFields } from "./RegistrationFields";
import { blankRegistration, type RegistrationValues, toRegistrationBody } from "./registration-form";

/**
 * The public registration page of one assembly (no account), reached by link or by the printed QR poster.
 * Registering the same document again updates the answers once the date of birth matches.
 */
export default function PublicRegistrationScreen() {
  const t = useT();
  const { assemblyId = "" } = useParams();
  const { data, error, reload } = useApi<PublicAssemblyDto>(`/api/public/assemblies/${assemblyId}`);
  useLegend(data?.legend);
  if (error) {
    return (
      <Page title={t("registration.public.title")}>
        <LoadError error={error} retry={reload} />
      </Page>
    );
  }
  if (!data) return <Loading />;
  return <PublicRegistration definition={data} />;
}

function PublicRegistration({ definition }: { definition: PublicAssemblyDto }) {
  const t = useT();
  const { lang } = useLang();
  const [result, setResult] = useState<{ data: RegistrationResultDto; recovered: boolean } | null>(null);
  const form = useForm<RegistrationValues>(blankRegistration(), { idPrefix: "registro" });
  const resultHeading = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (result) {
      window.scrollTo({ top: 0 });
      resultHeading.current?.querySelector("h2")?.focus();
    }
  }, [result]);

  const submit = form.submit(async (values) => {
    const body = toRegistrationBody(values, definition.consentVersion, isMinor(values, definition.date));
    const data = await api.post<RegistrationResultDto>(
      `/api/public/assemblies/${definition.id}/registrations`,
      body,
    );
    setResult({ data, recovered: false });
    return undefined;
  });

  const heading = result
    ? result.recovered
      ? t("registration.public.recovered")
      : result.data.created
        ? t("registration.public.done")
        : t("registration.public.updated")
    : "";

  return (
    <Page title={definition.name}>
      <p className="page-meta">
        {formatDate(definition.date, lang)} ·{" "}
        {[definition.venue, definition.municipalityName, definition.departmentName]
          .filter(Boolean)
          .join(", ")}
      </p>
      {result ? (
        <div ref={resultHeading}>
          <CredentialCard
            result={result.data}
            assemblyName={definition.name}
            headingId="registro-listo"
            heading={heading}
          />
          <Button
            variant="secondary"
            onClick={() => {
              form.setValues(blankRegistration());
              setResult(null);
            }}
          >
            {t("registration.public.another")}
          </Button>
        </div>
      ) : (
        <>
          {definition.registrationOpen ? (
            <form
              className="form registration"
              onSubmit={submit}
              noValidate
              aria-labelledby="registro-titulo"
            >
              <h2 id="registro-titulo">{t("registration.public.title")}</h2>
              <p className="form__note">{t("registration.public.intro")}</p>
              <FormErrors form={form} />
              <RegistrationFields form={form} definition={definition} assemblyDate={definition.date} />
              <div className="form__actions">
                <Button type="submit" busy={form.busy}>
                  {form.busy ? t("registration.public.sending") : t("registration.public.submit")}
                </Button>
              </div>
            </form>
          ) : (
            <p role="status" className="registration__closed">
              {t("registration.public.closed")}
            </p>
          )}
          <CredentialRecovery
            assemblyId={definition.id}
            onFound={(data) => setResult({ data, recovered: true })}
          />
        </>
      )}
    </Page>
  );
}
