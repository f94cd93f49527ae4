import { and, asc, count, desc, eq, inArray, isNull, ne, notInArray, or, sql } from "drizzle-orm";
import {
  type AgendaItem,
  type Consolidated,
  reconcile,
  restore,
  type SourceNeed,
  sameItems,
  tableItems,
} from "../../../domain/plenary/consolidate";
import { dueSortKey } from "../../../domain/puzzle/rules";
import type {
  AgendaItemDto,
  EditDto,
  PlenaryAgendaDto,
  PlenaryTableDto,
} from "../../../shared/schemas/plenary";
import { type Actor, actorLabel } from "../../auth/actor";
import type { Tx } from "../../db/client";
import { plenaryEdits, plenaryItemNeeds, plenaryItems, plenaryVotes, subtables } from "../../db/schema";
import { AppError, notFound } from "../../errors";
import { listTables } from "../assemblies/store";
import { loadPieces, type Pieces } from "../puzzle/pieces";
import { spokespeople } from "../puzzle/store";
import { openVote } from "../votes/store";
import { activeLock, lockAgenda, lockHistory, toLock } from "./lock";

export type EditKind = EditDto["kind"];

async function storedItems(db: Tx, assemblyId: string): Promise<AgendaItem[]> {
  const [items, links] = await Promise.all([
    db
      .select()
      .from(plenaryItems)
      .where(eq(plenaryItems.assemblyId, assemblyId))
      .orderBy(asc(plenaryItems.position)),
    db
      .select()
      .from(plenaryItemNeeds)
      .where(eq(plenaryItemNeeds.assemblyId, assemblyId))
      .orderBy(asc(plenaryItemNeeds.position)),
  ]);
  return items.map((item) => ({
    id: item.id,
    tableId: item.tableId,
    position: item.position,
    title: item.title,
    description: item.description,
    needIds: links.filter((link) => link.itemId === item.id).map((link) => link.needId),
  }));
}

const sourcesOf = (pieces: Pieces): SourceNeed[] =>
  pieces.needs.map((need) => ({
    id: need.id,
    tableId: need.tableId,
    title: need.title,
    description: need.description,
  }));

/** Saves the tables whose items changed: their items and the links to their original needs. */
async function saveItems(
  tx: Tx,
  assemblyId: string,
  before: AgendaItem[],
  after: AgendaItem[],
): Promise<void> {
  const tableIds = new Set([...before, ...after].map((item) => item.tableId));
  for (const tableId of tableIds) {
    const old = tableItems(before, tableId);
    const next = tableItems(after, tableId);
    if (sameItems(old, next)) continue;
    if (old.length)
      await tx.delete(plenaryItemNeeds).where(
        inArray(
          plenaryItemNeeds.itemId,
          old.map((item) => item.id),
        ),
      );
    const keep = next.map((item) => item.id);
    await tx
      .delete(plenaryItems)
      .where(
        and(eq(plenaryItems.tableId, tableId), keep.length ? notInArray(plenaryItems.id, keep) : undefined),
      );
    if (!next.length) continue;
    const now = new Date();
    await tx
      .insert(plenaryItems)
      .values(next.map(({ needIds: _, ...item }) => ({ ...item, assemblyId, updatedAt: now })))
      .onConflictDoUpdate({
        target: plenaryItems.id,
        set: {
          tableId: sql`excluded.table_id`,
          position: sql`excluded.position`,
          title: sql`excluded.title`,
          description: sql`excluded.description`,
          updatedAt: now,
        },
      });
    await tx
      .insert(plenaryItemNeeds)
      .values(
        next.flatMap((item) =>
          item.needIds.map((needId, index) => ({ needId, itemId: item.id, assemblyId, position: index + 1 })),
        ),
      );
  }
}

export interface Working {
  items: AgendaItem[];
  pieces: Pieces;
}

/**
 * The consolidated items brought in line with the puzzle's pieces as they are now, saved when they changed,
 * with the pieces. Runs in the caller's transaction and holds the agenda's lock until it ends. Once the agenda is
 * locked the items stay as they were approved.
 */
