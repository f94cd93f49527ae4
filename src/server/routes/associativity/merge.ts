// The operator's side of the registry: every organisation with the ways it was written, the pairs that may
// be one organisation, merging two (kept for the next rebuilds through their aliases), and keeping two apart.

import { sql } from "drizzle-orm";
import { possibleDuplicates } from "../../../domain/associativity/dedupe";
import type {
  MergeRecordDto,
  RegistryDto,
  RegistryOrganizationDto,
} from "../../../shared/schemas/associativity";
import { selectRows, type Tx } from "../../db/client";
import { AppError, notFound } from "../../errors";
import { ensureRegistry, refreshOrganizations } from "./registry";
import { toSummary } from "./suggest";

interface RegistryRow {
  id: string;
  name: string;
  source: string;
  type: string | null;
  sector: string | null;
  products_services: string;
  municipality_code: string | null;
  member_count: number;
  nit: string | null;
  declared_names: string[] | null;
}

async function registryOrganizations(db: Tx, assemblyId: string): Promise<RegistryOrganizationDto[]> {
  const rows = await selectRows<RegistryRow>(
    db,
    sql`SELECT o.id, o.name, o.source, o.type, o.sector, o.products_services, o.municipality_code, o.member_count, o.nit,
        (SELECT array_agg(DISTINCT btrim(r.organization_name) ORDER BY btrim(r.organization_name))
         FROM organization_members m JOIN registrations r ON r.id = m.registration_id
         WHERE m.organization_id = o.id) AS declared_names
      FROM organizations o WHERE o.assembly_id = ${assemblyId}`,
  );
  return rows
    .map((row) => ({
      ...toSummary(row),
      nit: row.nit,
      declaredNames: (row.declared_names ?? []).filter((name) => name !== row.name),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "es"));
}

export async function registry(db: Tx, assemblyId: string): Promise<RegistryDto> {
  await ensureRegistry(db, assemblyId);
  const organizations = await registryOrganizations(db, assemblyId);
  const apart = new Set(
    (
      await selectRows<{ first_id: string; second_id: string }>(
        db,
        sql`SELECT first_id, second_id FROM organization_distinct_pairs WHERE assembly_id = ${assemblyId}`,
      )
    ).map((pair) => `${pair.first_id}/${pair.second_id}`),
  );
  const byId = new Map(organizations.map((o) => [o.id, o]));
  const duplicates = possibleDuplicates(organizations.filter((o) => o.source === "registration"))
    .filter((pair) => !apart.has(pairKey(pair.a, pair.b)))
    .map((pair) => ({ first: byId.get(pair.a)!, second: byId.get(pair.b)!, similarity: pair.similarity }));
  const merges = await selectRows<{
    id: string;
    target_name: string;
    merged_name: string;
    merged_by: string | null;
    merged_at: Date | string;
  }>(
    db,
    sql`SELECT g.id, g.target_name, g.merged_name, u.name AS merged_by, g.merged_at
      FROM organization_merges g LEFT JOIN users u ON u.id = g.merged_by
      WHERE g.assembly_id = ${assemblyId} ORDER BY g.merged_at DESC`,
  );
  return {
    organizations,
    duplicates,
    merges: merges.map(
      (m): MergeRecordDto => ({
        id: m.id,
        targetName: m.target_name,
        mergedName: m.merged_name,
        mergedBy: m.merged_by,
        mergedAt: new Date(m.merged_at).toISOString(),
      }),
    ),
  };
}

const pairKey = (a: string, b: string) => (a < b ? `${a}/${b}` : `${b}/${a}`);

interface OrganizationRow {
  id: string;
  name: string;
  source: string;
  nit: string | null;
  member_count: number;
}

async function organizationOf(tx: Tx, assemblyId: string, id: string): Promise<OrganizationRow> {
  const [row] = await selectRows<OrganizationRow>(
    tx,
    sql`SELECT id, name, source, nit, member_count FROM organizations WHERE id = ${id} AND assembly_id = ${assemblyId}`,
  );
  if (!row) throw notFound();
  return row;
}

export interface MergeResult {
  target: OrganizationRow;
  merged: OrganizationRow & { aliases: { kind: string; value: string }[]; registrationIds: string[] };
}

/**
 * Merges one organisation into another: its aliases and members move to the one kept (so the next rebuild
 * keeps them together), what it was is kept in the merge history, and the kept one is recomputed.
 */
export async function mergeOrganizations(
  tx: Tx,
  assemblyId: string,
  targetId: string,
  mergedId: string,
  userId: string | null,
): Promise<MergeResult> {
  if (targetId === mergedId) {
    throw new AppError("associativity.merge_same", {}, { mergedId: "error.associativity.merge_same" });
  }
  const target = await organizationOf(tx, assemblyId, targetId);
  const merged = await organizationOf(tx, assemblyId, mergedId);
  if (target.source === "ally" || merged.source === "ally") throw new AppError("associativity.merge_ally");
  const aliases = await selectRows<{ kind: string; value: string }>(
    tx,
    sql`SELECT kind, value FROM organization_aliases WHERE organization_id = ${mergedId} ORDER BY kind, value`,
  );
  const members = await selectRows<{ registration_id: string }>(
    tx,
    sql`SELECT registration_id FROM organization_members WHERE organization_id = ${mergedId} ORDER BY registration_id`,
  );
  const snapshot = { ...merged, aliases, registrationIds: members.map((m) => m.registration_id) };

  await tx.execute(sql`
    INSERT INTO organization_aliases (assembly_id, organization_id, kind, value)
    SELECT assembly_id, ${targetId}, kind, value FROM organization_aliases WHERE organization_id = ${mergedId}
    ON CONFLICT (organization_id, kind, value) DO NOTHING`);
  await tx.execute(
    sql`UPDATE organization_members SET organization_id = ${targetId} WHERE organization_id = ${mergedId}`,
  );
  await tx.execute(sql`
    INSERT INTO organization_merges (assembly_id, target_id, target_name, merged_name, merged, merged_by)
    VALUES (${assemblyId}, ${targetId}, ${target.name}, ${merged.name}, ${JSON.stringify(snapshot)}::jsonb, ${userId})`);
  await tx.execute(sql`DELETE FROM organizations WHERE id = ${mergedId}`);
  await refreshOrganizations(tx, assemblyId, [targetId]);
  return { target, merged: snapshot };
}

/** Records that two organisations are different, so they are no longer offered as possible duplicates. */
export async function keepApart(
  tx: Tx,
  assemblyId: string,
  firstId: string,
  secondId: string,
  userId: string | null,
): Promise<void> {
  if (firstId === secondId) {
    throw new AppError("associativity.merge_same", {}, { secondId: "error.associativity.merge_same" });
  }
  await organizationOf(tx, assemblyId, firstId);
  await organizationOf(tx, assemblyId, secondId);
  const [first, second] = firstId < secondId ? [firstId, secondId] : [secondId, firstId];
  await tx.execute(sql`
    INSERT INTO organization_distinct_pairs (assembly_id, first_id, second_id, decided_by)
    VALUES (${assemblyId}, ${first}, ${second}, ${userId})
    ON CONFLICT (first_id, second_id) DO NOTHING`);
}
