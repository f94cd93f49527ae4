import { and, asc, eq, isNull, like, type SQL, sql } from "drizzle-orm";
import { decideCheckIn } from "../../../domain/checkin/repeat";
import { canUndo, undoDeadline } from "../../../domain/checkin/undo";
import { maskDocument } from "../../../domain/registration/document";
import {
  type AttendanceCountsDto,
  type CheckInDto,
  type DeskPersonDto,
  ZAttendanceCountsSchema,
} from "../../../shared/schemas/checkin";
import { selectRows, type Tx } from "../../db/client";
import { assemblyTables, checkIns, registrations, seats, subtables } from "../../db/schema";
import { AppError, notFound } from "../../errors";
import { appendEvent } from "../../events/outbox";
import { verifyCredential } from "../../registration/credential";
import type { DeskQuery } from "./query";

const SEARCH_LIMIT = 20;

const personColumns = {
  registrationId: registrations.id,
  firstNames: registrations.firstNames,
  lastNames: registrations.lastNames,
  documentType: registrations.documentType,
  documentNumber: registrations.documentNumber,
  organizationName: registrations.organizationName,
  checkInId: checkIns.id,
  checkInAt: checkIns.at,
  checkInDesk: checkIns.desk,
  checkInWalkIn: checkIns.walkIn,
  seatTableName: assemblyTables.name,
  seatTablePosition: assemblyTables.position,
  seatSubtableLabel: subtables.label,
};

/** Whether the assembly is allocated: a subquery on the assembly alone, so PostgreSQL runs it once per query. */
const allocatedColumn = (assemblyId: string) =>
  sql<boolean>`EXISTS (SELECT 1 FROM allocation_runs WHERE assembly_id = ${assemblyId})`;

type PersonRow = {
  registrationId: string;
  firstNames: string;
  lastNames: string;
  documentType: string;
  documentNumber: string;
  organizationName: string | null;
  checkInId: string | null;
  checkInAt: Date | null;
  checkInDesk: string | null;
  checkInWalkIn: boolean | null;
  seatTableName: string | null;
  seatTablePosition: number | null;
  seatSubtableLabel: string | null;
};

function toCheckInDto(row: { id: string; at: Date; desk: string; walkIn: boolean }): CheckInDto {
  return {
    id: row.id,
    at: row.at.toISOString(),
    desk: row.desk,
    walkIn: row.walkIn,
    undoUntil: undoDeadline(row.at).toISOString(),
  };
}

function toDeskPerson(row: PersonRow): DeskPersonDto {
  return {
    registrationId: row.registrationId,
    firstNames: row.firstNames,
    lastNames: row.lastNames,
    documentType: row.documentType,
    documentMasked: maskDocument(row.documentNumber),
    organizationName: row.organizationName,
    seat:
      row.seatTableName !== null && row.seatTablePosition !== null && row.seatSubtableLabel !== null
        ? {
            tableName: row.seatTableName,
            tablePosition: row.seatTablePosition,
            subtableLabel: row.seatSubtableLabel,
          }
        : null,
    checkIn:
      row.checkInId && row.checkInAt
        ? toCheckInDto({
            id: row.checkInId,
            at: row.checkInAt,
            desk: row.checkInDesk ?? "",
            walkIn: row.checkInWalkIn ?? false,
          })
        : null,
  };
}

/**
 * People of one assembly with their active check-in and seat, filtered and ordered by the caller: one query,
 * as the desk's search and every check-in read it.
 */
function deskRows(db: Tx, assemblyId: string, where: SQL | undefined, orderBy: SQL[], limit: number) {
  return db
    .select({ ...personColumns, allocated: allocatedColumn(assemblyId) })
    .from(registrations)
    .leftJoin(checkIns, and(eq(checkIns.registrationId, registrations.id), isNull(checkIns.undoneAt)))
    .leftJoin(seats, eq(seats.registrationId, registrations.id))
    .leftJoin(assemblyTables, eq(assemblyTables.id, seats.tableId))
    .leftJoin(subtables, eq(subtables.id, seats.subtableId))
    .where(and(eq(registrations.assemblyId, assemblyId), where))
    .orderBy(...orderBy)
    .limit(limit);
}

async function deskPeople(db: Tx, assemblyId: string, where: SQL | undefined, orderBy: SQL[], limit: number) {
  return (await deskRows(db, assemblyId, where, orderBy, limit)).map(toDeskPerson);
}

/** One person of the assembly as the desk sees them; 404 when the registration is not of this assembly. */
export async function deskPerson(db: Tx, assemblyId: string, registrationId: string): Promise<DeskPersonDto> {
  return (await arrivingPerson(db, assemblyId, registrationId)).person;
}

/** The person at the desk, and whether the assembly is allocated (a newcomer then needs a seat). */
export async function arrivingPerson(
  db: Tx,
  assemblyId: string,
  registrationId: string,
): Promise<{ person: DeskPersonDto; allocated: boolean }> {
  const [row] = await deskRows(db, assemblyId, eq(registrations.id, registrationId), [], 1);
  if (!row) throw notFound();
  return { person: toDeskPerson(row), allocated: row.allocated };
}

