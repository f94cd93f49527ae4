import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";

/** Asks which desk this page works as; the label goes on every check-in it makes. */
export function DeskLabelForm({
  current,
  onChoose,
}: {
  current: string | null;
  onChoose: (label: string) => void;
}) {
  const t = useT();
  const form = useForm({ desk: current ?? "" }, { idPrefix: "desk" });
  const label = form.values.desk.trim();
  return (
    <form
      className="form form--narrow"
      onSubmit={(event) => {
        event.preventDefault();
        if (label) onChoose(label);
      }}
    >
      <h2>{t("checkin.desk.choose")}</h2>
      <TextField {...form.field("desk", t("checkin.desk.label"))} hint={t("checkin.desk.hint")} required />
      <div className="form__actions">
        <Button type="submit" disabled={!label}>
          {t("checkin.desk.start")}
        </Button>
      </div>
    </form>
  );
}
