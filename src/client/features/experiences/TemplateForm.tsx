import type { ExperiencesDto } from "../../../shared/schemas/experience";
import { api } from "../../api/client";
import { ApiError } from "../../api/errors";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { FormErrors } from "../../ui/FormErrors";
import { Notice } from "../../ui/Notice";
import { TextArea } from "../../ui/TextArea";
import { useForm } from "../../ui/useForm";

const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/** The assembly's guiding questions and good-practice criteria, one per line. */
export function TemplateForm({
  assemblyId,
  page,
  onSaved,
}: {
  assemblyId: string;
  page: ExperiencesDto;
  onSaved: (page: ExperiencesDto) => void;
}) {
  const t = useT();
  const form = useForm(
    { guidingQuestions: page.guidingQuestions.join("\n"), criteria: page.criteria.join("\n") },
    { idPrefix: "template" },
  );
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.submit(async (values) => {
        try {
          onSaved(
            await api.put<ExperiencesDto>(`/api/assemblies/${assemblyId}/experiences/template`, {
              guidingQuestions: lines(values.guidingQuestions),
              criteria: lines(values.criteria),
            }),
          );
        } catch (error) {
          // "criteria.3" (one line) is shown beside the whole list.
          if (!(error instanceof ApiError)) throw error;
          const fields = Object.fromEntries(
            Object.entries(error.fields).map(([path, text]) => [path.split(".")[0]!, text]),
          );
          throw new ApiError(error.status, error.code, error.message, fields);
        }
        return t("experiences.template.saved");
      })}
    >
      <FormErrors form={form} />
      <TextArea
        {...form.field("guidingQuestions", t("experiences.questions"))}
        hint={t("experiences.questions.hint")}
        rows={6}
      />
      <TextArea
        {...form.field("criteria", t("experiences.criteria"))}
        hint={t("experiences.criteria.hint")}
        rows={6}
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t("experiences.template.save")}
        </Button>
      </div>
      <Notice text={form.notice} />
    </form>
  );
}
