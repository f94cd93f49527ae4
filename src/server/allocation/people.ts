import { and, eq, inArray, isNull, type SQL } from "drizzle-orm";
import { ageBand, organizationKey, type Participant } from "../../domain/allocation/participant";
import type { AllocationSource } from "../../shared/schemas/allocation";
import type { Tx } from "../db/client";
import { assemblies, checkIns, registrations } from "../db/schema";

/** A registered person as allocation, rosters and the table views need them. */
export interface Registrant {
  participant: Participant;
  firstNames: string;
  lastNames: string;
  organizationName: string | null;
  organizationRole: string | null;
  municipalityCode: string;
}

const columns = {
  id: registrations.id,
  firstNames: registrations.firstNames,
  lastNames: registrations.lastNames,
  birthDate: registrations.birthDate,
  sex: registrations.sex,
  municipalityCode: registrations.municipalityCode,
  populationGroups: registrations.populationGroups,
  organizationName: registrations.organizationName,
  organizationNit: registrations.organizationNit,
  organizationRole: registrations.organizationRole,
  preferredAxes: registrations.preferredAxes,
  knowsPit: registrations.knowsPit,
};

/** The registrations of an assembly with an active (not undone) check-in, as a subquery. */
export function checkedInIds(db: Tx, assemblyId: string) {
  return db
    .select({ id: checkIns.registrationId })
    .from(checkIns)
    .where(and(eq(checkIns.assemblyId, assemblyId), isNull(checkIns.undoneAt)));
}

/**
 * The people of an assembly: everyone registered, or only those checked in, or the ids given. The age band
 * is computed on the assembly's date.
 */
export async function loadRegistrants(
  db: Tx,
  assemblyId: string,
  who: AllocationSource | { ids: readonly string[] },
): Promise<Registrant[]> {
  const [assembly] = await db
    .select({ date: assemblies.date })
    .from(assemblies)
    .where(eq(assemblies.id, assemblyId));
  if (!assembly) return [];
  let filter: SQL | undefined;
  if (typeof who === "object") {
    if (who.ids.length === 0) return [];
    filter = inArray(registrations.id, [...who.ids]);
  } else if (who === "checked_in") {
    filter = inArray(registrations.id, checkedInIds(db, assemblyId));
  }
  const rows = await db
    .select(columns)
    .from(registrations)
    .where(and(eq(registrations.assemblyId, assemblyId), filter));
  return rows.map((row) => ({
    participant: {
      id: row.id,
      preferredAxes: row.preferredAxes,
      organization: organizationKey(row.organizationName, row.organizationNit),
      municipality: row.municipalityCode,
      populationGroups: row.populationGroups,
      sex: row.sex,
      ageBand: ageBand(row.birthDate, assembly.date),
      knowsPit: row.knowsPit,
    },
    firstNames: row.firstNames,
    lastNames: row.lastNames,
    organizationName: row.organizationName,
    organizationRole: row.organizationRole,
    municipalityCode: row.municipalityCode,
  }));
}

/** The registration ids of the source: everyone registered, or those checked in. */
export async function sourceIds(db: Tx, assemblyId: string, source: AllocationSource): Promise<string[]> {
  const rows = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(
      and(
        eq(registrations.assemblyId, assemblyId),
        source === "checked_in" ? inArray(registrations.id, checkedInIds(db, assemblyId)) : undefined,
      ),
    );
  return rows.map((row) => row.id);
}
