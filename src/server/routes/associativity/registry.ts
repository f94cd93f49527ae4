// The organisations registry of an assembly: built from what participants declared (de-duplicated by NIT and
// normalised name) and from the allies of Momento 2. It is rebuilt on read whenever registrations or allies
// changed since the last build, so no other feature has to remember to call it.

import { sql } from "drizzle-orm";
import {
  acronymOf,
  assignOrganizations,
  type KnownOrganization,
  nitBase,
  organizationNameKey,
} from "../../../domain/associativity/dedupe";
import { profileOrganization } from "../../../domain/associativity/profile";
import type { EconomicSector, OrganizationType } from "../../../domain/registration/catalog";
import { selectRows, type Tx } from "../../db/client";

interface DeclarationRow {
  id: string;
  organization_name: string;
  organization_nit: string | null;
  current: string | null;
}

/** What the registry depends on: registrations (their change counter) and allies (count and latest change). */
async function fingerprint(db: Tx, assemblyId: string): Promise<string> {
  const [row] = await selectRows<{ fingerprint: string }>(
    db,
    sql`SELECT
      coalesce((SELECT version::text FROM registration_changes WHERE assembly_id = ${assemblyId}), '0')
      || '|' ||
      (SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') FROM allies WHERE assembly_id = ${assemblyId})
      AS fingerprint`,
  );
  return row?.fingerprint ?? "";
}

async function storedFingerprint(db: Tx, assemblyId: string): Promise<string | null> {
  const [row] = await selectRows<{ fingerprint: string }>(
    db,
    sql`SELECT fingerprint FROM organization_registry_state WHERE assembly_id = ${assemblyId}`,
  );
  return row?.fingerprint ?? null;
}

/** Rebuilds the registry when registrations or allies changed since it was last built. */
export async function ensureRegistry(db: Tx, assemblyId: string): Promise<void> {
  if ((await storedFingerprint(db, assemblyId)) === (await fingerprint(db, assemblyId))) return;
  await db.transaction(async (tx) => {
    // Two requests finding it stale at once build it once: the second waits, then sees it fresh.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(7412010, hashtext(${assemblyId}))`);
    const current = await fingerprint(tx, assemblyId);
    if ((await storedFingerprint(tx, assemblyId)) === current) return;
    await linkDeclarations(tx, assemblyId);
    await syncAllies(tx, assemblyId);
    await refreshOrganizations(tx, assemblyId);
    // The planner needs fresh statistics to pick the full-text index (embedded PGlite has no autovacuum).
    await tx.execute(sql`ANALYZE organizations, organization_aliases`);
    await tx.execute(sql`
      INSERT INTO organization_registry_state (assembly_id, fingerprint) VALUES (${assemblyId}, ${current})
      ON CONFLICT (assembly_id) DO UPDATE SET fingerprint = excluded.fingerprint, synced_at = now()`);
  });
}

/** The organisations the aliases know, for the de-duplication to match declarations against. */
export async function knownOrganizations(db: Tx, assemblyId: string): Promise<KnownOrganization[]> {
  const organizations = await selectRows<{ id: string; member_count: number }>(
    db,
    sql`SELECT id, member_count FROM organizations WHERE assembly_id = ${assemblyId} AND source = 'registration' ORDER BY created_at, id`,
  );
  const aliases = await selectRows<{ organization_id: string; kind: string; value: string }>(
    db,
    sql`SELECT organization_id, kind, value FROM organization_aliases WHERE assembly_id = ${assemblyId} ORDER BY id`,
  );
  const byId = new Map<string, KnownOrganization>(
    organizations.map((o) => [o.id, { id: o.id, keys: [], acronyms: [], nits: [], members: o.member_count }]),
  );
  for (const alias of aliases) {
    const organization = byId.get(alias.organization_id);
    if (!organization) continue;
    (alias.kind === "name"
      ? organization.keys
      : alias.kind === "acronym"
        ? organization.acronyms
        : organization.nits
    ).push(alias.value);
  }
  return [...byId.values()];
}

