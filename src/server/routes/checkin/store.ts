import { and, asc, eq, isNull, like, type SQL, sql } from "drizzle-orm";
import { decideCheckIn } from "../../../domain/checkin/repeat";
import { canUndo, undoDeadline } from "../../../domain/checkin/undo";
import { maskDocument } from "../../../domain/registration/document";
import type { AttendanceCountsDto, CheckInDto, DeskPersonDto } from "../../../shared/schemas/checkin";
import { type Seat, seatsOf } from "../../allocation/seat";
import { selectRows, type Tx } from "../../db/client";
import { checkIns, registrations } from "../../db/schema";
import { AppError, notFound } from "../../errors";
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
};

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

function toDeskPerson(row: PersonRow, seat: Seat | undefined): DeskPersonDto {
  return {
    registrationId: row.registrationId,
    firstNames: row.firstNames,
    lastNames: row.lastNames,
    documentType: row.documentType,
    documentMasked: maskDocument(row.documentNumber),
    organizationName: row.organizationName,
    seat: seat
      ? { tableName: seat.tableName, tablePosition: seat.tablePosition, subtableLabel: seat.subtableLabel }
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

/** People of one assembly with their active check-in, filtered and ordered by the caller. */
async function deskPeople(db: Tx, assemblyId: string, where: SQL | undefined, orderBy: SQL[], limit: number) {
  const rows = await db
    .select(personColumns)
    .from(registrations)
    .leftJoin(checkIns, and(eq(checkIns.registrationId, registrations.id), isNull(checkIns.undoneAt)))
    .where(and(eq(registrations.assemblyId, assemblyId), where))
    .orderBy(...orderBy)
    .limit(limit);
  const seats = await seatsOf(
    db,
    rows.map((row) => row.registrationId),
  );
  return rows.map((row) => toDeskPerson(row, seats.get(row.registrationId)));
}

/** One person of the assembly as the desk sees them; 404 when the registration is not of this assembly. */
export async function deskPerson(db: Tx, assemblyId: string, registrationId: string): Promise<DeskPersonDto> {
  const [person] = await deskPeople(db, assemblyId, eq(registrations.id, registrationId), [], 1);
  if (!person) throw notFound();
  return person;
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

/** Registered, present and walk-ins of an assembly: the numbers every live view shows. */
export async function attendanceCounts(db: Tx, assemblyId: string): Promise<AttendanceCountsDto> {
  const [row] = await selectRows<AttendanceCountsDto>(
    db,
    sql`SELECT
      (SELECT count(*)::int FROM registrations WHERE assembly_id = ${assemblyId}) AS "registered",
      (count(*) FILTER (WHERE undone_at IS NULL))::int AS "present",
      (count(*) FILTER (WHERE undone_at IS NULL AND walk_in))::int AS "walkIns"
    FROM check_ins WHERE assembly_id = ${assemblyId}`,
  );
  return row ?? { registered: 0, present: 0, walkIns: 0 };
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
