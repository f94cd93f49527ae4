// Which column of an uploaded list holds which field of the unified form: proposed from the header names
// (Spanish and English labels and the synonyms partners' spreadsheets use), then adjusted by the operator.

import { foldText } from "../../../domain/text/normalize";
import { translate } from "../../../shared/i18n";
import { ENGLISH } from "../../../shared/i18n/english";
import { REGISTRATION_FIELDS, type RegistrationField } from "../../../shared/schemas/registration";

/** A core field, or `extra.<key>` for a question the national admin added. */
export type ImportTarget = RegistrationField | `extra.${string}`;

/** Columns the file must have: the form's required answers (the department can come from the municipality). */
export const REQUIRED_TARGETS: readonly RegistrationField[] = [
  "documentType",
  "documentNumber",
  "firstNames",
  "lastNames",
  "birthDate",
  "sex",
  "phone",
  "municipalityCode",
  "zone",
  "economy",
];

// biome-ignore format: one line per field reads better
const SYNONYMS: Record<RegistrationField, string[]> = {
  documentType: ["tipo de documento", "tipo documento", "tipo doc", "tipo de identificacion", "tipo identificacion", "tipo id"],
  documentNumber: ["numero de documento", "numero documento", "documento", "no documento", "nro documento", "num documento", "n documento", "cedula", "identificacion", "numero de identificacion", "no identificacion", "documento de identidad"],
  firstNames: ["nombres", "nombre", "primer nombre", "nombres completos"],
  lastNames: ["apellidos", "apellido", "primer apellido"],
  birthDate: ["fecha de nacimiento", "fecha nacimiento", "nacimiento", "f nacimiento", "fecha nac"],
  sex: ["sexo"],
  genderIdentity: ["identidad de genero", "genero"],
  genderIdentityOther: ["otra identidad de genero", "identidad de genero otra", "cual identidad de genero"],
  phone: ["celular", "telefono", "telefono celular", "movil", "numero de celular", "whatsapp", "celular whatsapp", "contacto"],
  email: ["correo", "correo electronico", "email", "e mail", "mail"],
  departmentCode: ["departamento", "depto", "dpto", "codigo departamento", "departamento de residencia"],
  municipalityCode: ["municipio", "ciudad", "codigo municipio", "municipio de residencia", "ciudad de residencia"],
  zone: ["zona", "zona de residencia", "area de residencia"],
  populationGroups: ["grupo poblacional", "grupos poblacionales", "poblacion", "grupo de poblacion", "sector poblacional"],
  economy: ["economia", "tipo de economia"],
  organizationName: ["organizacion", "nombre de la organizacion", "nombre organizacion", "organizacion a la que pertenece"],
  organizationNit: ["nit", "nit de la organizacion", "nit organizacion"],
  organizationType: ["tipo de organizacion", "tipo organizacion"],
  organizationRole: ["rol", "cargo", "rol en la organizacion", "cargo en la organizacion"],
  economicSector: ["actividad economica", "actividad economica principal", "sector economico", "sector", "actividad"],
  productsServices: ["productos o servicios", "productos y servicios", "productos", "servicios", "que produce o vende"],
  preferredAxes: ["ejes", "ejes tematicos", "eje tematico", "ejes de interes", "mesa de interes", "eje"],
  knowsPit: ["conoce el pit", "conoce pit", "participo en diagnosticos", "conoce el proyecto de impacto territorial"],
  heardVia: ["como se entero", "medio por el que se entero", "como se entero de la asamblea", "canal de convocatoria"],
  dataConsent: ["autoriza tratamiento de datos", "autoriza datos", "autorizacion de datos", "autorizacion tratamiento de datos", "acepta tratamiento de datos", "consentimiento", "habeas data", "autorizacion"],
  sensitiveConsent: ["autoriza datos sensibles", "autorizacion datos sensibles", "autorizacion de datos sensibles"],
  ethnicity: ["autorreconocimiento etnico", "etnia", "pertenencia etnica", "grupo etnico", "autoreconocimiento etnico"],
  disability: ["discapacidad", "persona con discapacidad", "tiene discapacidad"],
  conflictVictim: ["victima", "victima del conflicto", "victima del conflicto armado"],
  guardianName: ["representante legal", "nombre del representante", "nombre del representante legal", "acudiente", "nombre del acudiente"],
  guardianDocumentType: ["tipo de documento del representante", "tipo documento representante", "tipo de documento del representante legal"],
  guardianDocumentNumber: ["documento del representante", "documento representante", "documento del representante legal", "cedula del representante", "documento del acudiente"],
  guardianConsent: ["autorizacion del representante", "autoriza representante", "autorizacion del representante legal", "autorizacion del acudiente"],
};

/** Lower case, no accents, no punctuation or parenthesised hints: "Fecha de nacimiento (dd/mm/aaaa)" → "fecha de nacimiento". */
export function headerKey(header: string): string {
  return foldText(header.replace(/\([^)]*\)/g, " "))
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export interface ExtraTarget {
  key: string;
  labelEs: string;
  labelEn: string;
}

/**
 * A label as a list may spell it, in Spanish and in English. English is read directly, not through
 * translate: the option tables are built as their module loads, before the server has loaded English.
 */
export const bothLanguages = (key: string) => [translate("es", key), ENGLISH[key] ?? translate("es", key)];

/** Every known spelling of each target, longest first so "documento del representante" beats "documento". */
function spellings(extraFields: ExtraTarget[]): [string, ImportTarget][] {
  const pairs: [string, ImportTarget][] = [];
  for (const field of REGISTRATION_FIELDS) {
    const labels = bothLanguages(`registration.field.${field}`);
    for (const spelling of [...labels.map(headerKey), ...SYNONYMS[field]]) pairs.push([spelling, field]);
  }
  for (const field of extraFields) {
    for (const label of [field.labelEs, field.labelEn, field.key.replaceAll("_", " ")])
      pairs.push([headerKey(label), `extra.${field.key}`]);
  }
  return pairs.sort((a, b) => b[0].length - a[0].length);
}

/**
 * One target (or null) per column: an exact spelling first, then the longest spelling the header contains as
 * whole words. A target goes to the first column that claims it.
 */
export function proposeMapping(headers: string[], extraFields: ExtraTarget[]): (ImportTarget | null)[] {
  const known = spellings(extraFields);
  const exact = new Map<string, ImportTarget>();
  for (const [spelling, target] of known) if (!exact.has(spelling)) exact.set(spelling, target);
  const keys = headers.map(headerKey);
  const mapping: (ImportTarget | null)[] = headers.map(() => null);
  const taken = new Set<ImportTarget>();
  const claim = (index: number, target: ImportTarget | undefined) => {
    if (!target || taken.has(target) || mapping[index]) return;
    taken.add(target);
    mapping[index] = target;
  };
  // Exact spellings claim their target before partial ones, whatever the column order.
  keys.forEach((key, index) => {
    claim(index, exact.get(key));
  });
  keys.forEach((key, index) => {
    if (key) claim(index, known.find(([spelling]) => ` ${key} `.includes(` ${spelling} `))?.[1]);
  });
  return mapping;
}

/** How many columns a row's cells would map: the header row is the first that maps several. */
export function countMatches(cells: string[], extraFields: ExtraTarget[]): number {
  return proposeMapping(cells, extraFields).filter(Boolean).length;
}

export function isImportTarget(value: string, extraKeys: Set<string>): value is ImportTarget {
  return (
    (REGISTRATION_FIELDS as readonly string[]).includes(value) ||
    (value.startsWith("extra.") && extraKeys.has(value.slice(6)))
  );
}
