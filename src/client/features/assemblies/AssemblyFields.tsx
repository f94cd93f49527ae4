import { useT } from "../../i18n/lang";
import { DateField } from "../../ui/DateField";
import { MunicipalitySelect } from "../../ui/MunicipalitySelect";
import { TextArea } from "../../ui/TextArea";
import { TextField } from "../../ui/TextField";
import type { Form } from "../../ui/useForm";

export interface AssemblyFieldValues {
  name: string;
  departmentCode: string;
  municipalityCode: string;
  venue: string;
  date: string;
  capacity: string;
  projectName: string;
  projectDescription: string;
}

/** The fields an assembly has both when created and when edited. */
export function AssemblyFields<V extends AssemblyFieldValues>({ form }: { form: Form<V> }) {
  const t = useT();
  return (
    <>
      <TextField {...form.field("name", t("assemblies.field.name"))} />
      <MunicipalitySelect
        department={form.field("departmentCode", t("places.department"))}
        municipality={form.field("municipalityCode", t("places.municipality"))}
      />
      <TextField {...form.field("venue", t("assemblies.field.venue"))} />
      <DateField {...form.field("date", t("assemblies.field.date"))} />
      <TextField
        {...form.field("capacity", t("assemblies.field.capacity"))}
        type="number"
        inputMode="numeric"
        min={10}
      />
      <TextField
        {...form.field("projectName", t("assemblies.field.projectName"))}
        hint={t("assemblies.field.projectName.hint")}
      />
      <TextArea {...form.field("projectDescription", t("assemblies.field.projectDescription"))} />
    </>
  );
}

export function toAssemblyBody<V extends AssemblyFieldValues>(values: V) {
  return { ...values, capacity: Number(values.capacity) };
}