/**
 * The desk's search: a document prefix (the `text_pattern_ops` index on assembly and number), or every word
 * somewhere in the folded names (the trigram index on `search_text`), ranked by trigram similarity.
 */
export async function searchDesk(db: Tx, assemblyId: string, query: DeskQuery): Promise<DeskPersonDto[]> {
  if (query.kind === "too_short") return [];
  if (query.kind === "credential") {
    const registrationId = await verifyCredential(db, query.token);
    const [person] = registrationId
      ? await deskPeople(db, assemblyId, eq(registrations.id, registrationId), [], 1)
      : [];
    if (!person) throw new AppError("checkin.credential_invalid");
    return [person];
  }
  if (query.kind === "document") {
    const where = like(registrations.documentNumber, `${query.prefix}%`);
    return deskPeople(db, assemblyId, where, [asc(registrations.documentNumber)], SEARCH_LIMIT);
  }
  const where = and(...query.words.map((word) => like(registrations.searchText, `%${word}%`)));
  return deskPeople(
    db,
    assemblyId,
    where,
    [
      sql`similarity(${registrations.searchText}, ${query.words.join(" ")}) DESC`,
      asc(registrations.lastNames),
      asc(registrations.firstNames),
    ],
    SEARCH_LIMIT,
  );
}

const countsQuery = (assemblyId: string) => sql`SELECT
    (SELECT count(*)::int FROM registrations WHERE assembly_id = ${assemblyId}) AS "registered",
    (count(*) FILTER (WHERE undone_at IS NULL))::int AS "present",
    (count(*) FILTER (WHERE undone_at IS NULL AND walk_in))::int AS "walkIns"
  FROM check_ins WHERE assembly_id = ${assemblyId}`;

/** Registered, present and walk-ins of an assembly: the numbers every live view shows. */
export async function attendanceCounts(db: Tx, assemblyId: string): Promise<AttendanceCountsDto> {
  const [row] = await selectRows<AttendanceCountsDto>(db, countsQuery(assemblyId));
  return row ?? { registered: 0, present: 0, walkIns: 0 };
}

/**
 * Writes the check-in event the dashboards and projector views update from, with the counts after the
 * change computed in the same statement (the 7:30 rush pays one round trip for both); answers the counts.
 */
export async function announceCheckIn(
  tx: Tx,
  assemblyId: string,
  type: "checkin.created" | "checkin.undone",
  change: { registrationId: string; desk: string },
): Promise<AttendanceCountsDto> {
  const { payload } = await appendEvent(tx, {
    assemblyId,
    type,
    payload: sql`(SELECT to_jsonb(counts) FROM (${countsQuery(assemblyId)}) counts) || ${JSON.stringify(change)}::jsonb`,
  });
  return ZAttendanceCountsSchema.parse(payload);
}

export interface MarkPresent {
  assemblyId: string;
  /** The person as read in this transaction, with their active check-in if any. */
  person: DeskPersonDto;
  desk: string;
  userId: string;
  walkIn: boolean;
  now: Date;
}

/**
 * Marks a person present at a desk, or answers when and where they already came in. Two desks marking the
 * same person at once meet at the partial unique index: one inserts, the other reads the winner's check-in.
 */
export async function markPresent(
  tx: Tx,
  input: MarkPresent,
): Promise<{ outcome: "checked_in" | "already_present"; person: DeskPersonDto }> {
  const { person } = input;
  const active = person.checkIn ? { at: new Date(person.checkIn.at), desk: person.checkIn.desk } : null;
  if (decideCheckIn(active, input.now).kind === "already_present")
    return { outcome: "already_present", person };
  const [inserted] = await tx
    .insert(checkIns)
    .values({
      assemblyId: input.assemblyId,
      registrationId: person.registrationId,
      at: input.now,
      desk: input.desk,
      byUserId: input.userId,
      walkIn: input.walkIn,
    })
    .onConflictDoNothing({ target: checkIns.registrationId, where: sql`undone_at IS NULL` })
    .returning();
  if (!inserted) {
    return {
      outcome: "already_present",
      person: await deskPerson(tx, input.assemblyId, person.registrationId),
    };
  }
  return { outcome: "checked_in", person: { ...person, checkIn: toCheckInDto(inserted) } };
}

/** Undoes an active check-in within the window; the row stays with who undid it and when. */
export async function undoCheckIn(
  tx: Tx,
  assemblyId: string,
  checkInId: string,
  userId: string,
  now: Date,
): Promise<typeof checkIns.$inferSelect> {
  const [row] = await tx
    .select()
    .from(checkIns)
    .where(and(eq(checkIns.id, checkInId), eq(checkIns.assemblyId, assemblyId)))
    .for("update");
  if (!row) throw notFound();
  if (row.undoneAt) throw new AppError("checkin.not_active");
  if (!canUndo(row.at, now)) throw new AppError("checkin.undo_expired");
  await tx.update(checkIns).set({ undoneAt: now, undoneBy: userId }).where(eq(checkIns.id, checkInId));
  return row;
}