/** Links every registration that declares an organisation to its organisation, creating the new ones. */
async function linkDeclarations(tx: Tx, assemblyId: string): Promise<void> {
  const declarations = await selectRows<DeclarationRow>(
    tx,
    sql`SELECT r.id, r.organization_name, r.organization_nit, m.organization_id AS current
      FROM registrations r LEFT JOIN organization_members m ON m.registration_id = r.id
      WHERE r.assembly_id = ${assemblyId} AND r.organization_type <> 'sin_organizacion'
        AND coalesce(btrim(r.organization_name), '') <> ''
      ORDER BY r.created_at, r.id`,
  );
  const { organizationIds, added } = assignOrganizations(
    declarations.map((d) => ({ name: d.organization_name, nit: d.organization_nit, current: d.current })),
    await knownOrganizations(tx, assemblyId),
  );

  const refs = [...new Set(organizationIds.filter((id) => id.startsWith("new:")))];
  const created = new Map<string, string>();
  if (refs.length > 0) {
    // The ref is a placeholder name until refreshOrganizations writes the real one.
    const rows = await selectRows<{ id: string; name: string }>(
      tx,
      sql`INSERT INTO organizations (assembly_id, source, name)
        SELECT ${assemblyId}, 'registration', ref FROM jsonb_array_elements_text(${JSON.stringify(refs)}::jsonb) AS ref
        RETURNING id, name`,
    );
    for (const row of rows) created.set(row.name, row.id);
  }
  const resolve = (id: string) => created.get(id) ?? id;

  if (added.length > 0) {
    await tx.execute(sql`
      INSERT INTO organization_aliases (assembly_id, organization_id, kind, value)
      SELECT ${assemblyId}, v.organization_id, v.kind, v.value
      FROM jsonb_to_recordset(${JSON.stringify(added.map((a) => ({ ...a, organization_id: resolve(a.organizationId) })))}::jsonb)
        AS v(organization_id uuid, kind text, value text)
      ON CONFLICT (organization_id, kind, value) DO NOTHING`);
  }

  const links = declarations.map((d, i) => ({
    registration_id: d.id,
    organization_id: resolve(organizationIds[i]!),
  }));
  const changed = links.filter((link, i) => link.organization_id !== declarations[i]!.current);
  if (changed.length > 0) {
    await tx.execute(sql`
      INSERT INTO organization_members (registration_id, organization_id, assembly_id)
      SELECT v.registration_id, v.organization_id, ${assemblyId}
      FROM jsonb_to_recordset(${JSON.stringify(changed)}::jsonb) AS v(registration_id uuid, organization_id uuid)
      ON CONFLICT (registration_id) DO UPDATE SET organization_id = excluded.organization_id`);
  }
  // A registration edited to declare no organisation leaves its old one.
  await tx.execute(sql`
    DELETE FROM organization_members m
    WHERE m.assembly_id = ${assemblyId}
      AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements_text(${JSON.stringify(links.map((l) => l.registration_id))}::jsonb) AS kept(id)
                      WHERE kept.id::uuid = m.registration_id)`);
}

interface AllyRow {
  id: string;
  institution: string;
  kind: string;
  offer: string;
  pit_contribution: string;
}

/** One organisation per ally, its offer and contribution to the PIT as what it brings. */
async function syncAllies(tx: Tx, assemblyId: string): Promise<void> {
  const allies = await selectRows<AllyRow>(
    tx,
    sql`SELECT id, institution, kind, offer, pit_contribution FROM allies WHERE assembly_id = ${assemblyId}`,
  );
  if (allies.length === 0) return;
  const values = allies.map((ally) => {
    const productsServices = [ally.offer, ally.pit_contribution]
      .map((t) => t.trim())
      .filter(Boolean)
      .join(". ");
    const profile = profileOrganization({
      name: ally.institution,
      productsServices,
      type: null,
      sector: null,
      allyKind: ally.kind,
    });
    return {
      ally_id: ally.id,
      name: ally.institution,
      ally_kind: ally.kind,
      products_services: productsServices,
      chains: profile.chains,
      capacities: profile.capacities,
    };
  });
  const rows = await selectRows<{ id: string; name: string }>(
    tx,
    sql`INSERT INTO organizations (assembly_id, source, ally_id, name, ally_kind, products_services, chains, capacities)
    SELECT ${assemblyId}, 'ally', v.ally_id, v.name, v.ally_kind, v.products_services, v.chains, v.capacities
    FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb)
      AS v(ally_id uuid, name text, ally_kind text, products_services text, chains text[], capacities text[])
    ON CONFLICT (ally_id) DO UPDATE SET name = excluded.name, ally_kind = excluded.ally_kind,
      products_services = excluded.products_services, chains = excluded.chains, capacities = excluded.capacities,
      updated_at = now()
    RETURNING id, name`,
  );
  // Allies are found by name too (a solution names them): their aliases, never used to link registrations.
  const aliases = rows.flatMap((row) =>
    [
      { organization_id: row.id, kind: "name", value: organizationNameKey(row.name) },
      { organization_id: row.id, kind: "acronym", value: acronymOf(row.name) },
    ].filter((alias) => alias.value),
  );
  await tx.execute(sql`
    INSERT INTO organization_aliases (assembly_id, organization_id, kind, value)
    SELECT ${assemblyId}, v.organization_id, v.kind, v.value
    FROM jsonb_to_recordset(${JSON.stringify(aliases)}::jsonb) AS v(organization_id uuid, kind text, value text)
    ON CONFLICT (organization_id, kind, value) DO NOTHING`);
}

