// Across the whole assembly: every need of the puzzle against the organisations suggested for it or already
// named in its solution (the matrix), and the groups of organisations that come up together for several needs
// (possible associations) — for the table leaders, the operator, the XLSX and the agenda document.

import { sql } from "drizzle-orm";
import { associationGroups } from "../../../domain/associativity/associations";
import type { Lang } from "../../../shared/i18n";
import type {
  MatrixDto,
  OrganizationSummaryDto,
  PossibleAssociationDto,
} from "../../../shared/schemas/associativity";
import { selectRows, type Tx } from "../../db/client";
import { loadSuggestionContext, suggest, toSummary } from "./suggest";

/** Suggestions per need in the matrix: the top of the list a sub-table sees on its phone. */
const PER_NEED = 5;

interface NeedRow {
  id: string;
  title: string;
  description: string;
  subtable_id: string;
  subtable_name: string;
  table_name: string;
  table_position: number;
  axis_code: string | null;
  organizations: string[] | null;
}

async function assemblyNeeds(db: Tx, assemblyId: string): Promise<NeedRow[]> {
  return selectRows<NeedRow>(
    db,
    sql`SELECT n.id, n.title, n.description, n.subtable_id, s.label AS subtable_name, t.name AS table_name,
        t.position AS table_position, a.code AS axis_code, so.organizations
      FROM puzzle_needs n
      JOIN subtables s ON s.id = n.subtable_id
      JOIN assembly_tables t ON t.id = n.table_id
      LEFT JOIN axes a ON a.id = t.axis_id
      LEFT JOIN puzzle_solutions so ON so.need_id = n.id
      WHERE n.assembly_id = ${assemblyId}
      ORDER BY t.position, s.position, n.created_at, n.id`,
  );
}

export async function associativityMatrix(db: Tx, assemblyId: string, lang: Lang): Promise<MatrixDto> {
  const context = await loadSuggestionContext(db, assemblyId, lang);
  const needs = await assemblyNeeds(db, assemblyId);
  const organizations = new Map<string, OrganizationSummaryDto>();
  const cells: MatrixDto["cells"] = [];
  for (const need of needs) {
    const named = need.organizations ?? [];
    const suggestions = await suggest(
      db,
      context,
      { text: needText(need), axisCode: need.axis_code, cooperating: [], subtableId: need.subtable_id },
      PER_NEED,
    );
    const namedIds = new Set(named.flatMap((name) => context.resolve(name)?.id ?? []));
    for (const suggestion of suggestions) {
      organizations.set(suggestion.organization.id, suggestion.organization);
      cells.push({
        needId: need.id,
        organizationId: suggestion.organization.id,
        score: suggestion.score,
        named: namedIds.has(suggestion.organization.id),
      });
      namedIds.delete(suggestion.organization.id);
    }
    for (const id of namedIds) cells.push({ needId: need.id, organizationId: id, score: 0, named: true });
  }
  const missing = cells.map((c) => c.organizationId).filter((id) => !organizations.has(id));
  for (const summary of await summaries(db, assemblyId, missing)) organizations.set(summary.id, summary);

  const needCount = (id: string) => cells.filter((c) => c.organizationId === id).length;
  return {
    needs: needs.map((need) => ({
      id: need.id,
      title: need.title,
      tableName: need.table_name,
      axisCode: need.axis_code,
      subtableName: need.subtable_name,
      named: need.organizations ?? [],
    })),
    organizations: [...organizations.values()].sort(
      (a, b) => needCount(b.id) - needCount(a.id) || a.name.localeCompare(b.name, "es"),
    ),
    cells,
  };
}

function needText(need: NeedRow): string {
  return need.description.trim() ? `${need.title}. ${need.description}` : need.title;
}

async function summaries(db: Tx, assemblyId: string, ids: string[]): Promise<OrganizationSummaryDto[]> {
  if (ids.length === 0) return [];
  const rows = await selectRows<Parameters<typeof toSummary>[0]>(
    db,
    sql`SELECT id, name, source, type, sector, products_services, municipality_code, member_count
      FROM organizations
      WHERE assembly_id = ${assemblyId} AND id IN (SELECT value::uuid FROM jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`,
  );
  return rows.map(toSummary);
}

/**
 * Groups of organisations that come up together (suggested or named) for two or more needs of the assembly,
 * most needs first: for the associations screen, the XLSX and the agenda document.
 */
export async function possibleAssociations(
  db: Tx,
  assemblyId: string,
  lang: Lang = "es",
): Promise<PossibleAssociationDto[]> {
  return associationsOf(await associativityMatrix(db, assemblyId, lang));
}

export function associationsOf(matrix: MatrixDto): PossibleAssociationDto[] {
  const groups = associationGroups(
    matrix.needs.map((need) => ({
      needId: need.id,
      organizationIds: matrix.cells.filter((c) => c.needId === need.id).map((c) => c.organizationId),
    })),
  );
  const organizations = new Map(matrix.organizations.map((o) => [o.id, o]));
  const needs = new Map(matrix.needs.map((n) => [n.id, n]));
  return groups.map((group) => ({
    organizations: group.organizationIds
      .flatMap((id) => organizations.get(id) ?? [])
      .sort((a, b) => a.name.localeCompare(b.name, "es")),
    needs: group.needIds.flatMap((id) => {
      const need = needs.get(id);
      return need ? [{ id, title: need.title, tableName: need.tableName }] : [];
    }),
  }));
}
