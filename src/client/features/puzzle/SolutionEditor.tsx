import { COOPERATION_FORMS, solutionProblems } from "../../../domain/puzzle/rules";
import type { OrganizationSuggestionDto, SolutionData } from "../../../shared/schemas/puzzle";
import { useT } from "../../i18n/lang";
import { TextArea } from "../../ui/TextArea";
import { SuggestedOrganizations } from "../associativity/SuggestedOrganizations";
import { problemMessages } from "./labels";
import { OrganizationPicker } from "./OrganizationPicker";
import { PieceCard } from "./PieceCard";
import { useAutosave } from "./useAutosave";

interface SolutionEditorProps {
  id: string;
  needId: string;
  needTitle: string;
  solution: (SolutionData & { local: boolean; updatedBy: string }) | null;
  suggestions: readonly OrganizationSuggestionDto[];
  locked: boolean;
  onSave: (id: string, data: SolutionData) => void;
}

/** Step 2: the one solution of a need — what, the form of cooperation, the organisations that cooperate. */
export function SolutionEditor({
  id,
  needId,
  needTitle,
  solution,
  suggestions,
  locked,
  onSave,
}: SolutionEditorProps) {
  const t = useT();
  const saved: SolutionData = solution
    ? {
        needId,
        description: solution.description,
        cooperationForm: solution.cooperationForm,
        organizations: solution.organizations,
      }
    : { needId, description: "", cooperationForm: "", organizations: [] };
  const form = useAutosave<SolutionData>(saved, solutionProblems, (data) => onSave(id, data));
  const errors = problemMessages(form.problems, t, form.shown);
  const organizationError =
    errors.organizations ?? Object.entries(errors).find(([field]) => field.startsWith("organizations."))?.[1];
  const f = (name: string) => `solution-${id}-${name}`;
  return (
    <PieceCard
      kind="solution"
      headingId={`solution-${id}`}
      title={t("puzzle.solution.piece", { need: needTitle })}
      local={solution?.local ?? false}
      updatedBy={solution?.updatedBy || null}
      locked={locked}
    >
      <form
        onBlur={form.flush}
        onSubmit={(event) => {
          event.preventDefault();
          form.submit();
        }}
      >
        <TextArea
          id={f("description")}
          name="description"
          label={t("puzzle.solution.description.label")}
          rows={3}
          value={form.draft.description}
          onChange={(description) => form.change({ description })}
          error={errors.description}
        />
        <fieldset
          className={errors.cooperationForm ? "choices field--invalid" : "choices"}
          aria-describedby={errors.cooperationForm ? f("form-error") : undefined}
        >
          <legend className="field__label">{t("puzzle.solution.form.label")}</legend>
          {errors.cooperationForm ? (
            <p id={f("form-error")} className="field__error">
              {errors.cooperationForm}
            </p>
          ) : null}
          <div className="choices__grid">
            {COOPERATION_FORMS.map((value) => {
              const inputId = `${f("form")}-${value}`;
              return (
                <div key={value} className="choice">
                  <input
                    id={inputId}
                    type="radio"
                    name={f("form")}
                    value={value}
                    checked={form.draft.cooperationForm === value}
                    onChange={() => form.change({ cooperationForm: value })}
                  />
                  <label htmlFor={inputId}>{t(`puzzle.cooperation.${value}`)}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
        <OrganizationPicker
          id={f("organizations")}
          values={form.draft.organizations}
          suggestions={suggestions}
          onChange={(organizations) => form.change({ organizations })}
          error={organizationError}
        />
        <SuggestedOrganizations
          needId={needId}
          needText={needTitle}
          cooperating={form.draft.organizations}
          onAdd={(organization) =>
            form.change({ organizations: [...form.draft.organizations, organization.name] })
          }
        />
      </form>
    </PieceCard>
  );
}
