import { planItemProblems } from "../../../domain/puzzle/rules";
import type { OrganizationSuggestionDto, PlanItemData } from "../../../shared/schemas/puzzle";
import { useLang, useT } from "../../i18n/lang";
import { describedBy, FieldShell } from "../../ui/Field";
import { TextField } from "../../ui/TextField";
import { dueGroups, problemMessages } from "./labels";
import { SuggestionList } from "./OrganizationPicker";
import { PieceCard } from "./PieceCard";
import { useAutosave } from "./useAutosave";

interface PlanItemEditorProps {
  id: string;
  index: number;
  solutionId: string;
  item: (PlanItemData & { local: boolean; updatedBy: string }) | null;
  suggestions: readonly OrganizationSuggestionDto[];
  locked: boolean;
  onSave: (id: string, data: PlanItemData) => void;
  onDelete: (id: string) => void;
}

/** Step 3: one commitment of the work plan — what, who (picked or typed), when (month or quarter), resources. */
export function PlanItemEditor({
  id,
  index,
  solutionId,
  item,
  suggestions,
  locked,
  onSave,
  onDelete,
}: PlanItemEditorProps) {
  const t = useT();
  const { lang } = useLang();
  const saved: PlanItemData = item
    ? { solutionId, action: item.action, owner: item.owner, due: item.due, resources: item.resources }
    : { solutionId, action: "", owner: "", due: "", resources: "" };
  const form = useAutosave<PlanItemData>(saved, planItemProblems, (data) => onSave(id, data));
  const errors = problemMessages(form.problems, t, form.shown);
  const f = (name: string) => `plan-${id}-${name}`;
  const ownerHint = t("puzzle.plan.owner.hint");
  return (
    <PieceCard
      kind="planItem"
      headingId={`plan-${id}`}
      title={t("puzzle.plan.item", { n: index + 1 })}
      local={item?.local ?? false}
      updatedBy={item?.updatedBy || null}
      locked={locked}
      onDelete={item ? () => onDelete(id) : undefined}
      deleteLabel={t("puzzle.plan.delete")}
    >
      <form
        onBlur={form.flush}
        onSubmit={(event) => {
          event.preventDefault();
          form.submit();
        }}
      >
        <TextField
          id={f("action")}
          name="action"
          label={t("puzzle.plan.action.label")}
          value={form.draft.action}
          onChange={(action) => form.change({ action })}
          error={errors.action}
          required
        />
        <FieldShell
          id={f("owner")}
          label={t("puzzle.plan.owner.label")}
          hint={ownerHint}
          error={errors.owner}
        >
          <input
            id={f("owner")}
            type="text"
            className="input"
            list={f("owner-list")}
            autoComplete="off"
            value={form.draft.owner}
            onChange={(event) => form.change({ owner: event.target.value })}
            aria-invalid={errors.owner ? true : undefined}
            aria-describedby={describedBy(f("owner"), ownerHint, errors.owner)}
            aria-required
          />
          <SuggestionList id={f("owner-list")} suggestions={suggestions} />
        </FieldShell>
        <FieldShell id={f("due")} label={t("puzzle.plan.due.label")} error={errors.due}>
          <select
            id={f("due")}
            className="input input--select"
            value={form.draft.due}
            onChange={(event) => form.change({ due: event.target.value })}
            aria-invalid={errors.due ? true : undefined}
            aria-describedby={describedBy(f("due"), null, errors.due)}
            aria-required
          >
            <option value="">{t("puzzle.plan.due.choose")}</option>
            {dueGroups(lang, t).map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </FieldShell>
        <TextField
          id={f("resources")}
          name="resources"
          label={t("puzzle.plan.resources.label")}
          value={form.draft.resources}
          onChange={(resources) => form.change({ resources })}
          error={errors.resources}
        />
      </form>
    </PieceCard>
  );
}
