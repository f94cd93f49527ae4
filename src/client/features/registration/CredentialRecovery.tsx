import { DOCUMENT_TYPES } from "../../../domain/registration/catalog";
import type { MessageKey } from "../../../shared/i18n";
import type { RegistrationResultDto } from "../../../shared/schemas/registration";
import { api } from "../../api/client";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { DateField } from "../../ui/DateField";
import { FormErrors } from "../../ui/FormErrors";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";

/** "I registered already": the document and the date of birth give back the QR credential, nothing else. */
export function CredentialRecovery({
  assemblyId,
  onFound,
}: {
  assemblyId: string;
  onFound: (result: RegistrationResultDto) => void;
}) {
  const t = useT();
  const form = useForm({ documentType: "CC", documentNumber: "", birthDate: "" }, { idPrefix: "recuperar" });
  const submit = form.submit(async (values) => {
    onFound(await api.post<RegistrationResultDto>(`/api/public/assemblies/${assemblyId}/credential`, values));
    return undefined;
  });
  return (
    <details className="registration__recovery">
      <summary>{t("registration.recovery.title")}</summary>
      <form className="form" onSubmit={submit} noValidate>
        <p className="form__note">{t("registration.recovery.intro")}</p>
        <FormErrors form={form} />
        <div className="form__pair">
          <SelectField
            {...form.field("documentType", t("registration.field.documentType"))}
            options={DOCUMENT_TYPES.map((value) => ({
              value,
              label: t(`catalog.documentType.${value}` as MessageKey),
            }))}
          />
          <TextField
            {...form.field("documentNumber", t("registration.field.documentNumber"))}
            inputMode="numeric"
            required
          />
        </div>
        <DateField {...form.field("birthDate", t("registration.field.birthDate"))} required />
        <div className="form__actions">
          <Button type="submit" variant="secondary" busy={form.busy}>
            {t("registration.recovery.submit")}
          </Button>
        </div>
      </form>
    </details>
  );
}