export async function workingAgenda(tx: Tx, assemblyId: string): Promise<Working> {
  await lockAgenda(tx, assemblyId);
  const [stored, pieces, lock] = await Promise.all([
    storedItems(tx, assemblyId),
    loadPieces(tx, "assembly", assemblyId),
    activeLock(tx, assemblyId),
  ]);
  if (lock) return { items: stored, pieces };
  const items = reconcile(stored, sourcesOf(pieces));
  if (!sameItems(stored, items)) await saveItems(tx, assemblyId, stored, items);
  return { items, pieces };
}

/** Refuses changes to a table's agenda while it is locked or a vote on it (or on the whole agenda) is open. */
async function assertEditable(tx: Tx, assemblyId: string, tableId: string): Promise<void> {
  if (await activeLock(tx, assemblyId)) throw new AppError("plenary.locked");
  const [open] = await tx
    .select({ id: plenaryVotes.id })
    .from(plenaryVotes)
    .where(
      and(
        eq(plenaryVotes.assemblyId, assemblyId),
        eq(plenaryVotes.status, "open"),
        or(isNull(plenaryVotes.tableId), eq(plenaryVotes.tableId, tableId)),
      ),
    );
  if (open) throw new AppError("plenary.vote_open");
}

async function recordEdit(
  tx: Tx,
  assemblyId: string,
  tableId: string,
  kind: EditKind,
  actor: Actor,
  before: AgendaItem[],
  after: AgendaItem[],
) {
  await tx.insert(plenaryEdits).values({
    assemblyId,
    tableId,
    kind,
    actorId: actor.userId,
    actorLabel: actorLabel(actor),
    before: tableItems(before, tableId),
    after: tableItems(after, tableId),
  });
}

const PROBLEM_CODES = {
  unknown_item: "plenary.unknown_item",
  merge_needs_two: "plenary.merge_needs_two",
  order_mismatch: "plenary.order_mismatch",
} as const;

/**
 * Applies one consolidation edit of a table (the domain's merge, reword or reorder), saves it and audits it
 * with the table's items before and after.
 */
export async function editTable(
  tx: Tx,
  assemblyId: string,
  tableId: string,
  kind: Exclude<EditKind, "undo">,
  actor: Actor,
  edit: (items: AgendaItem[]) => Consolidated,
): Promise<void> {
  const { items } = await workingAgenda(tx, assemblyId);
  await assertEditable(tx, assemblyId, tableId);
  const result = edit(items);
  if (!result.ok) throw new AppError(PROBLEM_CODES[result.problem]);
  await saveItems(tx, assemblyId, items, result.items);
  await recordEdit(tx, assemblyId, tableId, kind, actor, items, result.items);
}

/** Restores the table as it was before its latest edit not yet undone; the undo is audited too. */
export async function undoLastEdit(tx: Tx, assemblyId: string, tableId: string, actor: Actor): Promise<void> {
  const { items, pieces } = await workingAgenda(tx, assemblyId);
  await assertEditable(tx, assemblyId, tableId);
  const [last] = await tx
    .select()
    .from(plenaryEdits)
    .where(
      and(eq(plenaryEdits.tableId, tableId), ne(plenaryEdits.kind, "undo"), isNull(plenaryEdits.undoneAt)),
    )
    .orderBy(desc(plenaryEdits.at))
    .limit(1);
  if (!last) throw new AppError("plenary.nothing_to_undo");
  const next = restore(items, tableId, last.before as AgendaItem[], sourcesOf(pieces));
  await saveItems(tx, assemblyId, items, next);
  await tx
    .update(plenaryEdits)
    .set({ undoneAt: new Date(), undoneBy: actor.userId })
    .where(eq(plenaryEdits.id, last.id));
  await recordEdit(tx, assemblyId, tableId, "undo", actor, items, next);
}

/** The table an item belongs to, in this assembly; 404 otherwise. */
export async function itemTable(db: Tx, assemblyId: string, itemId: string): Promise<string> {
  const [row] = await db
    .select({ tableId: plenaryItems.tableId })
    .from(plenaryItems)
    .where(and(eq(plenaryItems.id, itemId), eq(plenaryItems.assemblyId, assemblyId)));
  if (!row) throw notFound();
  return row.tableId;
}

