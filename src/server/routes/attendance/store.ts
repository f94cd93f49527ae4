import { and, eq, isNull } from "drizzle-orm";
import {
  ARRIVAL_BUCKET_MINUTES,
  type AttendanceBreakdown,
  summarizeAttendance,
} from "../../../domain/checkin/attendance";
import type { AttendanceBreakdownDto, AttendanceDto } from "../../../shared/schemas/attendance";
import type { Tx } from "../../db/client";
import { agreements, assemblies, checkIns, registrations } from "../../db/schema";
import { notFound } from "../../errors";
import { divipola } from "../../places";

const labelled = (rows: AttendanceBreakdown[], label: (key: string) => string): AttendanceBreakdownDto[] =>
  rows.map((row) => ({ ...row, label: label(row.key) }));

/** The live attendance of one assembly: totals, arrivals per 10 minutes and the breakdowns. */
export async function attendance(db: Tx, assemblyId: string): Promise<AttendanceDto> {
  const [assembly] = await db
    .select({ name: assemblies.name, legend: agreements.legend })
    .from(assemblies)
    .innerJoin(agreements, eq(agreements.id, assemblies.agreementId))
    .where(eq(assemblies.id, assemblyId));
  if (!assembly) throw notFound();
  const facts = await db
    .select({
      sex: registrations.sex,
      municipalityCode: registrations.municipalityCode,
      populationGroups: registrations.populationGroups,
      checkedInAt: checkIns.at,
      walkIn: checkIns.walkIn,
    })
    .from(registrations)
    .leftJoin(checkIns, and(eq(checkIns.registrationId, registrations.id), isNull(checkIns.undoneAt)))
    .where(eq(registrations.assemblyId, assemblyId));
  const summary = summarizeAttendance(facts.map((fact) => ({ ...fact, walkIn: fact.walkIn ?? false })));
  const places = divipola();
  return {
    assemblyId,
    assemblyName: assembly.name,
    legend: assembly.legend,
    registered: summary.registered,
    present: summary.present,
    walkIns: summary.walkIns,
    bucketMinutes: ARRIVAL_BUCKET_MINUTES,
    arrivals: summary.arrivals,
    bySex: labelled(summary.bySex, (key) => key),
    byMunicipality: labelled(summary.byMunicipality, (key) => places.municipality(key)?.name ?? key),
    byPopulationGroup: labelled(summary.byPopulationGroup, (key) => key),
  };
}
