import { sql } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { policies } from "../../../shared/policies";
import { resolveSubtableCapability } from "../../allocation/capability";
import { authorize } from "../../auth/authorize";
import { selectRows, type Tx } from "../../db/client";
import { AppError, notFound } from "../../errors";
import { assemblyScope } from "../assemblies/store";

/**
 * Suggestions for a typed need: staff who may read the assembly's associativity, or a sub-table's phone of
 * this assembly (its join token). A phone of another assembly gets 404.
 */
export async function assemblySuggestionAccess(
  db: Tx,
  request: FastifyRequest,
  assemblyId: string,
): Promise<void> {
  const scope = await assemblyScope(db, assemblyId);
  const capability = await resolveSubtableCapability(request);
  if (capability?.assemblyId === assemblyId) return;
  if (request.actor) return authorize(request.actor, policies.readAssociativity, scope);
  if (capability) throw notFound();
  throw new AppError("auth.required");
}

export interface NeedRef {
  id: string;
  assemblyId: string;
  agreementId: string;
  tableId: string;
  subtableId: string;
  title: string;
  description: string;
  axisCode: string | null;
  /** What the sub-table already named in the need's solution. */
  cooperating: string[];
}

async function needRef(db: Tx, needId: string): Promise<NeedRef> {
  const [row] = await selectRows<{
    id: string;
    assembly_id: string;
    agreement_id: string;
    table_id: string;
    subtable_id: string;
    title: string;
    description: string;
    axis_code: string | null;
    organizations: string[] | null;
  }>(
    db,
    sql`SELECT n.id, n.assembly_id, a.agreement_id, n.table_id, n.subtable_id, n.title, n.description,
        x.code AS axis_code, s.organizations
      FROM puzzle_needs n
      JOIN assemblies a ON a.id = n.assembly_id
      JOIN assembly_tables t ON t.id = n.table_id
      LEFT JOIN axes x ON x.id = t.axis_id
      LEFT JOIN puzzle_solutions s ON s.need_id = n.id
      WHERE n.id = ${needId}`,
  );
  if (!row) throw notFound();
  return {
    id: row.id,
    assemblyId: row.assembly_id,
    agreementId: row.agreement_id,
    tableId: row.table_id,
    subtableId: row.subtable_id,
    title: row.title,
    description: row.description,
    axisCode: row.axis_code,
    cooperating: row.organizations ?? [],
  };
}

/**
 * Suggestions for a need of the puzzle: the phone of the need's own sub-table (another sub-table's phone gets
 * 404, as if the need did not exist), or staff who may read the assembly's associativity.
 */
export async function needSuggestionAccess(
  db: Tx,
  request: FastifyRequest,
  needId: string,
): Promise<NeedRef> {
  const need = await needRef(db, needId);
  const capability = await resolveSubtableCapability(request);
  if (capability?.subtableId === need.subtableId) return need;
  if (request.actor) {
    authorize(request.actor, policies.readAssociativity, {
      agreementId: need.agreementId,
      assemblyId: need.assemblyId,
      tableId: need.tableId,
    });
    return need;
  }
  if (capability) throw notFound();
  throw new AppError("auth.required");
}

/** The axis code of one of the assembly's tables; null for a local table or a table of another assembly. */
export async function tableAxis(db: Tx, assemblyId: string, tableId: string): Promise<string | null> {
  const [row] = await selectRows<{ code: string }>(
    db,
    sql`SELECT x.code FROM assembly_tables t JOIN axes x ON x.id = t.axis_id
      WHERE t.id = ${tableId} AND t.assembly_id = ${assemblyId}`,
  );
  return row?.code ?? null;
}
