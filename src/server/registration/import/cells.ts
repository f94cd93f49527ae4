// Reads one row of an uploaded list into the unified form: cells are text as people typed them ("C.C.",
// "Femenino", "18/11/1990", "Arauca"), turned into the form's codes, then checked by the same schema and
// rules as the public page. Every problem names its field, so the import can report row and column.

import {
  DOCUMENT_TYPES,
  ECONOMIC_SECTORS,
  ECONOMIES,
  ETHNICITIES,
  GENDER_IDENTITIES,
  ORGANIZATION_TYPES,
  OUTREACH_CHANNELS,
  POPULATION_GROUPS,
  SEXES,
  ZONES,
} from "../../../domain/registration/catalog";
import { foldText } from "../../../domain/text/normalize";
import { type RegistrationInput, ZRegistrationInputSchema } from "../../../shared/schemas/registration";
import { divipola } from "../../places";
import { type RegistrationContext, registrationProblems } from "../register";
import { bothLanguages, type ImportTarget } from "./mapping";

const optionKeys = new Map<string, string>();

/** "C.C." → "cc", "Rural dispersa" → "rural dispersa", "rural_dispersa" → "rural dispersa". */
export function optionKey(text: string): string {
  let key = optionKeys.get(text);
  if (key === undefined) {
    key = foldText(text)
      .replace(/\./g, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
    // A list repeats the same few answers thousands of times; free text does not, so the memo stays small.
    if (optionKeys.size < 5000) optionKeys.set(text, key);
  }
  return key;
}

type Lookup = Map<string, string>;

function lookup(
  codes: readonly string[],
  labelPrefix: string | null,
  synonyms: Record<string, string[]> = {},
): Lookup {
  const map: Lookup = new Map();
  for (const code of codes) {
    const spellings = [code, ...(synonyms[code] ?? [])];
    if (labelPrefix) spellings.push(...bothLanguages(`${labelPrefix}.${code}`));
    for (const spelling of spellings) map.set(optionKey(spelling), code);
  }
  return map;
}

const DOCUMENT_TYPE_LOOKUP = lookup(DOCUMENT_TYPES, "catalog.documentType", {
  CC: ["cedula", "cedula de ciudadania"],
  TI: ["tarjeta de identidad", "tarjeta"],
  CE: ["cedula de extranjeria"],
  PAS: ["pasaporte", "pa", "pp", "passport"],
});

// biome-ignore format: one line per list reads better
const LOOKUPS = {
  documentType: DOCUMENT_TYPE_LOOKUP,
  guardianDocumentType: DOCUMENT_TYPE_LOOKUP,
  sex: lookup(SEXES, "catalog.sex", { mujer: ["f", "femenino", "female"], hombre: ["m", "h", "masculino", "male"], intersexual: ["i", "intersex"] }),
  genderIdentity: lookup(GENDER_IDENTITIES, "catalog.genderIdentity", { transgenero: ["trans"], prefiere_no_decir: ["no responde", "prefiero no decir"] }),
  zone: lookup(ZONES, "catalog.zone", { urbana: ["urbano", "cabecera", "cabecera municipal"], rural: ["centro poblado", "vereda"], rural_dispersa: ["rural disperso", "disperso", "dispersa"] }),
  populationGroups: lookup(POPULATION_GROUPS, "catalog.populationGroup", {
    vendedores_informales: ["vendedor informal", "vendedora informal", "vendedor ambulante"], tenderos: ["tendero", "tendera"],
    recicladores: ["reciclador", "recicladora"], construccion: ["albanil", "albaniles", "trabajador de la construccion"],
    mototaxistas: ["mototaxista"], campesinos: ["campesino", "campesina"], jovenes: ["joven"], mujeres: ["mujer"],
    personas_mayores: ["persona mayor", "adulto mayor", "adultos mayores"], trabajo_sexual: ["trabajadora sexual", "trabajador sexual", "trabajadoras sexuales"],
    discapacidad: ["persona con discapacidad", "personas con discapacidad"],
  }),
  economy: lookup(ECONOMIES, "catalog.economy"),
  organizationType: lookup(ORGANIZATION_TYPES, "catalog.organizationType", {
    sin_organizacion: ["ninguna", "ninguno", "no", "no aplica", "independiente"], fondo_empleados: ["fondo de empleados"],
    organizacion_economia_popular: ["organizacion de economia popular"],
  }),
  economicSector: lookup(ECONOMIC_SECTORS, "catalog.sector", { agropecuario: ["agricultura", "agro", "ganaderia"], manufactura: ["transformacion"] }),
  heardVia: lookup(OUTREACH_CHANNELS, "catalog.heardVia"),
  ethnicity: lookup(ETHNICITIES, "catalog.ethnicity", {
    negro_afrocolombiano: ["afrocolombiano", "afrocolombiana", "afro", "negro", "negra"], ninguno: ["ninguna", "no", "mestizo"],
    rom: ["gitano"], indigena: ["indigena"],
  }),
} as const;

const YES = new Set(["si", "s", "x", "yes", "y", "true", "verdadero", "1", "acepta", "autoriza", "autorizo"]);
const NO = new Set(["no", "n", "false", "falso", "0", "no acepta", "no autoriza"]);

function yesNo(text: string): boolean | null | undefined {
  const key = optionKey(text);
  if (key === "") return null;
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return undefined;
}

const pad = (n: number | string, width = 2) => String(n).padStart(width, "0");

/** "18/11/1990", "18-11-1990", "1990-11-18" or an Excel serial day → "1990-11-18"; undefined when unreadable. */
export function readDate(text: string): string | undefined {
  if (/^\d{5}$/.test(text)) {
    return new Date(Date.UTC(1899, 11, 30) + Number(text) * 86_400_000).toISOString().slice(0, 10);
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!iso && !local) return undefined;
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : [Number(local![3]), Number(local![2]), Number(local![1])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

let placeIndex: {
  departments: Lookup;
  municipalities: Map<string, { code: string; departmentCode: string }[]>;
} | null = null;

function places() {
  if (!placeIndex) {
    const all = divipola();
    const departments: Lookup = new Map(all.departments.map((d) => [optionKey(d.name), d.code]));
    departments.set("bogota", "11");
    const municipalities = new Map<string, { code: string; departmentCode: string }[]>();
    for (const m of all.municipalities) {
      for (const name of new Set([optionKey(m.name), optionKey(m.name.replace(/,.*$/, ""))])) {
        municipalities.set(name, [
          ...(municipalities.get(name) ?? []),
          { code: m.code, departmentCode: m.departmentCode },
        ]);
      }
    }
    placeIndex = { departments, municipalities };
  }
  return placeIndex;
}

const splitList = (text: string) =>
  text
    .split(/[;,|\n]+/)
    .map((part) => part.trim())
    .filter(Boolean);

export interface RowProblem {
  /** A form field (`documentNumber`, `extra.tienda`), or "" for the row as a whole. */
  field: string;
  message: string;
}

export type ReadRow = { input: RegistrationInput; problems: [] } | { input: null; problems: RowProblem[] };

export interface RowReaderOptions {
  mapping: (ImportTarget | null)[];
  /** The operator confirmed that everyone in the file signed the authorisation (no column for it). */
  allConsented: boolean;
}

/** One row being read: its cells, the form it fills and the problems found (methods, not per-row closures). */
class RowInput {
  readonly form: Record<string, unknown> = {};
  readonly problems: RowProblem[] = [];
  /** Fields whose schema messages would only repeat a problem already reported on another field. */
  readonly quiet = new Set<string>();
  constructor(
    private readonly cells: string[],
    private readonly columns: Map<ImportTarget, number>,
  ) {}

  has(target: ImportTarget): boolean {
    return this.columns.has(target);
  }

  cell(target: ImportTarget): string {
    const index = this.columns.get(target);
    return index === undefined ? "" : (this.cells[index] ?? "").trim();
  }

  fail(field: string, message: string): void {
    this.problems.push({ field, message });
  }

  text(field: ImportTarget): void {
    this.form[field] = this.cell(field);
  }

  option(field: keyof typeof LOOKUPS & ImportTarget, required: boolean): void {
    const value = this.cell(field);
    if (!value) {
      if (required) this.fail(field, "Este campo es obligatorio.");
      this.form[field] = null;
      return;
    }
    const code = LOOKUPS[field].get(optionKey(value));
    if (code) this.form[field] = code;
    else this.fail(field, `«${value}» no es una opción de la lista.`);
  }

  flag(field: ImportTarget, fallback: boolean | null): void {
    const value = this.cell(field);
    const answer = this.has(field) ? yesNo(value) : null;
    if (answer === undefined) this.fail(field, `Escriba sí o no (no «${value}»).`);
    else this.form[field] = answer ?? fallback;
  }

  /** Several answers in one cell ("Mujeres; Jóvenes"), each read from a list. */
  list(field: ImportTarget, lookup: Lookup, unknown: (value: string) => string): void {
    const codes: string[] = [];
    for (const value of splitList(this.cell(field))) {
      const code = lookup.get(optionKey(value));
      if (code) codes.push(code);
      else this.fail(field, unknown(value));
    }
    this.form[field] = codes;
  }

  date(field: ImportTarget): string | undefined {
    const value = this.cell(field);
    const date = readDate(value);
    if (!date) this.fail(field, `«${value}» no es una fecha: escríbala como 18/11/1990.`);
    return date;
  }
}

/** Department and municipality by code or name; the department may come from the municipality's code. */
function readPlace(row: RowInput): void {
  const departmentText = row.cell("departmentCode");
  let departmentCode: string | undefined;
  if (departmentText) {
    departmentCode = /^\d{1,2}$/.test(departmentText)
      ? pad(departmentText)
      : places().departments.get(optionKey(departmentText));
    if (!departmentCode || !divipola().department(departmentCode)) {
      row.fail("departmentCode", `No encontramos el departamento «${departmentText}».`);
    }
  }
  const municipalityText = row.cell("municipalityCode");
  if (!municipalityText) row.fail("municipalityCode", "Escriba el municipio de residencia.");
  else if (/^\d{4,5}$/.test(municipalityText)) {
    const municipality = divipola().municipality(pad(municipalityText, 5));
    if (!municipality) row.fail("municipalityCode", `El código de municipio ${municipalityText} no existe.`);
    else {
      row.form.municipalityCode = municipality.code;
      departmentCode ??= municipality.departmentCode;
    }
  } else {
    const candidates = (places().municipalities.get(optionKey(municipalityText)) ?? []).filter(
      (m) => !departmentCode || m.departmentCode === departmentCode,
    );
    if (candidates.length === 1) {
      row.form.municipalityCode = candidates[0]!.code;
      departmentCode ??= candidates[0]!.departmentCode;
    } else if (candidates.length > 1) {
      row.fail(
        "municipalityCode",
        `Hay varios municipios llamados «${municipalityText}»: escriba también el departamento.`,
      );
    } else {
      row.fail(
        "municipalityCode",
        `No encontramos el municipio «${municipalityText}»${departmentCode ? " en ese departamento" : ""}.`,
      );
    }
  }
  row.form.departmentCode = departmentCode ?? "";
  // No department written and the municipality not found: the municipality's message says it all.
  if (!departmentCode) row.quiet.add("departmentCode");
}

function readExtra(row: RowInput, context: RegistrationContext): void {
  const extra: Record<string, unknown> = {};
  for (const [key, field] of context.extraFields) {
    const target: ImportTarget = `extra.${key}`;
    const value = row.cell(target);
    if (!value) continue;
    if (field.type === "boolean") {
      const answer = yesNo(value);
      if (answer === undefined) row.fail(target, `Escriba sí o no (no «${value}»).`);
      else extra[key] = answer;
    } else if (field.type === "date") {
      const date = row.date(target);
      if (date) extra[key] = date;
    } else if (field.type === "select") {
      const wanted = optionKey(value);
      const found = field.options.find((o) =>
        [o.value, o.labelEs, o.labelEn].some((label) => optionKey(label) === wanted),
      );
      if (found) extra[key] = found.value;
      else row.fail(target, `«${value}» no es una opción de la lista.`);
    } else extra[key] = value;
  }
  row.form.extra = extra;
}

/** Builds the reader for one file: lookups and column positions are prepared once for all its rows. */
export function rowReader(context: RegistrationContext, { mapping, allConsented }: RowReaderOptions) {
  const columns = new Map<ImportTarget, number>();
  mapping.forEach((target, index) => {
    if (target) columns.set(target, index);
  });
  const axisByKey: Lookup = new Map();
  context.axes.forEach((axis, index) => {
    for (const spelling of [axis.code, axis.name, String(index + 1)])
      axisByKey.set(optionKey(spelling), axis.code);
  });

  return (cells: string[]): ReadRow => {
    const row = new RowInput(cells, columns);
    const { form, problems } = row;
    row.option("documentType", true);
    row.text("documentNumber");
    row.text("firstNames");
    row.text("lastNames");
    if (!row.cell("birthDate")) row.fail("birthDate", "Escriba la fecha de nacimiento.");
    else form.birthDate = row.date("birthDate");
    row.option("sex", true);
    row.option("genderIdentity", false);
    row.text("genderIdentityOther");
    row.text("phone");
    row.text("email");
    readPlace(row);
    row.option("zone", true);
    row.list(
      "populationGroups",
      LOOKUPS.populationGroups,
      (value) => `«${value}» no es un grupo poblacional de la lista.`,
    );
    row.option("economy", true);
    row.text("organizationName");
    row.text("organizationNit");
    // An empty type means "sin organización": the schema's default.
    if (row.cell("organizationType")) row.option("organizationType", false);
    row.text("organizationRole");
    row.option("economicSector", false);
    row.text("productsServices");
    row.list("preferredAxes", axisByKey, (value) => `«${value}» no es un eje de esta asamblea.`);
    row.flag("knowsPit", false);
    row.option("heardVia", false);
    row.flag("dataConsent", allConsented);
    row.flag("sensitiveConsent", false);
    row.option("ethnicity", false);
    row.flag("disability", null);
    row.flag("conflictVictim", null);
    row.text("guardianName");
    row.option("guardianDocumentType", false);
    row.text("guardianDocumentNumber");
    row.flag("guardianConsent", false);
    form.consentVersion = context.latestConsentVersion;
    readExtra(row, context);

    const parsed = ZRegistrationInputSchema.safeParse(form);
    const failed = new Set([...problems.map((p) => p.field), ...row.quiet]);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field =
          issue.path[0] === "extra" ? `extra.${String(issue.path[1])}` : String(issue.path[0] ?? "");
        // A cell that could not be read already has its message; the schema's would repeat it.
        if (!failed.has(field)) row.fail(field, issue.message);
      }
    } else if (problems.length === 0) {
      for (const problem of registrationProblems(context, parsed.data))
        row.fail(problem.field.replace(/\.\d+$/, ""), problem.message);
    }
    return problems.length || !parsed.success
      ? { input: null, problems }
      : { input: parsed.data, problems: [] };
  };
}