interface MemberRow {
  organization_id: string;
  organization_name: string;
  organization_nit: string | null;
  organization_type: string;
  economic_sector: string | null;
  products_services: string | null;
  municipality_code: string;
  preferred_axes: string[];
}

/**
 * Writes what each organisation is from its members' declarations: the name, NIT, type, sector and
 * municipality most of them gave, every distinct offer, the axes they put first; and its value chains and
 * capacities. Organisations left without members are removed. `only` limits it to some organisations.
 */
export async function refreshOrganizations(tx: Tx, assemblyId: string, only?: string[]): Promise<void> {
  const filter = only
    ? sql`AND m.organization_id IN (SELECT value::uuid FROM jsonb_array_elements_text(${JSON.stringify(only)}::jsonb))`
    : sql``;
  const members = await selectRows<MemberRow>(
    tx,
    sql`SELECT m.organization_id, r.organization_name, r.organization_nit, r.organization_type, r.economic_sector,
        r.products_services, r.municipality_code, r.preferred_axes
      FROM organization_members m JOIN registrations r ON r.id = m.registration_id
      WHERE m.assembly_id = ${assemblyId} ${filter}
      ORDER BY r.created_at, r.id`,
  );
  const grouped = new Map<string, MemberRow[]>();
  for (const member of members)
    grouped.set(member.organization_id, [...(grouped.get(member.organization_id) ?? []), member]);

  const values = [...grouped].map(([id, rows]) => {
    const name = mostCommon(rows.map((r) => r.organization_name.trim()));
    const type = mostCommon(rows.map((r) => r.organization_type));
    const sector = mostCommon(rows.flatMap((r) => (r.economic_sector ? [r.economic_sector] : []))) ?? null;
    const productsServices = byFrequency(
      rows.flatMap((r) => (r.products_services?.trim() ? [r.products_services.trim()] : [])),
    ).join("; ");
    const profile = profileOrganization({
      name: name ?? "",
      productsServices,
      type: (type ?? null) as OrganizationType | null,
      sector: sector as EconomicSector | null,
    });
    return {
      id,
      name,
      nit: mostCommon(rows.flatMap((r) => nitBase(r.organization_nit) ?? [])) ?? null,
      type,
      sector,
      products_services: productsServices,
      municipality_code: mostCommon(rows.map((r) => r.municipality_code)),
      preferred_axes: firstChoices(rows.map((r) => r.preferred_axes)),
      chains: profile.chains,
      capacities: profile.capacities,
      member_count: rows.length,
    };
  });
  if (values.length > 0) {
    await tx.execute(sql`
      UPDATE organizations o SET name = v.name, nit = v.nit, type = v.type, sector = v.sector,
        products_services = v.products_services, municipality_code = v.municipality_code,
        preferred_axes = v.preferred_axes, chains = v.chains, capacities = v.capacities,
        member_count = v.member_count, updated_at = now()
      FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb) AS v(id uuid, name text, nit text, type text, sector text,
        products_services text, municipality_code text, preferred_axes text[], chains text[], capacities text[],
        member_count integer)
      WHERE o.id = v.id AND o.assembly_id = ${assemblyId}
        AND (o.name, o.nit, o.type, o.sector, o.products_services, o.municipality_code, o.preferred_axes, o.chains,
             o.capacities, o.member_count)
          IS DISTINCT FROM (v.name, v.nit, v.type, v.sector, v.products_services, v.municipality_code,
             v.preferred_axes, v.chains, v.capacities, v.member_count)`);
  }
  await tx.execute(sql`
    DELETE FROM organizations o
    WHERE o.assembly_id = ${assemblyId} AND o.source = 'registration'
      AND NOT EXISTS (SELECT 1 FROM organization_members m WHERE m.organization_id = o.id)`);
}

/** Distinct values, most frequent first; ties keep the order they first appeared in. */
function byFrequency(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
}

function mostCommon(values: readonly string[]): string | undefined {
  return byFrequency(values)[0];
}

/** Axes a quarter or more of the members put first, most chosen first. */
function firstChoices(preferences: readonly string[][]): string[] {
  const firsts = preferences.flatMap((axes) => (axes[0] ? [axes[0]] : []));
  const counts = new Map<string, number>();
  for (const axis of firsts) counts.set(axis, (counts.get(axis) ?? 0) + 1);
  return byFrequency(firsts).filter((axis) => counts.get(axis)! * 4 >= preferences.length);
}
