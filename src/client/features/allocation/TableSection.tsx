import type { AllocationDto, TableAllocationDto } from "../../../shared/schemas/allocation";
import { api } from "../../api/client";
import type { ApiError } from "../../api/errors";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { CheckboxField } from "../../ui/CheckboxField";
import { FormErrors } from "../../ui/FormErrors";
import { SelectField } from "../../ui/SelectField";
import { useForm } from "../../ui/useForm";
import { CompositionFacts } from "./CompositionFacts";
import { SubtableCard } from "./SubtableCard";

export interface LeaderCandidate {
  userId: string;
  name: string;
  email: string;
}

interface TableSectionProps {
  assemblyId: string;
  table: TableAllocationDto;
  /** The saved allocation; null when showing a preview (nothing to act on). */
  allocation: AllocationDto | null;
  canAllocate: boolean;
  canLead: boolean;
  canPrint: boolean;
  candidates: LeaderCandidate[] | null;
  onTable: (table: TableAllocationDto, message: string) => void;
  onAllocation: (allocation: AllocationDto, message: string) => void;
  onCode: (message: string) => void;
  onError: (error: ApiError) => void;
}

function LeadersForm({
  assemblyId,
  table,
  candidates,
  onTable,
}: Pick<TableSectionProps, "assemblyId" | "table" | "onTable"> & { candidates: LeaderCandidate[] }) {
  const t = useT();
  const form = useForm(
    Object.fromEntries(candidates.map((c) => [c.userId, table.leaders.some((l) => l.userId === c.userId)])),
    { idPrefix: `leaders-${table.id}` },
  );
  const submit = form.submit(async (values) => {
    const userIds = Object.entries(values).flatMap(([id, on]) => (on ? [id] : []));
    const result = await api.put<TableAllocationDto>(
      `/api/assemblies/${assemblyId}/tables/${table.id}/leaders`,
      { userIds },
    );
    onTable(result, t("allocation.leaders.saved", { table: table.name }));
    return undefined;
  });
  return (
    <form onSubmit={submit} className="form" noValidate>
      <fieldset className="row-card__fields">
        <legend>{t("allocation.leaders.assign", { position: table.position })}</legend>
        <FormErrors form={form} />
        {candidates.length === 0 ? <p>{t("allocation.leaders.no_candidates")}</p> : null}
        {candidates.map((c) => (
          <CheckboxField key={c.userId} {...form.checkbox(c.userId, `${c.name} (${c.email})`)} />
        ))}
      </fieldset>
      {candidates.length ? (
        <Button type="submit" variant="secondary" busy={form.busy}>
          {t("allocation.leaders.save")}
        </Button>
      ) : null}
    </form>
  );
}

function SpokespersonForm({
  assemblyId,
  table,
  onTable,
}: Pick<TableSectionProps, "assemblyId" | "table" | "onTable">) {
  const t = useT();
  const form = useForm(
    { registrationId: table.spokesperson?.registrationId ?? "" },
    { idPrefix: `spokesperson-${table.id}` },
  );
  const members = table.subtables.flatMap((s) => s.members);
  const submit = form.submit(async ({ registrationId }) => {
    const result = await api.put<TableAllocationDto>(
      `/api/assemblies/${assemblyId}/tables/${table.id}/spokesperson`,
      {
        registrationId,
      },
    );
    onTable(
      result,
      t("allocation.spokesperson.saved", { name: result.spokesperson?.name ?? "", table: table.name }),
    );
    return undefined;
  });
  return (
    <form onSubmit={submit} className="form allocation-inline" noValidate>
      <FormErrors form={form} />
      <SelectField
        {...form.field("registrationId", t("allocation.spokesperson.choose", { position: table.position }))}
        placeholder={t("common.choose")}
        options={members.map((m) => ({ value: m.registrationId, label: `${m.firstNames} ${m.lastNames}` }))}
      />
      <Button type="submit" variant="secondary" busy={form.busy}>
        {t("allocation.spokesperson.save")}
      </Button>
    </form>
  );
}

/** One thematic table: its mix, its leaders and spokesperson, its sub-tables; actions by role. */
export function TableSection(props: TableSectionProps) {
  const { assemblyId, table, allocation, canAllocate, canLead, canPrint, candidates } = props;
  const t = useT();
  const saved = allocation !== null && table.subtables.some((s) => s.id);
  const headingId = `table-${table.id}${allocation ? "" : "-preview"}`;
  const base = `/api/assemblies/${assemblyId}/allocation`;
  return (
    <article
      className="card allocation-table"
      aria-labelledby={headingId}
      style={{ borderTopColor: table.color }}
    >
      <h3 id={headingId}>{t("allocation.table.heading", { position: table.position, name: table.name })}</h3>
      <p className="page-meta">
        {t("allocation.table.people", {
          people: table.composition.people,
          capacity: table.capacity,
          subtables: table.subtables.length,
        })}
      </p>
      <CompositionFacts composition={table.composition} />
      {allocation ? (
        <p>
          {t("allocation.leaders.current", {
            names: table.leaders.length
              ? table.leaders.map((l) => l.name).join(", ")
              : t("allocation.leaders.none"),
          })}
          {table.spokesperson ? (
            <>
              <br />
              {t("allocation.spokesperson.is", { name: table.spokesperson.name })}
            </>
          ) : null}
        </p>
      ) : null}
      {allocation && canAllocate && candidates ? (
        <LeadersForm assemblyId={assemblyId} table={table} candidates={candidates} onTable={props.onTable} />
      ) : null}
      {saved && canLead && table.subtables.some((s) => s.members.length) ? (
        <SpokespersonForm assemblyId={assemblyId} table={table} onTable={props.onTable} />
      ) : null}
      {saved && (canPrint || canLead) ? (
        <div className="form__actions">
          {canPrint ? (
            <a className="button button--secondary" href={`${base}/roster.pdf?tableId=${table.id}`} download>
              {t("allocation.download.table_roster", { position: table.position })}
            </a>
          ) : null}
          {canLead ? (
            <a className="button button--secondary" href={`${base}/cards.pdf?tableId=${table.id}`} download>
              {t("allocation.download.table_cards", { position: table.position })}
            </a>
          ) : null}
        </div>
      ) : null}
      <ul className="allocation-subtables">
        {table.subtables.map((subtable) => (
          <SubtableCard
            key={subtable.id ?? subtable.label}
            assemblyId={assemblyId}
            subtable={subtable}
            allocation={allocation}
            canLead={canLead && allocation !== null}
            canMove={canAllocate && allocation !== null}
            canPrint={canPrint && allocation !== null}
            onTable={props.onTable}
            onAllocation={props.onAllocation}
            onCode={props.onCode}
            onError={props.onError}
          />
        ))}
      </ul>
    </article>
  );
}
