import { and, asc, eq, isNull } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { Tx } from "../../db/client";
import { agreements, assemblies, assemblyTables, joinCodes, subtables } from "../../db/schema";
import { renderPuzzleSheets } from "../../documents/puzzle-sheet";
import { AppError, notFound } from "../../errors";

/** The paper sheets of one sub-table, one table's sub-tables, or every sub-table of an assembly. */
export async function sheetsPdf(
  db: Tx,
  request: FastifyRequest,
  assemblyId: string,
  only: { subtableId?: string; tableId?: string },
): Promise<Buffer> {
  const [assembly] = await db
    .select({ name: assemblies.name, legend: agreements.legend })
    .from(assemblies)
    .innerJoin(agreements, eq(agreements.id, assemblies.agreementId))
    .where(eq(assemblies.id, assemblyId));
  if (!assembly) throw notFound();
  const rows = await db
    .select({
      label: subtables.label,
      tableName: assemblyTables.name,
      tablePosition: assemblyTables.position,
      definition: assemblyTables.definition,
      color: assemblyTables.color,
      code: joinCodes.code,
    })
    .from(subtables)
    .innerJoin(assemblyTables, eq(assemblyTables.id, subtables.tableId))
    .leftJoin(joinCodes, and(eq(joinCodes.subtableId, subtables.id), isNull(joinCodes.revokedAt)))
    .where(
      and(
        eq(subtables.assemblyId, assemblyId),
        only.subtableId ? eq(subtables.id, only.subtableId) : undefined,
        only.tableId ? eq(subtables.tableId, only.tableId) : undefined,
      ),
    )
    .orderBy(asc(assemblyTables.position), asc(subtables.position));
  if (rows.length === 0) throw new AppError("puzzle.no_subtables");
  const origin = `${request.protocol}://${request.host}`;
  return renderPuzzleSheets(
    rows.map((row) => ({
      assemblyName: assembly.name,
      tableName: row.tableName,
      tablePosition: row.tablePosition,
      definition: row.definition,
      color: row.color,
      subtableLabel: row.label,
      join: row.code ? { code: row.code, url: `${origin}/unirse/${row.code}` } : null,
    })),
    { legend: assembly.legend, lang: request.lang },
  );
}
