import { summarize } from "../../../domain/allocation/summary";
import type { Lang } from "../../../shared/i18n";
import { policies } from "../../../shared/policies";
import type { AllocationDto, AllocationSource, TableAllocationDto } from "../../../shared/schemas/allocation";
import { loadRegistrants, type Registrant } from "../../allocation/people";
import {
  asAllocation,
  presentTables,
  type SubtableView,
  savedSubtables,
  type TableInfo,
  tableExtras,
  tableSpecs,
} from "../../allocation/seating";
import type { Actor, Scope } from "../../auth/actor";
import type { Tx } from "../../db/client";
import { notFound } from "../../errors";
import { assemblyScope, listTables } from "../assemblies/store";
import { currentRun, runHistory, unseatedIds } from "./store";

/** The enabled tables, and any disabled one that still has people seated. */
async function seatingTables(
  db: Tx,
  assemblyId: string,
  views: readonly SubtableView[],
): Promise<TableInfo[]> {
  const used = new Set(views.map((view) => view.tableId));
  return (await listTables(db, assemblyId))
    .filter((table) => table.enabled || used.has(table.id))
    .map(({ id, position, name, definition, axisCode, color, capacity }) => ({
      id,
      position,
      name,
      definition,
      axisCode,
      color,
      capacity,
    }));
}

export interface Seating {
  tables: TableInfo[];
  views: SubtableView[];
  people: Map<string, Registrant>;
}

export async function loadSeating(db: Tx, assemblyId: string): Promise<Seating> {
  const views = await savedSubtables(db, assemblyId);
  const [tables, registrants] = await Promise.all([
    seatingTables(db, assemblyId, views),
    loadRegistrants(db, assemblyId, "registered"),
  ]);
  return { tables, views, people: new Map(registrants.map((r) => [r.participant.id, r])) };
}

/** The tables of a seating as this actor may see them: only the tables they may read, names and codes by role. */
export async function presentFor(
  db: Tx,
  actor: Actor,
  scope: Scope,
  seating: Seating,
  lang: Lang,
): Promise<TableAllocationDto[]> {
  const at = (tableId: string) => ({ ...scope, tableId });
  const tables = seating.tables.filter((table) => policies.readTable(actor, at(table.id)));
  const extras = await tableExtras(
    db,
    scope.assemblyId ?? "",
    tables.map((t) => t.id),
  );
  return presentTables(tables, seating.views, seating.people, extras, {
    lang,
    names: (tableId) => policies.readSeats(actor, at(tableId)),
    codes: (tableId) => policies.leadTable(actor, at(tableId)),
  });
}

/** The assembly's allocation as it stands, for this actor. */
export async function allocationView(
  db: Tx,
  actor: Actor,
  scope: Scope & { assemblyId: string },
  lang: Lang,
): Promise<AllocationDto> {
  const { assemblyId } = scope;
  const run = await currentRun(db, assemblyId);
  const seating = await loadSeating(db, assemblyId);
  const whole = policies.readAllocation(actor, scope);
  const seated = seating.views.flatMap((view) =>
    view.members.flatMap((m) => {
      const person = seating.people.get(m.registrationId);
      return person ? [person.participant] : [];
    }),
  );
  return {
    assemblyId,
    run: run ? await runHistory(db, run) : null,
    summary:
      run && whole
        ? summarize(seated, tableSpecs(seating.tables), asAllocation(seating.tables, seating.views))
        : null,
    unseated: run && whole ? (await unseatedIds(db, assemblyId, run.source as AllocationSource)).length : 0,
    tables: await presentFor(db, actor, scope, seating, lang),
  };
}

/** One table of the allocation as the actor may see it. */
export async function tableView(
  db: Tx,
  actor: Actor,
  assemblyId: string,
  tableId: string,
  lang: Lang,
): Promise<TableAllocationDto> {
  const scope = await assemblyScope(db, assemblyId);
  const seating = await loadSeating(db, assemblyId);
  const tables = seating.tables.filter((t) => t.id === tableId);
  const [table] = await presentFor(db, actor, scope, { ...seating, tables }, lang);
  if (!table) throw notFound();
  return table;
}
