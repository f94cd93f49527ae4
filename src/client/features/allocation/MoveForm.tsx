import type { AllocationDto, MemberDto } from "../../../shared/schemas/allocation";
import { api } from "../../api/client";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { FormErrors } from "../../ui/FormErrors";
import { SelectField } from "../../ui/SelectField";
import { TextArea } from "../../ui/TextArea";
import { useForm } from "../../ui/useForm";

interface MoveFormProps {
  assemblyId: string;
  allocation: AllocationDto;
  member: MemberDto;
  fromSubtableId: string;
  onMoved: (allocation: AllocationDto, message: string) => void;
  onCancel: () => void;
}

/** Moves one person to another sub-table, with the reason (kept in the record of changes). */
export function MoveForm({
  assemblyId,
  allocation,
  member,
  fromSubtableId,
  onMoved,
  onCancel,
}: MoveFormProps) {
  const t = useT();
  const form = useForm({ subtableId: "", reason: "" }, { idPrefix: `move-${member.registrationId}` });
  const name = `${member.firstNames} ${member.lastNames}`;
  const options = allocation.tables.flatMap((table) =>
    table.subtables
      .filter((subtable) => subtable.id && subtable.id !== fromSubtableId)
      .map((subtable) => ({
        value: subtable.id ?? "",
        label: t("allocation.move.option", {
          position: table.position,
          table: table.name,
          label: subtable.label,
          count: subtable.composition.people,
        }),
      })),
  );
  const submit = form.submit(async (values) => {
    const result = await api.post<AllocationDto>(`/api/assemblies/${assemblyId}/allocation/moves`, {
      registrationId: member.registrationId,
      ...values,
    });
    const target = options.find((o) => o.value === values.subtableId)?.label ?? "";
    onMoved(result, t("allocation.move.done", { name, target }));
    return undefined;
  });
  return (
    <form onSubmit={submit} className="form allocation-move" noValidate>
      <h5>{t("allocation.move.title", { name })}</h5>
      <FormErrors form={form} />
      <SelectField
        {...form.field("subtableId", t("allocation.move.destination"))}
        options={options}
        placeholder={t("common.choose")}
      />
      <TextArea
        {...form.field("reason", t("allocation.move.reason"))}
        rows={2}
        hint={t("allocation.move.reason_hint")}
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t("allocation.move.submit")}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
