import { useRef } from "react";
import { SUBTABLE_SIZE } from "../../../domain/allocation/allocate";
import type {
  AllocationDto,
  AllocationPreviewDto,
  AllocationSource,
} from "../../../shared/schemas/allocation";
import { api } from "../../api/client";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { FormErrors } from "../../ui/FormErrors";
import { SelectField } from "../../ui/SelectField";
import { TextArea } from "../../ui/TextArea";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";

interface ControlsProps {
  assemblyId: string;
  allocation: AllocationDto;
  preview: AllocationPreviewDto | null;
  onPreview: (preview: AllocationPreviewDto) => void;
  onAllocation: (allocation: AllocationDto, message: string) => void;
}

/** The operator's controls: who to allocate and in sub-tables of what size; preview, save, lock and unlock. */
export function AllocationControls({
  assemblyId,
  allocation,
  preview,
  onPreview,
  onAllocation,
}: ControlsProps) {
  const t = useT();
  const base = `/api/assemblies/${assemblyId}/allocation`;
  const run = allocation.run;
  const form = useForm(
    {
      source: (run?.source ?? "registered") as AllocationSource,
      subtableSize: String(run?.subtableSize ?? SUBTABLE_SIZE.default),
    },
    { idPrefix: "allocation" },
  );
  const unlockForm = useForm({ reason: "" }, { idPrefix: "unlock" });
  // Two submit buttons share the form's fields; the one pressed decides what the submit does.
  const action = useRef<"preview" | "save">("save");
  const request = () => ({ source: form.values.source, subtableSize: Number(form.values.subtableSize) || 0 });
  const previewMatches =
    preview !== null &&
    preview.source === form.values.source &&
    preview.subtableSize === Number(form.values.subtableSize);

  const submit = form.submit(async () => {
    if (action.current === "preview") {
      onPreview(await api.post<AllocationPreviewDto>(`${base}/preview`, request()));
      return undefined;
    }
    if (run && !window.confirm(t("allocation.save.confirm"))) return undefined;
    const seed = previewMatches ? preview.seed : undefined;
    const saved = await api.post<AllocationDto>(base, { ...request(), seed });
    onAllocation(saved, t("allocation.save.done", { people: saved.summary?.participants ?? 0 }));
    return undefined;
  });

  const lock = form.submit(async () => {
    onAllocation(await api.post<AllocationDto>(`${base}/lock`), t("allocation.lock.done"));
    return undefined;
  });

  const unlock = unlockForm.submit(async ({ reason }) => {
    onAllocation(await api.post<AllocationDto>(`${base}/unlock`, { reason }), t("allocation.unlock.done"));
    return undefined;
  });

  const placeLate = form.submit(async () => {
    const { placed } = await api.post<{ placed: unknown[] }>(`${base}/late-arrivals`, {});
    onAllocation(await api.get<AllocationDto>(base), t("allocation.late.done", { count: placed.length }));
    return undefined;
  });

  if (run?.locked) {
    return (
      <div className="card card--muted allocation-controls">
        <FormErrors form={form} />
        {allocation.unseated > 0 ? (
          <div className="form__actions">
            <Button busy={form.busy} onClick={() => placeLate()}>
              {t("allocation.late.place", { count: allocation.unseated })}
            </Button>
          </div>
        ) : null}
        <form onSubmit={unlock} className="form" noValidate>
          <h3>{t("allocation.unlock.title")}</h3>
          <FormErrors form={unlockForm} />
          <TextArea
            {...unlockForm.field("reason", t("allocation.unlock.reason"))}
            rows={2}
            hint={t("allocation.unlock.hint")}
          />
          <Button type="submit" variant="danger" busy={unlockForm.busy}>
            {t("allocation.unlock.submit")}
          </Button>
        </form>
      </div>
    );
  }

  return (
    <form onSubmit={submit} className="form card card--muted allocation-controls" noValidate>
      <h3>{t(run ? "allocation.controls.rerun" : "allocation.controls.title")}</h3>
      <FormErrors form={form} />
      <div className="form__pair">
        <SelectField
          {...form.field("source", t("allocation.source.label"))}
          options={[
            { value: "registered", label: t("allocation.source.registered") },
            { value: "checked_in", label: t("allocation.source.checked_in") },
          ]}
        />
        <TextField
          {...form.field("subtableSize", t("allocation.size.label"))}
          type="number"
          inputMode="numeric"
          min={SUBTABLE_SIZE.min}
          max={SUBTABLE_SIZE.max}
          hint={t("allocation.size.hint", { min: SUBTABLE_SIZE.min, max: SUBTABLE_SIZE.max })}
        />
      </div>
      <div className="form__actions">
        <Button
          type="submit"
          variant="secondary"
          busy={form.busy}
          onClick={() => {
            action.current = "preview";
          }}
        >
          {t("allocation.preview.submit")}
        </Button>
        <Button
          type="submit"
          busy={form.busy}
          onClick={() => {
            action.current = "save";
          }}
        >
          {t(previewMatches ? "allocation.save.preview" : "allocation.save.submit")}
        </Button>
        {run ? (
          <Button variant="secondary" busy={form.busy} onClick={() => lock()}>
            {t("allocation.lock.submit")}
          </Button>
        ) : null}
        {run && allocation.unseated > 0 ? (
          <Button variant="secondary" busy={form.busy} onClick={() => placeLate()}>
            {t("allocation.late.place", { count: allocation.unseated })}
          </Button>
        ) : null}
      </div>
      <p className="form__note">{t("allocation.lock.hint")}</p>
    </form>
  );
}