/** The items as people read them: each with its original needs, their solutions and their plan. */
export async function presentItems(
  db: Tx,
  assemblyId: string,
  working: Working,
): Promise<Map<string, AgendaItemDto[]>> {
  const labels = new Map(
    (
      await db
        .select({ id: subtables.id, label: subtables.label })
        .from(subtables)
        .where(eq(subtables.assemblyId, assemblyId))
    ).map((row) => [row.id, row.label]),
  );
  const label = (subtableId: string) => labels.get(subtableId) ?? "";
  const { needs, solutions, planItems } = working.pieces;
  const byTable = new Map<string, AgendaItemDto[]>();
  for (const item of [...working.items].sort((a, b) => a.position - b.position)) {
    const originals = item.needIds.flatMap((id) => needs.filter((need) => need.id === id));
    const itemSolutions = item.needIds.flatMap((id) =>
      solutions.filter((solution) => solution.needId === id),
    );
    const solutionIds = new Set(itemSolutions.map((solution) => solution.id));
    const plan = planItems
      .filter((planItem) => solutionIds.has(planItem.solutionId))
      .sort((a, b) => dueSortKey(a.due) - dueSortKey(b.due));
    const list = byTable.get(item.tableId) ?? [];
    list.push({
      id: item.id,
      position: item.position,
      title: item.title,
      description: item.description,
      originals: originals.map((need) => ({
        needId: need.id,
        title: need.title,
        description: need.description,
        subtableLabel: label(need.subtableId),
      })),
      solutions: itemSolutions.map((solution) => ({
        id: solution.id,
        needId: solution.needId,
        description: solution.description,
        cooperationForm: solution.cooperationForm,
        organizations: solution.organizations,
        subtableLabel: label(solution.subtableId),
      })),
      plan: plan.map((planItem) => ({
        id: planItem.id,
        solutionId: planItem.solutionId,
        action: planItem.action,
        owner: planItem.owner,
        due: planItem.due,
        resources: planItem.resources,
        subtableLabel: label(planItem.subtableId),
      })),
    });
    byTable.set(item.tableId, list);
  }
  return byTable;
}

/** The enabled tables with their consolidated agenda, spokesperson and whether an edit can be undone. */
export async function plenaryTables(
  db: Tx,
  assemblyId: string,
  working: Working,
): Promise<PlenaryTableDto[]> {
  const [tables, items, speakers, undoable] = await Promise.all([
    listTables(db, assemblyId),
    presentItems(db, assemblyId, working),
    spokespeople(db, assemblyId),
    db
      .select({ tableId: plenaryEdits.tableId, n: count() })
      .from(plenaryEdits)
      .where(
        and(
          eq(plenaryEdits.assemblyId, assemblyId),
          ne(plenaryEdits.kind, "undo"),
          isNull(plenaryEdits.undoneAt),
        ),
      )
      .groupBy(plenaryEdits.tableId),
  ]);
  const canUndo = new Set(undoable.map((row) => row.tableId));
  return tables
    .filter((table) => table.enabled)
    .map((table) => ({
      id: table.id,
      position: table.position,
      name: table.name,
      definition: table.definition,
      color: table.color,
      spokesperson: speakers.get(table.id) ?? null,
      items: items.get(table.id) ?? [],
      canUndo: canUndo.has(table.id),
    }));
}

/** The consolidation screen's data. Call in a transaction. */
export async function plenaryAgenda(tx: Tx, assemblyId: string): Promise<PlenaryAgendaDto> {
  const working = await workingAgenda(tx, assemblyId);
  const [tables, locks, vote] = await Promise.all([
    plenaryTables(tx, assemblyId, working),
    lockHistory(tx, assemblyId),
    openVote(tx, assemblyId),
  ]);
  const active = locks.find((lock) => lock.reopenedAt === null);
  return {
    assemblyId,
    lock: active ? toLock(active) : null,
    locks: locks.map(toLock),
    openVote: vote,
    tables,
  };
}

/** The audit of one table's consolidation, the latest first. */
export async function tableEdits(db: Tx, tableId: string): Promise<EditDto[]> {
  const rows = await db
    .select()
    .from(plenaryEdits)
    .where(eq(plenaryEdits.tableId, tableId))
    .orderBy(desc(plenaryEdits.at));
  const brief = (items: unknown) =>
    (items as AgendaItem[]).map(({ id, position, title, needIds }) => ({ id, position, title, needIds }));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as EditKind,
    actor: row.actorLabel,
    at: row.at.toISOString(),
    undone: row.undoneAt !== null,
    before: brief(row.before),
    after: brief(row.after),
  }));
}
