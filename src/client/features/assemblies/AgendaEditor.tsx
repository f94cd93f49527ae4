import { BLOCK_KINDS, type BlockKind } from "../../../domain/agenda/blocks";
import type { AgendaBlockDto, AssemblyDto } from "../../../shared/schemas/assembly";
import { api } from "../../api/client";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { FormErrors } from "../../ui/FormErrors";
import { Notice } from "../../ui/Notice";
import { SelectField } from "../../ui/SelectField";
import { TextArea } from "../../ui/TextArea";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";
import { useAssembly } from "./assembly-context";
import { moveRow, newRowKey } from "./rows";

interface BlockRow {
  key: string;
  id?: string;
  kind: BlockKind;
  title: string;
  start: string;
  end: string;
  responsible: string;
  description: string;
}

const toRows = (agenda: AgendaBlockDto[]): BlockRow[] =>
  agenda.map(({ id, kind, title, start, end, responsible, description }) => ({
    key: id,
    id,
    kind,
    title,
    start,
    end,
    responsible,
    description,
  }));

/** The day's blocks: edit, add, remove and reorder, then save all at once (the server checks overlaps). */
export function AgendaEditor() {
  const t = useT();
  const { assembly, setAssembly } = useAssembly();
  const form = useForm({ blocks: toRows(assembly.agenda) }, { idPrefix: "agenda" });
  const { blocks } = form.values;

  // Moving or removing rows changes their positions: errors tied to the old positions no longer apply.
  const reshape = (next: BlockRow[]) => {
    form.clearErrors();
    form.setValues({ blocks: next });
  };
  const add = () => {
    const last = blocks.at(-1);
    reshape([
      ...blocks,
      {
        key: newRowKey(),
        kind: "otro",
        title: "",
        start: last?.end ?? "",
        end: "",
        responsible: "",
        description: "",
      },
    ]);
  };

  const onSubmit = form.submit(async (values) => {
    const body = { blocks: values.blocks.map(({ key: _key, ...block }) => block) };
    const saved = await api.put<AssemblyDto>(`/api/assemblies/${assembly.id}/agenda`, body);
    setAssembly(saved);
    form.setValues({ blocks: toRows(saved.agenda) });
    return t("agenda.saved");
  });

  const kinds = BLOCK_KINDS.map((kind) => ({ value: kind, label: t(`agenda.kind.${kind}`) }));
  return (
    <form noValidate onSubmit={onSubmit} className="form form--wide">
      <FormErrors form={form} />
      <ol className="rows">
        {blocks.map((block, index) => {
          const n = index + 1;
          const name = t("agenda.block", { n });
          const path = (field: string) => `blocks.${index}.${field}`;
          return (
            <li key={block.key} className="row-card">
              <fieldset className="row-card__fields agenda-row">
                <legend>{name}</legend>
                <SelectField
                  {...form.field(path("kind"), t("agenda.field.kind"), name)}
                  options={kinds}
                  className="agenda-row__kind"
                />
                <TextField
                  {...form.field(path("title"), t("agenda.field.title"), name)}
                  className="agenda-row__title"
                />
                <TextField
                  {...form.field(path("start"), t("agenda.field.start"), name)}
                  type="time"
                  className="agenda-row__time"
                />
                <TextField
                  {...form.field(path("end"), t("agenda.field.end"), name)}
                  type="time"
                  className="agenda-row__time"
                />
                <TextField
                  {...form.field(path("responsible"), t("agenda.field.responsible"), name)}
                  className="agenda-row__who"
                />
                <TextArea
                  {...form.field(path("description"), t("agenda.field.description"), name)}
                  rows={2}
                  className="agenda-row__description"
                />
              </fieldset>
              <div className="row-card__actions">
                <Button
                  variant="secondary"
                  onClick={() => reshape(moveRow(blocks, index, -1))}
                  disabled={index === 0}
                  aria-label={t("agenda.moveUp", { n })}
                >
                  {t("common.moveUp")}
                </Button>
                <Button
                  variant="secondary"
                  onClick={() => reshape(moveRow(blocks, index, 1))}
                  disabled={index === blocks.length - 1}
                  aria-label={t("agenda.moveDown", { n })}
                >
                  {t("common.moveDown")}
                </Button>
                <Button
                  variant="danger"
                  onClick={() => reshape(blocks.filter((_, i) => i !== index))}
                  aria-label={t("agenda.remove", { n })}
                >
                  {t("common.remove")}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="form__actions">
        <Button variant="secondary" onClick={add}>
          {t("agenda.add")}
        </Button>
        <Button type="submit" busy={form.busy}>
          {t("agenda.save")}
        </Button>
      </div>
      <Notice text={form.notice} />
    </form>
  );
}
