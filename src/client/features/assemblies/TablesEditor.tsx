import type { AssemblyDto, AssemblyTableDto } from "../../../shared/schemas/assembly";
import { api } from "../../api/client";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { CheckboxField } from "../../ui/CheckboxField";
import { FormErrors } from "../../ui/FormErrors";
import { Notice } from "../../ui/Notice";
import { TextArea } from "../../ui/TextArea";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";
import { useAssembly } from "./assembly-context";
import { newRowKey } from "./rows";

interface TableRow {
  key: string;
  id?: string;
  axisId: string | null;
  name: string;
  definition: string;
  color: string;
  capacity: string;
  enabled: boolean;
}

const LOCAL_TABLE_COLOR = "#334155";

const toRows = (tables: AssemblyTableDto[]): TableRow[] =>
  tables.map(({ id, axisId, name, definition, color, capacity, enabled }) => ({
    key: id,
    id,
    axisId,
    name,
    definition,
    color,
    capacity: String(capacity),
    enabled,
  }));

/** The thematic tables: one per national axis (enable or disable, rename, size) plus local tables without axis. */
export function TablesEditor() {
  const t = useT();
  const { assembly, setAssembly } = useAssembly();
  const form = useForm({ tables: toRows(assembly.tables) }, { idPrefix: "tables" });
  const { tables } = form.values;

  const addLocal = () =>
    form.setValues({
      tables: [
        ...tables,
        {
          key: newRowKey(),
          axisId: null,
          name: "",
          definition: "",
          color: LOCAL_TABLE_COLOR,
          capacity: "100",
          enabled: true,
        },
      ],
    });

  const onSubmit = form.submit(async (values) => {
    const body = {
      tables: values.tables.map(({ key: _key, capacity, ...table }) => ({
        ...table,
        capacity: Number(capacity),
      })),
    };
    const saved = await api.put<AssemblyDto>(`/api/assemblies/${assembly.id}/tables`, body);
    setAssembly(saved);
    form.setValues({ tables: toRows(saved.tables) });
    return t("tables.saved");
  });

  return (
    <form noValidate onSubmit={onSubmit} className="form form--wide">
      <FormErrors form={form} />
      <ol className="rows">
        {tables.map((table, index) => {
          const name = t("tables.table", { n: index + 1 });
          const path = (field: string) => `tables.${index}.${field}`;
          return (
            <li key={table.key} className="row-card">
              <fieldset className="row-card__fields">
                <legend>
                  <span className="swatch" style={{ background: table.color }} aria-hidden="true" />
                  {name} · {table.axisId ? t("tables.axis") : t("tables.local")}
                </legend>
                <CheckboxField {...form.checkbox(path("enabled"), t("tables.field.enabled"), name)} />
                <TextField {...form.field(path("name"), t("tables.field.name"), name)} />
                <TextArea {...form.field(path("definition"), t("tables.field.definition"), name)} rows={3} />
                <TextField
                  {...form.field(path("capacity"), t("tables.field.capacity"), name)}
                  type="number"
                  inputMode="numeric"
                  min={5}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="form__actions">
        <Button variant="secondary" onClick={addLocal}>
          {t("tables.addLocal")}
        </Button>
        <Button type="submit" busy={form.busy}>
          {t("tables.save")}
        </Button>
      </div>
      <Notice text={form.notice} />
    </form>
  );
}
