import { and, asc, eq, inArray } from "drizzle-orm";
import { seatsOf } from "../../allocation/seat";
import type { Tx } from "../../db/client";
import { agreements, assemblies, registrations } from "../../db/schema";
import type { Badge } from "../../documents/badges";
import { notFound } from "../../errors";
import { issueCredentials } from "../../registration/credential";

/** The assembly's name and convenio legend, printed on every badge. */
export async function badgeHeading(db: Tx, assemblyId: string): Promise<{ name: string; legend: string }> {
  const [row] = await db
    .select({ name: assemblies.name, legend: agreements.legend })
    .from(assemblies)
    .innerJoin(agreements, eq(agreements.id, assemblies.agreementId))
    .where(eq(assemblies.id, assemblyId));
  if (!row) throw notFound();
  return row;
}

/**
 * The badges of the given registrations of the assembly (all of them when none are given), by surname; a
 * registration of another assembly is not found.
 */
export async function badgesOf(
  db: Tx,
  assemblyId: string,
  registrationIds: string[] | null,
): Promise<Badge[]> {
  const rows = await db
    .select({
      id: registrations.id,
      firstNames: registrations.firstNames,
      lastNames: registrations.lastNames,
      organizationName: registrations.organizationName,
    })
    .from(registrations)
    .where(
      and(
        eq(registrations.assemblyId, assemblyId),
        registrationIds ? inArray(registrations.id, registrationIds) : undefined,
      ),
    )
    .orderBy(asc(registrations.lastNames), asc(registrations.firstNames));
  if (registrationIds && rows.length !== new Set(registrationIds).size) throw notFound();
  const ids = rows.map((row) => row.id);
  const [seats, credentials] = await Promise.all([seatsOf(db, ids), issueCredentials(db, ids)]);
  return rows.map((row) => {
    const seat = seats.get(row.id);
    return {
      firstNames: row.firstNames,
      lastNames: row.lastNames,
      organizationName: row.organizationName,
      seat: seat
        ? { tableName: seat.tableName, tablePosition: seat.tablePosition, subtableLabel: seat.subtableLabel }
        : null,
      credential: credentials.get(row.id)!,
    };
  });
}
