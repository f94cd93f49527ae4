import { ALLY_KINDS } from "../../../domain/allies/kinds";
import type { AllyDto, AllyInput } from "../../../shared/schemas/ally";
import { api } from "../../api/client";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { FormErrors } from "../../ui/FormErrors";
import { SelectField } from "../../ui/SelectField";
import { TextArea } from "../../ui/TextArea";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";

const EMPTY: AllyInput = {
  institution: "",
  kind: "nacional",
  presenter: "",
  offer: "",
  pitContribution: "",
  contactName: "",
  contactPhone: "",
  contactEmail: "",
};

interface AllyFormProps {
  assemblyId: string;
  ally: AllyDto | null;
  onSaved: () => void;
  onCancel: () => void;
}

/** Records or edits one ally of Momento 2: institution, kind, presenter, offer, contribution to the PIT, contact. */
export function AllyForm({ assemblyId, ally, onSaved, onCancel }: AllyFormProps) {
  const t = useT();
  const initial: AllyInput = ally ? { ...EMPTY, ...ally } : EMPTY;
  const form = useForm<AllyInput>(initial, { idPrefix: ally ? `ally-${ally.id}` : "ally-new" });
  const base = `/api/assemblies/${assemblyId}/allies`;
  return (
    <form
      className="form card"
      noValidate
      onSubmit={form.submit(async (values) => {
        if (ally) await api.put(`${base}/${ally.id}`, values);
        else await api.post(base, values);
        onSaved();
        return undefined;
      })}
    >
      <FormErrors form={form} />
      <TextField {...form.field("institution", t("allies.field.institution"))} required />
      <SelectField
        {...form.field("kind", t("allies.field.kind"))}
        options={ALLY_KINDS.map((kind) => ({ value: kind, label: t(`allies.kind.${kind}`) }))}
      />
      <TextField {...form.field("presenter", t("allies.field.presenter"))} />
      <TextArea {...form.field("offer", t("allies.field.offer"))} />
      <TextArea {...form.field("pitContribution", t("allies.field.pitContribution"))} />
      <TextField {...form.field("contactName", t("allies.field.contactName"))} />
      <TextField
        {...form.field("contactPhone", t("allies.field.contactPhone"))}
        type="tel"
        autoComplete="off"
      />
      <TextField
        {...form.field("contactEmail", t("allies.field.contactEmail"))}
        type="email"
        autoComplete="off"
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t("allies.save")}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
