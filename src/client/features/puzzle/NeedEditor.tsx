import { needProblems, TITLE_MAX } from "../../../domain/puzzle/rules";
import { POPULATION_GROUPS } from "../../../domain/registration/catalog";
import type { NeedData } from "../../../shared/schemas/puzzle";
import { useT } from "../../i18n/lang";
import { TextArea } from "../../ui/TextArea";
import { TextField } from "../../ui/TextField";
import { problemMessages } from "./labels";
import { PieceCard } from "./PieceCard";
import { useAutosave } from "./useAutosave";

const EMPTY: NeedData = { title: "", description: "", affectedGroups: [] };

interface NeedEditorProps {
  id: string;
  index: number;
  need: (NeedData & { local: boolean; updatedBy: string }) | null;
  locked: boolean;
  onSave: (id: string, data: NeedData) => void;
  onDelete: (id: string, title: string) => void;
}

/** Step 1: a blue need piece — title (≤ 80), description, who is affected — saved as the person types. */
export function NeedEditor({ id, index, need, locked, onSave, onDelete }: NeedEditorProps) {
  const t = useT();
  const saved = need
    ? { title: need.title, description: need.description, affectedGroups: need.affectedGroups }
    : EMPTY;
  const form = useAutosave<NeedData>(saved, needProblems, (data) => onSave(id, data));
  const errors = problemMessages(form.problems, t, form.shown);
  const f = (name: keyof NeedData) => `need-${id}-${name}`;
  const toggle = (group: string, on: boolean) =>
    form.change({
      affectedGroups: on
        ? [...form.draft.affectedGroups, group]
        : form.draft.affectedGroups.filter((g) => g !== group),
    });
  return (
    <PieceCard
      kind="need"
      headingId={`need-${id}`}
      title={t("puzzle.need.piece", { n: index + 1 })}
      local={need?.local ?? false}
      updatedBy={need?.updatedBy || null}
      locked={locked}
      onDelete={need ? () => onDelete(id, form.draft.title) : undefined}
      deleteLabel={t("puzzle.need.delete")}
    >
      <form
        onBlur={form.flush}
        onSubmit={(event) => {
          event.preventDefault();
          form.submit();
        }}
      >
        <TextField
          id={f("title")}
          name="title"
          label={t("puzzle.need.title.label")}
          hint={`${t("puzzle.need.title.hint", { max: TITLE_MAX })} (${form.draft.title.trim().length}/${TITLE_MAX})`}
          value={form.draft.title}
          onChange={(title) => form.change({ title })}
          error={errors.title}
          required
        />
        <TextArea
          id={f("description")}
          name="description"
          label={t("puzzle.need.description.label")}
          hint={t("puzzle.need.description.hint")}
          rows={3}
          value={form.draft.description}
          onChange={(description) => form.change({ description })}
          error={errors.description}
        />
        <fieldset className="choices">
          <legend className="field__label">{t("puzzle.need.affected.label")}</legend>
          <div className="choices__grid">
            {POPULATION_GROUPS.map((group) => {
              const inputId = `${f("affectedGroups")}-${group}`;
              return (
                <div key={group} className="choice">
                  <input
                    id={inputId}
                    type="checkbox"
                    checked={form.draft.affectedGroups.includes(group)}
                    onChange={(event) => toggle(group, event.target.checked)}
                  />
                  <label htmlFor={inputId}>{t(`catalog.populationGroup.${group}`)}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </form>
    </PieceCard>
  );
}
