import { and, eq, type SQL, sql } from "drizzle-orm";
import { canUndo, undoDeadline } from "../../../domain/checkin/undo";
import { maskDocument } from "../../../domain/registration/document";
import {
  type AttendanceCountsDto,
  type CheckInDto,
  type DeskPersonDto,
  ZAttendanceCountsSchema,
} from "../../../shared/schemas/checkin";
import { selectRows, type Tx } from "../../db/client";
import { checkIns } from "../../db/schema";
import { AppError, notFound } from "../../errors";
import { appendEvent, eventCtes } from "../../events/outbox";
import { verifyCredential } from "../../registration/credential";
import type { DeskQuery } from "./query";

const SEARCH_LIMIT = 20;

/** A person of the assembly as the desk reads them: raw SQL (the rush's hottest read), camel-cased columns. */
type PersonRow = {
  registrationId: string;
  firstNames: string;
  lastNames: string;
  documentType: string;
  documentNumber: string;
  organizationName: string | null;
  checkInId: string | null;
  /** Timestamps of raw queries arrive as PostgreSQL's text (or a Date, depending on the driver). */
  checkInAt: string | Date | null;
  checkInDesk: string | null;
  checkInWalkIn: boolean | null;
  tableName: string | null;
  tablePosition: number | null;
  subtableLabel: string | null;
  /** Whether the assembly is allocated (someone new then needs a seat). */
  allocated: boolean;
};

/**
 * People of one assembly with their active check-in and seat, filtered and ordered by the caller: the one
 * shape of the desk's search and of every check-in. The allocation flag is a subquery on the assembly alone,
 * so PostgreSQL runs it once per query.
 */
const deskSelect = (assemblyId: string, where: SQL, orderBy: SQL, limit: number) => sql`
  SELECT r.id AS "registrationId", r.first_names AS "firstNames", r.last_names AS "lastNames",
    r.document_type AS "documentType", r.document_number AS "documentNumber",
    r.organization_name AS "organizationName",
    c.id AS "checkInId", c.at AS "checkInAt", c.desk AS "checkInDesk", c.walk_in AS "checkInWalkIn",
    t.name AS "tableName", t.position AS "tablePosition", st.label AS "subtableLabel",
    EXISTS (SELECT 1 FROM allocation_runs WHERE assembly_id = ${assemblyId}) AS "allocated"
  FROM registrations r
  LEFT JOIN check_ins c ON c.registration_id = r.id AND c.undone_at IS NULL
  LEFT JOIN seats s ON s.registration_id = r.id
  LEFT JOIN assembly_tables t ON t.id = s.table_id
  LEFT JOIN subtables st ON st.id = s.subtable_id
  WHERE r.assembly_id = ${assemblyId} AND ${where}
  ${orderBy}
  LIMIT ${limit}`;

const byId = (registrationId: string) => sql`r.id = ${registrationId}`;

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
      row.tableName !== null && row.tablePosition !== null && row.subtableLabel !== null
        ? { tableName: row.tableName, tablePosition: row.tablePosition, subtableLabel: row.subtableLabel }
        : null,
    checkIn:
      row.checkInId && row.checkInAt
        ? toCheckInDto({
            id: row.checkInId,
            at: new Date(row.checkInAt),
            desk: row.checkInDesk ?? "",
            walkIn: row.checkInWalkIn ?? false,
          })
        : null,
  };
}

async function deskPeople(db: Tx, assemblyId: string, where: SQL, orderBy: SQL, limit: number) {
  return (await selectRows<PersonRow>(db, deskSelect(assemblyId, where, orderBy, limit))).map(toDeskPerson);
}

