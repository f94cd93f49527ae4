import type { PhaseDurationsDto } from "../../../shared/schemas/puzzle";
import { api } from "../../api/client";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { FormErrors } from "../../ui/FormErrors";
import { Notice } from "../../ui/Notice";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";

/** The assembly's phase lengths in minutes (15 / 15 / 20 unless changed). */
export function PhaseSettings({
  assemblyId,
  durations,
}: {
  assemblyId: string;
  durations: PhaseDurationsDto;
}) {
  const t = useT();
  const form = useForm(
    { need: String(durations.need), solution: String(durations.solution), plan: String(durations.plan) },
    { idPrefix: "phase" },
  );
  const save = form.submit(async (values) => {
    await api.put(`/api/puzzle/assemblies/${assemblyId}/settings`, {
      need: Number(values.need),
      solution: Number(values.solution),
      plan: Number(values.plan),
    });
    return t("puzzle.settings.saved");
  });
  return (
    <form className="form phase-settings" onSubmit={save} noValidate>
      <FormErrors form={form} />
      <div className="phase-settings__fields">
        <TextField
          {...form.field("need", t("puzzle.settings.need"))}
          type="number"
          inputMode="numeric"
          min={1}
          max={120}
        />
        <TextField
          {...form.field("solution", t("puzzle.settings.solution"))}
          type="number"
          inputMode="numeric"
          min={1}
          max={120}
        />
        <TextField
          {...form.field("plan", t("puzzle.settings.plan"))}
          type="number"
          inputMode="numeric"
          min={1}
          max={120}
        />
      </div>
      <Button type="submit" busy={form.busy}>
        {t("puzzle.settings.save")}
      </Button>
      <Notice text={form.notice} />
    </form>
  );
}
