import { placeLateArrival } from "../../domain/allocation/late-arrival";
import type { Tx } from "../db/client";
import { seats, subtables } from "../db/schema";
import { AppError, notFound } from "../errors";
import { appendEvent } from "../events/outbox";
import { currentRun, lockAssemblyRow, nextPlace } from "../routes/allocation/store";
import { issueJoinCode } from "./join-codes";
import { loadRegistrants } from "./people";
import { asAllocation, enabledTables, savedSubtables, subtableLabel, tableSpecs } from "./seating";

export interface PlacedSeat {
  registrationId: string;
  name: string;
  tableId: string;
  tableName: string;
  tablePosition: number;
  subtableId: string;
  subtableLabel: string;
  place: number;
}

/**
 * Seats people who arrive after the allocation, one by one, without moving anyone: each goes to the best
 * sub-table of their preferred table with room (see the domain's `placeLateArrival`). Refuses people
 * already seated, and stops with `allocation.no_room` when every table is full. Call inside a transaction.
 */
export async function placeLateArrivals(
  tx: Tx,
  assemblyId: string,
  registrationIds: readonly string[],
  userId: string | null,
): Promise<PlacedSeat[]> {
  await lockAssemblyRow(tx, assemblyId);
  if (!(await currentRun(tx, assemblyId))) throw new AppError("allocation.not_allocated");
  const tables = await enabledTables(tx, assemblyId);
  const specs = tableSpecs(tables);
  const views = await savedSubtables(tx, assemblyId);
  const everyone = new Map(
    (await loadRegistrants(tx, assemblyId, "registered")).map((r) => [r.participant.id, r]),
  );
  const seatedIds = new Set(views.flatMap((view) => view.members.map((m) => m.registrationId)));
  const seated = new Map(
    [...seatedIds].flatMap((id) => (everyone.has(id) ? [[id, everyone.get(id)!.participant]] : [])),
  );
  let allocation = asAllocation(tables, views);
  const placed: PlacedSeat[] = [];

  for (const registrationId of new Set(registrationIds)) {
    const person = everyone.get(registrationId);
    if (!person) throw notFound();
    const name = `${person.firstNames} ${person.lastNames}`;
    if (seatedIds.has(registrationId)) {
      const view = views.find((v) => v.members.some((m) => m.registrationId === registrationId));
      const table = tables.find((t) => t.id === view?.tableId);
      throw new AppError("allocation.already_seated", {
        name,
        table: table?.name ?? "",
        subtable: view?.label ?? "",
      });
    }
    const outcome = placeLateArrival({ tables: specs, allocation, seated, person: person.participant });
    if (!outcome.ok) throw new AppError("allocation.no_room");
    const table = tables.find((t) => t.id === outcome.tableId)!;
    let view = views.filter((v) => v.tableId === table.id).sort((a, b) => a.position - b.position)[
      outcome.subtable
    ];
    if (!view) {
      const position = outcome.subtable + 1;
      const label = subtableLabel(table.position, position);
      const [row] = await tx
        .insert(subtables)
        .values({ assemblyId, tableId: table.id, position, label })
        .returning({ id: subtables.id });
      await issueJoinCode(tx, assemblyId, row!.id, userId);
      view = { id: row!.id, tableId: table.id, position, label, leader: null, joinCode: null, members: [] };
      views.push(view);
    }
    const subtableId = view.id!;
    const place = await nextPlace(tx, subtableId);
    await tx
      .insert(seats)
      .values({ registrationId, assemblyId, tableId: table.id, subtableId, place, placedBy: "late_arrival" });
    view.members.push({ registrationId, place });
    seatedIds.add(registrationId);
    seated.set(registrationId, person.participant);
    allocation = outcome.tables;
    placed.push({
      registrationId,
      name,
      tableId: table.id,
      tableName: table.name,
      tablePosition: table.position,
      subtableId,
      subtableLabel: view.label,
      place,
    });
  }
  return placed;
}

/** The live event rosters and the kiosk follow: which sub-tables took late arrivals, and how many. */
export async function announceSeats(
  tx: Tx,
  assemblyId: string,
  placed: readonly PlacedSeat[],
): Promise<void> {
  await appendEvent(tx, {
    assemblyId,
    type: "allocation.late_arrivals",
    payload: { subtableIds: [...new Set(placed.map((s) => s.subtableId))], count: placed.length },
  });
}

/**
 * At the desk: someone checked in after the allocation was saved (a walk-in, or anyone when the allocation
 * seated only who was present) gets a seat at once, so the desk can tell them where to sit. With every
 * table full they stay unseated (the operator raises a capacity and seats them from the allocation screen).
 */
export async function seatOnArrival(
  tx: Tx,
  assemblyId: string,
  registrationId: string,
  userId: string,
): Promise<PlacedSeat | null> {
  if (!(await currentRun(tx, assemblyId))) return null;
  try {
    const [seat] = await tx.transaction((savepoint) =>
      placeLateArrivals(savepoint, assemblyId, [registrationId], userId),
    );
    if (!seat) return null;
    await announceSeats(tx, assemblyId, [seat]);
    return seat;
  } catch (error) {
    if (error instanceof AppError && error.code === "allocation.no_room") return null;
    throw error;
  }
}
