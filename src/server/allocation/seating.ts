// The allocation as it stands: sub-tables, seats, leaders, codes; and how it is shown to each reader.

import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { TableAllocation } from "../../domain/allocation/allocate";
import type { TableSpec } from "../../domain/allocation/participant";
import { type Lang, translate } from "../../shared/i18n";
import type {
  CompositionDto,
  CountDto,
  MemberDto,
  TableAllocationDto,
} from "../../shared/schemas/allocation";
import type { Tx } from "../db/client";
import { joinCodes, seats, subtables, tableSpokespeople, userScopes, users } from "../db/schema";
import { divipola } from "../places";
import { listTables } from "../routes/assemblies/store";
import type { Registrant } from "./people";

export interface TableInfo {
  id: string;
  position: number;
  name: string;
  definition: string;
  axisCode: string | null;
  color: string;
  capacity: number;
}

/** The tables people can be seated at, in display order. */
export async function enabledTables(db: Tx, assemblyId: string): Promise<TableInfo[]> {
  return (await listTables(db, assemblyId))
    .filter((table) => table.enabled)
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

export const tableSpecs = (tables: readonly TableInfo[]): TableSpec[] =>
  tables.map((table) => ({ id: table.id, axis: table.axisCode, capacity: table.capacity }));

/** A sub-table as saved, or as a preview proposes it (no id, no leader, no code). */
export interface SubtableView {
  id: string | null;
  tableId: string;
  position: number;
  label: string;
  leader: { registrationId: string; status: "suggested" | "confirmed" } | null;
  joinCode: string | null;
  /** Registration ids in place order, with their place numbers. */
  members: { registrationId: string; place: number }[];
}

export interface TableExtras {
  leaders: Map<string, { userId: string; name: string }[]>;
  spokespeople: Map<string, string>;
}

export const subtableLabel = (tablePosition: number, position: number) => `${tablePosition}.${position}`;

/** The saved sub-tables of an assembly with their members, leaders and active codes. */
export async function savedSubtables(db: Tx, assemblyId: string): Promise<SubtableView[]> {
  const [rows, seatRows, codes] = await Promise.all([
    db
      .select()
      .from(subtables)
      .where(eq(subtables.assemblyId, assemblyId))
      .orderBy(asc(subtables.tableId), asc(subtables.position)),
    db
      .select({ registrationId: seats.registrationId, subtableId: seats.subtableId, place: seats.place })
      .from(seats)
      .where(eq(seats.assemblyId, assemblyId))
      .orderBy(asc(seats.place)),
    db
      .select({ subtableId: joinCodes.subtableId, code: joinCodes.code })
      .from(joinCodes)
      .where(and(eq(joinCodes.assemblyId, assemblyId), isNull(joinCodes.revokedAt))),
  ]);
  const codeOf = new Map(codes.map((c) => [c.subtableId, c.code]));
  const membersOf = new Map<string, { registrationId: string; place: number }[]>();
  for (const seat of seatRows) {
    const list = membersOf.get(seat.subtableId) ?? [];
    list.push({ registrationId: seat.registrationId, place: seat.place });
    membersOf.set(seat.subtableId, list);
  }
  return rows.map((row) => ({
    id: row.id,
    tableId: row.tableId,
    position: row.position,
    label: row.label,
    leader:
      row.leaderRegistrationId && (row.leaderStatus === "suggested" || row.leaderStatus === "confirmed")
        ? { registrationId: row.leaderRegistrationId, status: row.leaderStatus }
        : null,
    joinCode: codeOf.get(row.id) ?? null,
    members: membersOf.get(row.id) ?? [],
  }));
}

/** The domain's shape of the saved seats, for summaries and late arrivals. */
export function asAllocation(
  tables: readonly TableInfo[],
  views: readonly SubtableView[],
): TableAllocation[] {
  return tables.map((table) => ({
    tableId: table.id,
    subtables: views
      .filter((view) => view.tableId === table.id)
      .sort((a, b) => a.position - b.position)
      .map((view) => view.members.map((member) => member.registrationId)),
  }));
}

/** Table leaders (staff scoped to the table) and spokespeople of an assembly's tables. */
export async function tableExtras(
  db: Tx,
  assemblyId: string,
  tableIds: readonly string[],
): Promise<TableExtras> {
  if (tableIds.length === 0) return { leaders: new Map(), spokespeople: new Map() };
  const [leaderRows, spokespeople] = await Promise.all([
    db
      .selectDistinct({ tableId: userScopes.tableId, userId: users.id, name: users.name })
      .from(userScopes)
      .innerJoin(users, eq(users.id, userScopes.userId))
      .where(
        and(
          inArray(userScopes.tableId, [...tableIds]),
          eq(users.role, "group_leader"),
          eq(users.active, true),
        ),
      )
      .orderBy(asc(users.name)),
    db
      .select({ tableId: tableSpokespeople.tableId, registrationId: tableSpokespeople.registrationId })
      .from(tableSpokespeople)
      .where(eq(tableSpokespeople.assemblyId, assemblyId)),
  ]);
  const leaders = new Map<string, { userId: string; name: string }[]>();
  for (const row of leaderRows) {
    if (!row.tableId) continue;
    const list = leaders.get(row.tableId) ?? [];
    list.push({ userId: row.userId, name: row.name });
    leaders.set(row.tableId, list);
  }
  return { leaders, spokespeople: new Map(spokespeople.map((s) => [s.tableId, s.registrationId])) };
}

export interface PresentOptions {
  lang: Lang;
  /** May this reader see the names of the table's people? */
  names: (tableId: string) => boolean;
  /** May this reader see the table's join codes? */
  codes: (tableId: string) => boolean;
}

const fullName = (r: Registrant) => `${r.firstNames} ${r.lastNames}`;

function counts(values: string[], label: (code: string) => string): CountDto[] {
  const tally = new Map<string, number>();
  for (const value of values) tally.set(value, (tally.get(value) ?? 0) + 1);
  return [...tally]
    .map(([code, count]) => ({ code, label: label(code), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "es"));
}

export function composition(people: readonly Registrant[], lang: Lang): CompositionDto {
  const places = divipola();
  const organizations = new Map<string, number>();
  for (const { participant } of people) {
    if (participant.organization !== null) {
      organizations.set(participant.organization, (organizations.get(participant.organization) ?? 0) + 1);
    }
  }
  return {
    people: people.length,
    knowsPit: people.filter((r) => r.participant.knowsPit).length,
    organizations: organizations.size,
    largestOrganization: Math.max(0, ...organizations.values()),
    municipalities: counts(
      people.map((r) => r.municipalityCode),
      (code) => places.municipality(code)?.name ?? code,
    ),
    populationGroups: counts(
      people.flatMap((r) => r.participant.populationGroups),
      (code) => translate(lang, `catalog.populationGroup.${code}`),
    ),
    sexes: counts(
      people.map((r) => r.participant.sex),
      (code) => translate(lang, `catalog.sex.${code}`),
    ),
    ageBands: counts(
      people.map((r) => r.participant.ageBand),
      (code) => translate(lang, `allocation.ageBand.${code}`),
    ),
  };
}

/** The tables as one reader may see them: names and codes only where the reader's role allows. */
export function presentTables(
  tables: readonly TableInfo[],
  views: readonly SubtableView[],
  people: ReadonlyMap<string, Registrant>,
  extras: TableExtras,
  options: PresentOptions,
): TableAllocationDto[] {
  const places = divipola();
  const nameOf = (id: string) => {
    const person = people.get(id);
    return person ? fullName(person) : "";
  };
  return tables.map((table) => {
    const names = options.names(table.id);
    const own = views.filter((view) => view.tableId === table.id).sort((a, b) => a.position - b.position);
    const membersOf = (view: SubtableView) =>
      view.members.flatMap((m) => {
        const person = people.get(m.registrationId);
        return person ? [person] : [];
      });
    const spokesperson = extras.spokespeople.get(table.id);
    return {
      ...table,
      leaders: extras.leaders.get(table.id) ?? [],
      spokesperson:
        spokesperson && names ? { registrationId: spokesperson, name: nameOf(spokesperson) } : null,
      composition: composition(own.flatMap(membersOf), options.lang),
      subtables: own.map((view) => ({
        id: view.id,
        position: view.position,
        label: view.label,
        composition: composition(membersOf(view), options.lang),
        leader:
          view.leader && names
            ? {
                registrationId: view.leader.registrationId,
                name: nameOf(view.leader.registrationId),
                status: view.leader.status,
              }
            : null,
        joinCode: options.codes(table.id) ? view.joinCode : null,
        members: names
          ? view.members.flatMap(({ registrationId, place }): MemberDto[] => {
              const person = people.get(registrationId);
              if (!person) return [];
              return [
                {
                  registrationId,
                  place,
                  firstNames: person.firstNames,
                  lastNames: person.lastNames,
                  organizationName: person.organizationName,
                  municipalityName:
                    places.municipality(person.municipalityCode)?.name ?? person.municipalityCode,
                  knowsPit: person.participant.knowsPit,
                },
              ];
            })
          : [],
      })),
    };
  });
}
