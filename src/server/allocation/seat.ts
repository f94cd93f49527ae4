import { eq, inArray } from "drizzle-orm";
import { translate } from "../../shared/i18n";
import type { Tx } from "../db/client";
import { assemblyTables, seats, subtables } from "../db/schema";

/** Where a person sits, as badges and desks print it. */
export interface Seat {
  tableId: string;
  tableName: string;
  tablePosition: number;
  subtableId: string;
  /** "2.3": the table's position, then the sub-table's. */
  subtableLabel: string;
  /** "Sub-mesa 2.3" */
  subtableName: string;
  place: number;
}

/** The seats of these registrations, by registration id; people without a seat are absent from the map. */
export async function seatsOf(db: Tx, registrationIds: readonly string[]): Promise<Map<string, Seat>> {
  if (registrationIds.length === 0) return new Map();
  const rows = await db
    .select({
      registrationId: seats.registrationId,
      tableId: seats.tableId,
      tableName: assemblyTables.name,
      tablePosition: assemblyTables.position,
      subtableId: seats.subtableId,
      subtableLabel: subtables.label,
      place: seats.place,
    })
    .from(seats)
    .innerJoin(assemblyTables, eq(assemblyTables.id, seats.tableId))
    .innerJoin(subtables, eq(subtables.id, seats.subtableId))
    .where(inArray(seats.registrationId, [...registrationIds]));
  return new Map(
    rows.map(({ registrationId, ...seat }) => [
      registrationId,
      { ...seat, subtableName: translate("es", "allocation.subtable.name", { label: seat.subtableLabel }) },
    ]),
  );
}

/** Where one person sits, or null before they are allocated. */
export async function seatOf(db: Tx, registrationId: string): Promise<Seat | null> {
  return (await seatsOf(db, [registrationId])).get(registrationId) ?? null;
}
