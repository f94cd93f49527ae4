import { sql } from "drizzle-orm";
import { selectRows, type Tx } from "../../db/client";

/** A closed plenary vote: on one table's agenda, or on the whole agenda (no table). */
export interface ClosedVote {
  id: string;
  assemblyId: string;
  assemblyName: string;
  tableName: string | null;
  outcome: string;
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
}

/** Momento 5 of the assemblies: the approval votes that were closed, in the order they were held. */
export async function closedVotes(db: Tx, assemblyIds: readonly string[]): Promise<ClosedVote[]> {
  if (assemblyIds.length === 0) return [];
  const ids = sql.join(
    assemblyIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return selectRows<ClosedVote>(
    db,
    sql`SELECT v.id, v.assembly_id AS "assemblyId", a.name AS "assemblyName", t.name AS "tableName",
        v.outcome, coalesce(v.votes_for, 0) AS "votesFor", coalesce(v.votes_against, 0) AS "votesAgainst",
        coalesce(v.votes_abstain, 0) AS "votesAbstain"
      FROM plenary_votes v
      JOIN assemblies a ON a.id = v.assembly_id
      LEFT JOIN assembly_tables t ON t.id = v.table_id
      WHERE v.status = 'closed' AND v.outcome IS NOT NULL AND v.assembly_id IN (${ids})
      ORDER BY a.date, a.name, v.closed_at`,
  );
}
