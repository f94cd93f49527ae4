import { sql } from "drizzle-orm";
import type { ReportPerson } from "../../../domain/reports/aggregate";
import { selectRows, type Tx } from "../../db/client";

const RECORD_SEPARATOR = "\u001e";
const FIELD_SEPARATOR = "\u001f";

const orNull = (value: string | undefined) => (value ? value : null);
const flag = (value: string | undefined) => (value === "true" ? true : value === "false" ? false : null);

/** One packed row, its fields in the order of the SELECT below; blanks are nulls. */
function parse(packed: string): ReportPerson {
  const [
    assemblyId = "",
    assemblyDate = "",
    birthDate = "",
    sex = "",
    genderIdentity,
    zone = "",
    departmentCode = "",
    municipalityCode = "",
    economy = "",
    organizationType = "",
    organizationName,
    organizationNit,
    populationGroups,
    checkedInMs,
    walkIn,
    returning,
    sensitiveConsent,
    ethnicity,
    disability,
    conflictVictim,
  ] = packed.split(FIELD_SEPARATOR);
  return {
    assemblyId,
    assemblyDate,
    birthDate,
    sex,
    genderIdentity: orNull(genderIdentity),
    zone,
    departmentCode,
    municipalityCode,
    economy,
    organizationType,
    organizationName: orNull(organizationName),
    organizationNit: orNull(organizationNit),
    populationGroups: populationGroups ? populationGroups.split(",") : [],
    checkedInAt: checkedInMs ? new Date(Number(checkedInMs)) : null,
    walkIn: walkIn === "true",
    returning: returning === "true",
    sensitive:
      sensitiveConsent === "true"
        ? { ethnicity: orNull(ethnicity), disability: flag(disability), conflictVictim: flag(conflictVictim) }
        : null,
  };
}

/**
 * One anonymised row per registration of the assemblies, with the active check-in (registrations and
 * check-ins; the sensitive answers leave the database only for people with a sensitive-data consent).
 * "Returning" means the same document came in (an active check-in) at an assembly held on an earlier date.
 */
export async function attendanceRows(db: Tx, assemblyIds: readonly string[]): Promise<ReportPerson[]> {
  if (assemblyIds.length === 0) return [];
  const ids = sql.join(
    assemblyIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const [result] = await db.transaction(async (tx) => {
    // Hash joins whatever the statistics say: on a database never analysed (the embedded one has no
    // autovacuum) the planner would take every table for tiny and nest loops over a grouped subquery.
    await tx.execute(sql`SET LOCAL enable_nestloop = off`);
    return selectRows<{ packed: string | null }>(
      tx,
      // One text value for all the rows (fields split by chr(31), rows by chr(30)): the embedded database hands
      // over one wide value far faster than thousands of rows of many columns.
      sql`
      SELECT string_agg(concat_ws(chr(31), r.assembly_id, to_char(a.date, 'YYYY-MM-DD'), to_char(r.birth_date, 'YYYY-MM-DD'),
        r.sex, coalesce(r.gender_identity, ''), r.zone, r.department_code, r.municipality_code, r.economy,
        r.organization_type, coalesce(translate(r.organization_name, chr(30) || chr(31), '  '), ''), coalesce(r.organization_nit, ''),
        array_to_string(r.population_groups, ','),
        coalesce(round(extract(epoch FROM c.at) * 1000)::bigint::text, ''), coalesce(c.walk_in::text, ''),
        coalesce(f.first_date < a.date, false)::text, (k.registration_id IS NOT NULL)::text,
        CASE WHEN k.registration_id IS NOT NULL THEN coalesce(r.ethnicity, '') ELSE '' END,
        CASE WHEN k.registration_id IS NOT NULL THEN coalesce(r.disability::text, '') ELSE '' END,
        CASE WHEN k.registration_id IS NOT NULL THEN coalesce(r.conflict_victim::text, '') ELSE '' END
      ), chr(30)) AS packed
      FROM registrations r
      JOIN assemblies a ON a.id = r.assembly_id
      LEFT JOIN check_ins c ON c.registration_id = r.id AND c.undone_at IS NULL AND c.assembly_id IN (${ids})
      LEFT JOIN (SELECT DISTINCT registration_id FROM consents WHERE kind = 'sensitive') k ON k.registration_id = r.id
      -- The first assembly each of these documents came in at: one grouped pass instead of a lookup per row.
      LEFT JOIN (
        SELECT e.document_type, e.document_number, min(ea.date) AS first_date
        FROM registrations e
        JOIN assemblies ea ON ea.id = e.assembly_id
        JOIN check_ins ec ON ec.registration_id = e.id AND ec.undone_at IS NULL
        WHERE (e.document_type, e.document_number) IN (
          SELECT document_type, document_number FROM registrations WHERE assembly_id IN (${ids})
        )
        GROUP BY e.document_type, e.document_number
      ) f ON f.document_type = r.document_type AND f.document_number = r.document_number
      WHERE r.assembly_id IN (${ids})`,
    );
  });
  return result?.packed ? result.packed.split(RECORD_SEPARATOR).map(parse) : [];
}
