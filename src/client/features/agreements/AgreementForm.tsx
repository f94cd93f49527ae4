import { useState } from "react";
import { useNavigate } from "react-router";
import { type AgreementDto, DEFAULT_PARTNER_LEGEND } from "../../../shared/schemas/agreement";
import { api } from "../../api/client";
import { useLegend } from "../../app/legend";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { DateField } from "../../ui/DateField";
import { FormErrors } from "../../ui/FormErrors";
import { Notice } from "../../ui/Notice";
import { TextArea } from "../../ui/TextArea";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";

const toValues = (a: AgreementDto | null) => ({
  number: a?.number ?? "",
  year: a ? String(a.year) : String(new Date().getFullYear()),
  partnerName: a?.partnerName ?? "",
  supervisorName: a?.supervisorName ?? "",
  startsOn: a?.startsOn ?? "",
  endsOn: a?.endsOn ?? "",
  legend: a?.legend ?? "",
  consentText: a?.consentText ?? "",
});

/** Creates (agreement null) or edits a convenio; its legend is previewed as it will appear in the footer. */
export function AgreementForm({ agreement }: { agreement: AgreementDto | null }) {
  const t = useT();
  const navigate = useNavigate();
  const form = useForm(toValues(agreement), { idPrefix: "agreement" });
  const [consentVersion, setConsentVersion] = useState(agreement?.consentVersion ?? 0);
  const { values } = form;
  // An empty legend is filled by the server with the standard text: preview that one.
  const preview =
    values.legend.trim() ||
    DEFAULT_PARTNER_LEGEND(values.number || "…", Number(values.year) || 0, values.partnerName || "…");
  useLegend(preview);

  const onSubmit = form.submit(async (v) => {
    const body = { ...v, year: Number(v.year), startsOn: v.startsOn || null, endsOn: v.endsOn || null };
    if (!agreement) {
      const created = await api.post<AgreementDto>("/api/agreements", body);
      navigate(`/convenios/${created.id}`, { replace: true });
      return undefined;
    }
    const saved = await api.put<AgreementDto>(`/api/agreements/${agreement.id}`, body);
    form.setValues(toValues(saved));
    setConsentVersion(saved.consentVersion);
    return t("agreements.saved", { version: saved.consentVersion });
  });

  return (
    <form noValidate onSubmit={onSubmit} className="form">
      <FormErrors form={form} />
      <div className="form__pair">
        <TextField
          {...form.field("number", t("agreements.field.number"))}
          inputMode="numeric"
          hint={t("agreements.field.number.hint")}
        />
        <TextField {...form.field("year", t("agreements.field.year"))} type="number" inputMode="numeric" />
      </div>
      <TextField
        {...form.field("partnerName", t("agreements.field.partnerName"))}
        hint={t("agreements.field.partnerName.hint")}
      />
      <TextField {...form.field("supervisorName", t("agreements.field.supervisorName"))} />
      <div className="form__pair">
        <DateField {...form.field("startsOn", t("agreements.field.startsOn"))} />
        <DateField {...form.field("endsOn", t("agreements.field.endsOn"))} />
      </div>
      <TextArea
        {...form.field("legend", t("agreements.field.legend"))}
        rows={3}
        hint={t("agreements.field.legend.hint")}
      />
      <figure className="legend-preview">
        <figcaption>{t("agreements.legend.preview")}</figcaption>
        <p className="legend-text">{preview}</p>
      </figure>
      <TextArea
        {...form.field("consentText", t("agreements.field.consentText"))}
        rows={8}
        hint={
          agreement
            ? t("agreements.consent.hint", { version: consentVersion, next: consentVersion + 1 })
            : t("agreements.consent.hintNew")
        }
      />
      <Button type="submit" busy={form.busy}>
        {agreement ? t("agreements.save") : t("agreements.create")}
      </Button>
      <Notice text={form.notice} />
    </form>
  );
}
