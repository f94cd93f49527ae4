import type { ExperienceDto } from "../../../shared/schemas/experience";
import { api } from "../../api/client";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { FormErrors } from "../../ui/FormErrors";
import { MunicipalitySelect } from "../../ui/MunicipalitySelect";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";

interface ExperienceFormProps {
  assemblyId: string;
  /** Where a new experience comes from by default: the assembly's own place. */
  departmentCode: string;
  municipalityCode: string;
  experience: ExperienceDto | null;
  onSaved: () => void;
  onCancel?: () => void;
}

/** Defines one experience of Momento 3: organisation, presenter, municipality, theme and minutes. */
export function ExperienceForm({
  assemblyId,
  departmentCode,
  municipalityCode,
  experience,
  onSaved,
  onCancel,
}: ExperienceFormProps) {
  const t = useT();
  const form = useForm(
    {
      organization: experience?.organization ?? "",
      presenter: experience?.presenter ?? "",
      departmentCode: (experience?.municipalityCode ?? municipalityCode).slice(0, 2) || departmentCode,
      municipalityCode: experience?.municipalityCode ?? municipalityCode,
      theme: experience?.theme ?? "",
      durationMinutes: String((experience?.durationSeconds ?? 600) / 60),
    },
    { idPrefix: experience ? `exp-${experience.id}` : "exp-new" },
  );
  const base = `/api/assemblies/${assemblyId}/experiences`;
  return (
    <form
      className="form card"
      noValidate
      onSubmit={form.submit(async ({ departmentCode: _department, durationMinutes, ...values }) => {
        const body = { ...values, durationMinutes: Number(durationMinutes) };
        if (experience) await api.put(`${base}/${experience.id}`, body);
        else await api.post(base, body);
        if (!experience) form.setValues((v) => ({ ...v, organization: "", presenter: "", theme: "" }));
        onSaved();
        return t("experiences.saved");
      })}
    >
      <FormErrors form={form} />
      <TextField
        {...form.field("organization", t("experiences.field.organization"))}
        hint={t("experiences.field.organization.hint")}
        required
      />
      <TextField {...form.field("presenter", t("experiences.field.presenter"))} />
      <MunicipalitySelect
        department={form.field("departmentCode", t("places.department"))}
        municipality={form.field("municipalityCode", t("experiences.field.municipality"))}
      />
      <TextField {...form.field("theme", t("experiences.field.theme"))} />
      <TextField
        {...form.field("durationMinutes", t("experiences.field.durationMinutes"))}
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {experience ? t("experiences.save") : t("experiences.add")}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        ) : null}
      </div>
      <p role="status" className={form.notice ? "notice" : "notice notice--empty"}>
        {form.notice}
      </p>
    </form>
  );
}
