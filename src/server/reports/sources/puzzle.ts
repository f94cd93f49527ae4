import { sql } from "drizzle-orm";
import type { PuzzleFacts } from "../../../domain/reports/participation";
import { selectRows, type Tx } from "../../db/client";

export interface AxisLabel {
  key: string;
  label: string;
}

const idList = (ids: readonly string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/**
 * Momento 4 of the assemblies: sub-tables and their need, solution and work-plan pieces. A need's axis is its
 * table's national axis code, or `table:<name>` for a local table without one.
 */
export async function puzzleFacts(db: Tx, assemblyIds: readonly string[]): Promise<PuzzleFacts> {
  if (assemblyIds.length === 0) return { subtables: [], needs: [], solutions: [], planItems: [] };
  const ids = idList(assemblyIds);
  const [subtables, needs, solutions, planItems] = await Promise.all([
    selectRows<{ id: string; assemblyId: string }>(
      db,
      sql`SELECT id, assembly_id AS "assemblyId" FROM subtables WHERE assembly_id IN (${ids})`,
    ),
    selectRows<{ id: string; subtableId: string; axis: string }>(
      db,
      sql`SELECT n.id, n.subtable_id AS "subtableId", coalesce(x.code, 'table:' || t.name) AS axis
        FROM puzzle_needs n
        JOIN assembly_tables t ON t.id = n.table_id
        LEFT JOIN axes x ON x.id = t.axis_id
        WHERE n.assembly_id IN (${ids})`,
    ),
    selectRows<{ id: string; needId: string; cooperationForm: string; organizations: number }>(
      db,
      sql`SELECT id, need_id AS "needId", cooperation_form AS "cooperationForm",
          cardinality(organizations) AS organizations
        FROM puzzle_solutions WHERE assembly_id IN (${ids})`,
    ),
    selectRows<{ solutionId: string; owner: string; due: string }>(
      db,
      sql`SELECT solution_id AS "solutionId", owner, due FROM puzzle_plan_items WHERE assembly_id IN (${ids})`,
    ),
  ]);
  return { subtables, needs, solutions, planItems };
}

/** The national axes in their order, with their names: the rows of "needs per axis". */
export async function axisLabels(db: Tx): Promise<AxisLabel[]> {
  return selectRows<AxisLabel>(db, sql`SELECT code AS key, name AS label FROM axes ORDER BY position`);
}
