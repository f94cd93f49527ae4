import type { AgendaItemDto, PlenaryAgendaDto, WordingInput } from "../../../shared/schemas/plenary";
import { api } from "../../api/client";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { FormErrors } from "../../ui/FormErrors";
import { TextArea } from "../../ui/TextArea";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";

interface WordingFormProps {
  assemblyId: string;
  item: AgendaItemDto;
  onSaved: (agenda: PlenaryAgendaDto) => void;
  onCancel: () => void;
}

/** Rewords one agenda point; its original pieces keep their own wording. */
export function WordingForm({ assemblyId, item, onSaved, onCancel }: WordingFormProps) {
  const t = useT();
  const form = useForm<WordingInput>(
    { title: item.title, description: item.description },
    { idPrefix: `wording-${item.id}` },
  );
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.submit(async (values) => {
        onSaved(
          await api.put<PlenaryAgendaDto>(`/api/assemblies/${assemblyId}/plenary/items/${item.id}`, values),
        );
        return undefined;
      })}
    >
      <FormErrors form={form} />
      <TextField {...form.field("title", t("plenary.field.title"))} required />
      <TextArea {...form.field("description", t("plenary.field.description"))} rows={3} />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t("plenary.save")}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
