import { and, asc, eq, inArray, isNull, notInArray } from "drizzle-orm";
import { type CommitmentStatus, dueOverlaps, isOverdue } from "../../../domain/plenary/commitments";
import { dueInHorizon, dueSortKey, parseDue } from "../../../domain/puzzle/rules";
import { foldText } from "../../../domain/text/normalize";
import type { AgendaDocumentDto } from "../../../shared/schemas/agenda-document";
import type {
  CommitmentDto,
  CommitmentListDto,
  CommitmentQuery,
  CommitmentUpdate,
} from "../../../shared/schemas/commitment";
import type { Scope } from "../../auth/actor";
import type { Tx } from "../../db/client";
import { assemblies, assemblyTables, commitmentNotes, commitments } from "../../db/schema";
import { AppError, notFound } from "../../errors";

/** Today in Bogotá (UTC−5 all year), the day commitments are overdue against. */
export const bogotaToday = (now = Date.now()) => new Date(now - 5 * 3600_000).toISOString().slice(0, 10);

/**
 * Every plan item of the approved agenda becomes a commitment. On a later approval (after a reopening) the
 * commitments keep their follow-up (owner, due, status, notes), take the plan's current wording, and those
 * whose plan item left the agenda are marked withdrawn.
 */
export async function syncCommitments(
  tx: Tx,
  assemblyId: string,
  document: AgendaDocumentDto,
): Promise<void> {
  const rows = document.tables.flatMap((table) =>
    table.items.flatMap((item) =>
      item.plan.map((plan) => ({
        assemblyId,
        planItemId: plan.id,
        tableId: table.id,
        axis: table.name,
        need: item.title,
        action: plan.action,
        owner: plan.owner,
        due: plan.due,
        resources: plan.resources,
      })),
    ),
  );
  const now = new Date();
  for (const row of rows) {
    await tx
      .insert(commitments)
      .values(row)
      .onConflictDoUpdate({
        target: [commitments.assemblyId, commitments.planItemId],
        set: {
          tableId: row.tableId,
          axis: row.axis,
          need: row.need,
          action: row.action,
          resources: row.resources,
          withdrawnAt: null,
          updatedAt: now,
        },
      });
  }
  const kept = rows.map((row) => row.planItemId);
  await tx
    .update(commitments)
    .set({ withdrawnAt: now, updatedAt: now })
    .where(
      and(
        eq(commitments.assemblyId, assemblyId),
        isNull(commitments.withdrawnAt),
        kept.length ? notInArray(commitments.planItemId, kept) : undefined,
      ),
    );
}

type Row = typeof commitments.$inferSelect;

async function present(db: Tx, rows: Row[], today: string): Promise<CommitmentDto[]> {
  const notes = rows.length
    ? await db
        .select()
        .from(commitmentNotes)
        .where(
          inArray(
            commitmentNotes.commitmentId,
            rows.map((row) => row.id),
          ),
        )
        .orderBy(asc(commitmentNotes.notedOn), asc(commitmentNotes.createdAt))
    : [];
  return rows.map((row) => {
    const status = row.status as CommitmentStatus;
    return {
      id: row.id,
      tableId: row.tableId,
      axis: row.axis,
      need: row.need,
      action: row.action,
      owner: row.owner,
      due: row.due,
      resources: row.resources,
      status,
      overdue: isOverdue({ due: row.due, status }, today),
      withdrawn: row.withdrawnAt !== null,
      updatedAt: row.updatedAt.toISOString(),
      updatedBy: row.updatedByLabel,
      notes: notes
        .filter((note) => note.commitmentId === row.id)
        .map((note) => ({
          id: note.id,
          notedOn: note.notedOn,
          text: note.text,
          author: note.authorLabel,
          createdAt: note.createdAt.toISOString(),
        })),
    };
  });
}

/** The commitments of an assembly that match the filters, by table and then by due date. */
export async function listCommitments(
  db: Tx,
  assemblyId: string,
  query: CommitmentQuery,
  today = bogotaToday(),
): Promise<CommitmentListDto> {
  const rows = await db
    .select({ commitment: commitments, tablePosition: assemblyTables.position })
    .from(commitments)
    .leftJoin(assemblyTables, eq(assemblyTables.id, commitments.tableId))
    .where(
      and(
        eq(commitments.assemblyId, assemblyId),
        query.tableId ? eq(commitments.tableId, query.tableId) : undefined,
        query.status ? eq(commitments.status, query.status) : undefined,
        query.withdrawn === "true" ? undefined : isNull(commitments.withdrawnAt),
      ),
    );
  const owner = query.owner ? foldText(query.owner) : "";
  const matching = rows
    .filter(({ commitment }) => !owner || foldText(commitment.owner).includes(owner))
    .filter(({ commitment }) => !query.due || dueOverlaps(commitment.due, query.due))
    .sort(
      (a, b) =>
        (a.tablePosition ?? 99) - (b.tablePosition ?? 99) ||
        dueSortKey(a.commitment.due) - dueSortKey(b.commitment.due) ||
        a.commitment.action.localeCompare(b.commitment.action, "es"),
    )
    .map(({ commitment }) => commitment);
  const list = await present(db, matching, today);
  const shown = query.overdue ? list.filter((c) => c.overdue === (query.overdue === "true")) : list;
  return { today, total: shown.length, overdue: shown.filter((c) => c.overdue).length, commitments: shown };
}

export async function getCommitment(db: Tx, id: string, today = bogotaToday()): Promise<CommitmentDto> {
  const rows = await db.select().from(commitments).where(eq(commitments.id, id));
  const [commitment] = await present(db, rows, today);
  if (!commitment) throw notFound();
  return commitment;
}

/** The convenio and assembly of a commitment; 404 when there is none. */
export async function commitmentScope(db: Tx, id: string): Promise<Scope & { assemblyId: string }> {
  const [row] = await db
    .select({ agreementId: assemblies.agreementId, assemblyId: commitments.assemblyId })
    .from(commitments)
    .innerJoin(assemblies, eq(assemblies.id, commitments.assemblyId))
    .where(eq(commitments.id, id));
  if (!row) throw notFound();
  return row;
}

export async function updateCommitment(
  tx: Tx,
  id: string,
  input: CommitmentUpdate,
  by: string,
): Promise<void> {
  const due = parseDue(input.due);
  if (!due || !dueInHorizon(due))
    throw new AppError("commitment.due_invalid", {}, { due: "error.commitment.due_invalid" });
  await tx
    .update(commitments)
    .set({
      owner: input.owner,
      due: input.due,
      status: input.status,
      updatedAt: new Date(),
      updatedByLabel: by,
    })
    .where(eq(commitments.id, id));
}
