import { and, asc, eq, gte, inArray, lte, type SQL } from "drizzle-orm";
import type { AssemblyStatus } from "../../../shared/schemas/assembly";
import type { ReportFilters } from "../../../shared/schemas/report";
import type { Tx } from "../../db/client";
import { agreements, assemblies } from "../../db/schema";

/** An assembly as a report lists it, with its convenio. */
export interface ReportAssembly {
  id: string;
  name: string;
  agreementId: string;
  agreementNumber: string;
  agreementYear: number;
  partnerName: string;
  legend: string;
  status: AssemblyStatus;
  date: string;
  departmentCode: string;
  municipalityCode: string;
}

/**
 * The assemblies a report covers: those matching the filters, within `agreementIds` when given (the
 * convenios the reader may see). Oldest first.
 */
export async function reportAssemblies(
  db: Tx,
  filters: ReportFilters,
  agreementIds: readonly string[] | null,
): Promise<ReportAssembly[]> {
  const conditions: (SQL | undefined)[] = [
    agreementIds
      ? inArray(assemblies.agreementId, [...agreementIds, "00000000-0000-0000-0000-000000000000"])
      : undefined,
    filters.agreementId ? eq(assemblies.agreementId, filters.agreementId) : undefined,
    filters.assemblyId ? eq(assemblies.id, filters.assemblyId) : undefined,
    filters.departmentCode ? eq(assemblies.departmentCode, filters.departmentCode) : undefined,
    filters.from ? gte(assemblies.date, filters.from) : undefined,
    filters.to ? lte(assemblies.date, filters.to) : undefined,
  ];
  const rows = await db
    .select({
      id: assemblies.id,
      name: assemblies.name,
      agreementId: assemblies.agreementId,
      agreementNumber: agreements.number,
      agreementYear: agreements.year,
      partnerName: agreements.partnerName,
      legend: agreements.legend,
      status: assemblies.status,
      date: assemblies.date,
      departmentCode: assemblies.departmentCode,
      municipalityCode: assemblies.municipalityCode,
    })
    .from(assemblies)
    .innerJoin(agreements, eq(agreements.id, assemblies.agreementId))
    .where(and(...conditions))
    .orderBy(asc(assemblies.date), asc(assemblies.name));
  return rows.map((row) => ({ ...row, status: row.status as AssemblyStatus }));
}