/** One person of the assembly as the desk sees them; 404 when the registration is not of this assembly. */
export async function deskPerson(db: Tx, assemblyId: string, registrationId: string): Promise<DeskPersonDto> {
  const [person] = await deskPeople(db, assemblyId, byId(registrationId), sql``, 1);
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
    const [person] = registrationId ? await deskPeople(db, assemblyId, byId(registrationId), sql``, 1) : [];
    if (!person) throw new AppError("checkin.credential_invalid");
    return [person];
  }
  if (query.kind === "document") {
    const where = sql`r.document_number LIKE ${`${query.prefix}%`}`;
    return deskPeople(db, assemblyId, where, sql`ORDER BY r.document_number`, SEARCH_LIMIT);
  }
  const where = sql.join(
    query.words.map((word) => sql`r.search_text LIKE ${`%${word}%`}`),
    sql` AND `,
  );
  const ranked = sql`ORDER BY similarity(r.search_text, ${query.words.join(" ")}) DESC, r.last_names, r.first_names`;
  return deskPeople(db, assemblyId, where, ranked, SEARCH_LIMIT);
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
 * Writes the event of an undone check-in, with the counts after it computed in the same statement, for the
 * dashboards and projector views; answers the counts. (A new check-in writes its event in `markPresent`.)
 */
export async function announceUndo(
  tx: Tx,
  assemblyId: string,
  change: { registrationId: string; desk: string },
): Promise<AttendanceCountsDto> {
  const { payload } = await appendEvent(tx, {
    assemblyId,
    type: "checkin.undone",
    payload: sql`(SELECT to_jsonb(counts) FROM (${countsQuery(assemblyId)}) counts) || ${JSON.stringify(change)}::jsonb`,
  });
  return ZAttendanceCountsSchema.parse(payload);
}

export interface MarkPresent {
  assemblyId: string;
  registrationId: string;
  desk: string;
  userId: string;
  walkIn: boolean;
  now: Date;
}

type MarkedRow = PersonRow & { newCheckInId: string | null; counts: Record<string, unknown> | null };

/**
 * Marks a person present at a desk, or answers when and where they already came in: one statement reads the
 * person, inserts the check-in unless one is active, and writes the event with the counts after it (the 7:30
 * rush pays one round trip). Two desks marking the same person at once meet at the partial unique index: one
 * inserts, the other reads the winner's check-in. 404 when the person is not of this assembly.
 */
export async function markPresent(
  tx: Tx,
  input: MarkPresent,
): Promise<
  | { outcome: "checked_in"; person: DeskPersonDto; allocated: boolean; counts: AttendanceCountsDto }
  | { outcome: "already_present"; person: DeskPersonDto }
> {
  const { assemblyId, registrationId, desk, walkIn, now } = input;
  const change = JSON.stringify({ registrationId, desk });
  // The counts are read in the statement's snapshot, which does not see its own insert yet.
  const counts = sql`jsonb_build_object(
      'registered', counts.registered,
      'present', counts.present + 1,
      'walkIns', counts."walkIns" + ${walkIn ? 1 : 0}::int) || ${change}::jsonb`;
  const [row] = await selectRows<MarkedRow>(
    tx,
    sql`WITH person AS (${deskSelect(assemblyId, byId(registrationId), sql``, 1)}),
      inserted AS (
        INSERT INTO check_ins (assembly_id, registration_id, at, desk, by_user_id, walk_in)
        SELECT ${assemblyId}::uuid, "registrationId", ${now.toISOString()}::timestamptz, ${desk}, ${input.userId}::uuid,
          ${walkIn}::boolean
        FROM person WHERE "checkInId" IS NULL
        ON CONFLICT (registration_id) WHERE undone_at IS NULL DO NOTHING
        RETURNING id
      ),
      ${eventCtes(
        { assemblyId, type: "checkin.created", payload: counts },
        sql`FROM inserted, (${countsQuery(assemblyId)}) counts`,
      )}
    SELECT person.*, inserted.id AS "newCheckInId", notified.payload AS "counts"
    FROM person LEFT JOIN inserted ON true LEFT JOIN notified ON true`,
  );
  if (!row) throw notFound();
  if (!row.newCheckInId || !row.counts) {
    // Already present, as read, or by a desk whose insert committed after this statement's snapshot.
    const person = row.checkInId ? toDeskPerson(row) : await deskPerson(tx, assemblyId, registrationId);
    return { outcome: "already_present", person };
  }
  return {
    outcome: "checked_in",
    person: { ...toDeskPerson(row), checkIn: toCheckInDto({ id: row.newCheckInId, at: now, desk, walkIn }) },
    allocated: row.allocated,
    counts: ZAttendanceCountsSchema.parse(row.counts),
  };
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
