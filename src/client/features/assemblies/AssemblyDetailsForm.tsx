import type { AssemblyDto } from "../../../shared/schemas/assembly";
import { api } from "../../api/client";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { FormErrors } from "../../ui/FormErrors";
import { Notice } from "../../ui/Notice";
import { SelectField } from "../../ui/SelectField";
import { useForm } from "../../ui/useForm";
import { AssemblyFields, toAssemblyBody } from "./AssemblyFields";
import { useAssembly } from "./assembly-context";
import { STATUS_LABELS, STATUSES } from "./labels";

export function AssemblyDetailsForm() {
  const t = useT();
  const { assembly, setAssembly } = useAssembly();
  const form = useForm(
    {
      name: assembly.name,
      departmentCode: assembly.departmentCode,
      municipalityCode: assembly.municipalityCode,
      venue: assembly.venue,
      date: assembly.date,
      capacity: String(assembly.capacity),
      projectName: assembly.projectName,
      projectDescription: assembly.projectDescription,
      status: assembly.status as string,
    },
    { idPrefix: "details" },
  );

  const onSubmit = form.submit(async (values) => {
    setAssembly(await api.put<AssemblyDto>(`/api/assemblies/${assembly.id}`, toAssemblyBody(values)));
    return t("assemblies.saved");
  });

  return (
    <form noValidate onSubmit={onSubmit} className="form">
      <FormErrors form={form} />
      <AssemblyFields form={form} />
      <SelectField
        {...form.field("status", t("assemblies.field.status"))}
        options={STATUSES.map((status) => ({ value: status, label: t(STATUS_LABELS[status]) }))}
      />
      <Button type="submit" busy={form.busy}>
        {t("assemblies.save")}
      </Button>
      <Notice text={form.notice} />
    </form>
  );
}
