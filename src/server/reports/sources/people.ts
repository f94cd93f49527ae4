import { sql } from "drizzle-orm";
import type { ReportPersonDto } from "../../../shared/schemas/report";
import { selectRows, type Tx } from "../../db/client";
import { municipalityName } from "../labels";

interface Row {
  id: string;
  first_names: string;
  last_names: string;
  document_type: string;
  document_number: string;
  phone: string;
  email: string | null;
  municipality_code: string;
  organization_name: string | null;
  checked_in_at: string | null;
  walk_in: boolean | null;
}

/** The named list of an assembly (personal data): callers check the role and write the audit entry. */
export async function namedList(db: Tx, assemblyId: string): Promise<ReportPersonDto[]> {
  const rows = await selectRows<Row>(
    db,
    sql`
      SELECT r.id, r.first_names, r.last_names, r.document_type, r.document_number, r.phone, r.email,
        r.municipality_code, r.organization_name,
        to_char(c.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS checked_in_at, c.walk_in
      FROM registrations r
      LEFT JOIN check_ins c ON c.registration_id = r.id AND c.undone_at IS NULL
      WHERE r.assembly_id = ${assemblyId}::uuid
      ORDER BY r.last_names, r.first_names, r.document_number`,
  );
  return rows.map((row) => ({
    registrationId: row.id,
    firstNames: row.first_names,
    lastNames: row.last_names,
    documentType: row.document_type,
    documentNumber: row.document_number,
    phone: row.phone,
    email: row.email,
    municipalityName: municipalityName(row.municipality_code),
    organizationName: row.organization_name,
    present: row.checked_in_at !== null,
    checkedInAt: row.checked_in_at,
    walkIn: row.walk_in === true,
  }));
}
