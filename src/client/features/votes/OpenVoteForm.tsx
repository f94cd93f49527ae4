import { MAJORITY_RULES, QUORUM_KINDS } from "../../../domain/plenary/quorum";
import type { PlenaryTableDto } from "../../../shared/schemas/plenary";
import { VOTE_METHODS, type VoteDto } from "../../../shared/schemas/vote";
import { api } from "../../api/client";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { FormErrors } from "../../ui/FormErrors";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";

interface OpenVoteValues {
  tableId: string;
  method: string;
  quorum: { kind: string; value: string };
  majority: string;
}

/** Opens a vote on one table's agenda or on the whole agenda, by hand count or from the phones. */
export function OpenVoteForm({
  assemblyId,
  tables,
  onOpened,
}: {
  assemblyId: string;
  tables: PlenaryTableDto[];
  onOpened: (vote: VoteDto) => void;
}) {
  const t = useT();
  const form = useForm<OpenVoteValues>(
    { tableId: "", method: "hand", quorum: { kind: "majority", value: "" }, majority: "simple" },
    { idPrefix: "open-vote" },
  );
  const { quorum } = form.values;
  return (
    <form
      className="form card"
      aria-labelledby="open-vote-title"
      noValidate
      onSubmit={form.submit(async (values) => {
        const value = values.quorum.value.trim();
        const vote = await api.post<VoteDto>(`/api/assemblies/${assemblyId}/votes`, {
          tableId: values.tableId || null,
          method: values.method,
          quorum:
            values.quorum.kind === "majority"
              ? { kind: "majority" }
              : { kind: values.quorum.kind, value: value ? Number(value) : undefined },
          majority: values.majority,
        });
        onOpened(vote);
        return undefined;
      })}
    >
      <h3 id="open-vote-title">{t("votes.open.title")}</h3>
      <FormErrors form={form} />
      <SelectField
        {...form.field("tableId", t("votes.field.subject"))}
        options={[
          { value: "", label: t("votes.subject.agenda") },
          ...tables.map((table) => ({
            value: table.id,
            label: t("votes.subject.table", { position: table.position, name: table.name }),
          })),
        ]}
      />
      <SelectField
        {...form.field("method", t("votes.field.method"))}
        options={VOTE_METHODS.map((method) => ({ value: method, label: t(`votes.method.${method}`) }))}
      />
      <SelectField
        {...form.field("quorum.kind", t("votes.field.quorum"))}
        options={QUORUM_KINDS.map((kind) => ({ value: kind, label: t(`votes.quorum.${kind}`) }))}
      />
      {quorum.kind !== "majority" ? (
        <TextField {...form.field("quorum.value", t("votes.field.quorumValue"))} inputMode="numeric" />
      ) : null}
      <SelectField
        {...form.field("majority", t("votes.field.majority"))}
        options={MAJORITY_RULES.map((rule) => ({ value: rule, label: t(`votes.majority.${rule}`) }))}
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t("votes.open.button")}
        </Button>
      </div>
    </form>
  );
}
