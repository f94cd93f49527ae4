import type { ExperienceDto } from "../../../shared/schemas/experience";
import { api } from "../../api/client";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { CheckboxField } from "../../ui/CheckboxField";
import { FormErrors } from "../../ui/FormErrors";
import { Notice } from "../../ui/Notice";
import { TextArea } from "../../ui/TextArea";
import { useForm } from "../../ui/useForm";

const NOTES = ["contributions", "learnings", "difficulties", "opportunities"] as const;

interface SystematisationFormProps {
  assemblyId: string;
  experience: ExperienceDto;
  /** The assembly's list of good-practice criteria. */
  criteria: string[];
  onSaved: () => void;
}

/** What the systematiser records for one experience, with the good-practice criteria it shows. */
export function SystematisationForm({ assemblyId, experience, criteria, onSaved }: SystematisationFormProps) {
  const t = useT();
  const { updatedAt: _updatedAt, ...initial } = experience.systematisation;
  const form = useForm(initial, { idPrefix: `sys-${experience.id}` });
  // A tag removed from the list after it was chosen stays visible so it can be unticked.
  const options = [...criteria, ...initial.criteria.filter((c) => !criteria.includes(c))];
  const criteriaError = form.error?.fields.criteria;
  return (
    <form
      className="form form--wide"
      noValidate
      onSubmit={form.submit(async (values) => {
        await api.put(`/api/assemblies/${assemblyId}/experiences/${experience.id}/systematisation`, values);
        onSaved();
        return t("experiences.notes.saved");
      })}
    >
      <FormErrors form={form} />
      {NOTES.map((note) => (
        <TextArea key={note} {...form.field(note, t(`experiences.notes.${note}`))} rows={3} />
      ))}
      <fieldset
        className="row-card__fields"
        aria-describedby={criteriaError ? form.idFor("criteria") : undefined}
      >
        <legend>{t("experiences.notes.criteria")}</legend>
        {criteriaError ? (
          <p id={form.idFor("criteria")} className="field__error">
            {criteriaError}
          </p>
        ) : null}
        {options.map((criterion, index) => (
          <CheckboxField
            key={criterion}
            id={`${form.idFor("criteria")}-${index}`}
            name="criteria"
            label={criterion}
            checked={form.values.criteria.includes(criterion)}
            onChange={(checked) =>
              form.set(
                "criteria",
                checked
                  ? [...form.values.criteria, criterion]
                  : form.values.criteria.filter((c) => c !== criterion),
              )
            }
          />
        ))}
      </fieldset>
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t("experiences.notes.save")}
        </Button>
      </div>
      <Notice text={form.notice} />
    </form>
  );
}
