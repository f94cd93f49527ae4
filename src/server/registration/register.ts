// The one write path of the unified form: the public page, the desk (walk-ins) and the bulk import all save
// people through `registerPerson` / `saveRegistrations`, so every channel applies the same rules.

import { randomBytes, randomUUID } from "node:crypto";
import { and, asc, eq, getTableColumns, isNull, sql } from "drizzle-orm";
import { isMinorOn } from "../../domain/registration/age";
import type { ConsentChannel } from "../../domain/registration/catalog";
import {
  type ConsentKind,
  type ConsentRule,
  consentProblems,
  consentsGiven,
} from "../../domain/registration/consent";
import type { ErrorCode } from "../../shared/errors";
import {
  type ExtraValues,
  REGISTRATION_FIELDS,
  type RegistrationField,
  type RegistrationInput,
} from "../../shared/schemas/registration";
import { selectRows, type Tx } from "../db/client";
import {
  agreements,
  assemblies,
  assemblyTables,
  axes,
  consents,
  consentTexts,
  type ExtraFieldOption,
  registrationFields,
  registrations,
} from "../db/schema";
import { AppError, notFound } from "../errors";
import { appendEvent } from "../events/outbox";
import { divipola } from "../places";
import { issueCredential } from "./credential";

export type RegistrationChannel = Exclude<ConsentChannel, "demo">;

export interface ExtraFieldDefinition {
  key: string;
  type: string;
  options: ExtraFieldOption[];
}

/** What the rules need to know about the assembly, read once per request or per import. */
export interface RegistrationContext {
  assemblyId: string;
  agreementId: string;
  assemblyDate: string;
  status: string;
  legend: string;
  /** Versions of the convenio's authorisation text; the latest is what the form shows. */
  consentVersions: Set<number>;
  latestConsentVersion: number;
  axisCodes: Set<string>;
  /** The assembly's tables with a national axis, in table order: what "preferred axes" may name. */
  axes: { code: string; name: string }[];
  extraFields: Map<string, ExtraFieldDefinition & { labelEs: string; labelEn: string }>;
}

export async function loadRegistrationContext(tx: Tx, assemblyId: string): Promise<RegistrationContext> {
  const [assembly] = await tx
    .select({
      agreementId: assemblies.agreementId,
      date: assemblies.date,
      status: assemblies.status,
      legend: agreements.legend,
    })
    .from(assemblies)
    .innerJoin(agreements, eq(agreements.id, assemblies.agreementId))
    .where(eq(assemblies.id, assemblyId));
  if (!assembly) throw notFound();
  const [versions, axisRows, fields] = await Promise.all([
    tx
      .select({ version: consentTexts.version })
      .from(consentTexts)
      .where(eq(consentTexts.agreementId, assembly.agreementId)),
    tx
      .select({ code: axes.code, name: assemblyTables.name })
      .from(assemblyTables)
      .innerJoin(axes, eq(axes.id, assemblyTables.axisId))
      .where(and(eq(assemblyTables.assemblyId, assemblyId), eq(assemblyTables.enabled, true)))
      .orderBy(asc(assemblyTables.position)),
    tx
      .select()
      .from(registrationFields)
      .where(eq(registrationFields.active, true))
      .orderBy(asc(registrationFields.position)),
  ]);
  const consentVersions = new Set(versions.map((v) => v.version));
  return {
    assemblyId,
    agreementId: assembly.agreementId,
    assemblyDate: assembly.date,
    status: assembly.status,
    legend: assembly.legend,
    consentVersions,
    latestConsentVersion: Math.max(0, ...consentVersions),
    axisCodes: new Set(axisRows.map((a) => a.code)),
    axes: axisRows,
    extraFields: new Map(
      fields.map((f) => [
        f.key,
        { key: f.key, type: f.type, options: f.options, labelEs: f.labelEs, labelEn: f.labelEn },
      ]),
    ),
  };
}

/** One reason a person's answers cannot be saved: the field, a Spanish message, and the API error code. */
export interface RegistrationProblem {
  field: string;
  code: ErrorCode;
  message: string;
}

const CONSENT_MESSAGES: Record<ConsentRule, { code: ErrorCode; message: string }> = {
  data_consent_required: {
    code: "registration.data_consent_required",
    message: "Debe aceptar la autorización de tratamiento de datos para inscribirse.",
  },
  sensitive_consent_required: {
    code: "registration.sensitive_without_consent",
    message: "Para guardar este dato debe dar la autorización de datos sensibles.",
  },
  guardian_required: {
    code: "registration.guardian_required",
    message: "Es menor de 18 años el día de la asamblea: escriba los datos de su representante legal.",
  },
  guardian_consent_required: {
    code: "registration.guardian_required",
    message: "Es menor de 18 años el día de la asamblea: falta la autorización de su representante legal.",
  },
};

function extraProblems(extra: ExtraValues, fields: Map<string, ExtraFieldDefinition>): RegistrationProblem[] {
  const problems: RegistrationProblem[] = [];
  const problem = (key: string, message: string) =>
    problems.push({ field: `extra.${key}`, code: "registration.extra_invalid", message });
  for (const [key, value] of Object.entries(extra)) {
    const field = fields.get(key);
    if (!field) {
      problem(key, "Esta pregunta no está en el formulario.");
      continue;
    }
    if (value === null || value === "") continue;
    if (field.type === "boolean" && typeof value !== "boolean") problem(key, "Responda sí o no.");
    if (field.type === "text" && typeof value !== "string") problem(key, "Escriba un texto.");
    if (field.type === "select" && !field.options.some((o) => o.value === value))
      problem(key, "Elija una opción de la lista.");
    if (
      field.type === "date" &&
      (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    ) {
      problem(key, "Escriba una fecha válida.");
    }
  }
  return problems;
}

/** Every rule that needs the assembly (place, axes, extra questions, authorisation version, minors). */
export function registrationProblems(
  context: RegistrationContext,
  input: RegistrationInput,
): RegistrationProblem[] {
  const problems: RegistrationProblem[] = [];
  const municipality = divipola().municipality(input.municipalityCode);
  if (!municipality || municipality.departmentCode !== input.departmentCode) {
    problems.push({
      field: "municipalityCode",
      code: "place.unknown_municipality",
      message: "Elija un municipio del departamento elegido.",
    });
  }
  for (const [index, code] of input.preferredAxes.entries()) {
    if (!context.axisCodes.has(code)) {
      problems.push({
        field: `preferredAxes.${index}`,
        code: "registration.unknown_axis",
        message: "Este eje no está en la asamblea.",
      });
    }
  }
  problems.push(...extraProblems(input.extra, context.extraFields));
  if (!context.consentVersions.has(input.consentVersion)) {
    problems.push({
      field: "consentVersion",
      code: "registration.consent_version",
      message: "La autorización que aceptó ya no está vigente. Recargue la página y léala de nuevo.",
    });
  }
  for (const { field, rule } of consentProblems(input, context.assemblyDate)) {
    problems.push({ field, ...CONSENT_MESSAGES[rule] });
  }
  return problems;
}

/** Throws the first problem's error, with every field's message, so the form can show them all at once. */
function assertRegistrable(context: RegistrationContext, input: RegistrationInput): void {
  const problems = registrationProblems(context, input);
  const [first] = problems;
  if (!first) return;
  const params: Record<string, string> =
    first.code === "place.unknown_municipality"
      ? { code: input.municipalityCode, department: input.departmentCode }
      : {};
  throw new AppError(first.code, params, Object.fromEntries(problems.map((p) => [p.field, p.message])));
}

type RegistrationValues = typeof registrations.$inferInsert;

/** The columns stored for valid answers: sensitive data only with its authorisation, a guardian only for minors. */
function registrationValues(
  context: RegistrationContext,
  input: RegistrationInput,
  channel: RegistrationChannel,
) {
  const minor = isMinorOn(input.birthDate, context.assemblyDate);
  const sensitive = input.sensitiveConsent;
  const extra = Object.fromEntries(
    Object.entries(input.extra).filter(([, value]) => value !== null && value !== ""),
  );
  return {
    assemblyId: context.assemblyId,
    documentType: input.documentType,
    documentNumber: input.documentNumber,
    firstNames: input.firstNames,
    lastNames: input.lastNames,
    birthDate: input.birthDate,
    sex: input.sex,
    genderIdentity: input.genderIdentity,
    genderIdentityOther: input.genderIdentityOther,
    phone: input.phone,
    email: input.email,
    departmentCode: input.departmentCode,
    municipalityCode: input.municipalityCode,
    zone: input.zone,
    populationGroups: input.populationGroups,
    economy: input.economy,
    organizationName: input.organizationName,
    organizationNit: input.organizationNit,
    organizationType: input.organizationType,
    organizationRole: input.organizationRole,
    economicSector: input.economicSector,
    productsServices: input.productsServices,
    preferredAxes: input.preferredAxes,
    knowsPit: input.knowsPit,
    heardVia: input.heardVia,
    ethnicity: sensitive ? input.ethnicity : null,
    disability: sensitive ? input.disability : null,
    conflictVictim: sensitive ? input.conflictVictim : null,
    guardianName: minor ? input.guardianName : null,
    guardianDocumentType: minor ? input.guardianDocumentType : null,
    guardianDocumentNumber: minor ? input.guardianDocumentNumber : null,
    extra,
    source: channel,
  } satisfies RegistrationValues;
}

/** Consents are records of their own, not answers. */
const CONSENT_FIELDS = ["dataConsent", "sensitiveConsent", "guardianConsent"] as const;
const isAnswer = (
  field: RegistrationField,
): field is Exclude<RegistrationField, (typeof CONSENT_FIELDS)[number]> =>
  !(CONSENT_FIELDS as readonly string[]).includes(field);

/** Columns compared to decide whether re-sent answers change anything (source and timestamps are not answers). */
const ANSWER_COLUMNS: readonly (keyof RegistrationValues)[] = [
  ...REGISTRATION_FIELDS.filter(isAnswer),
  "extra",
];

/** JSON with object keys sorted: jsonb does not keep the key order it was given. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

function sameAnswers(existing: Record<string, unknown>, values: Record<string, unknown>): boolean {
  return ANSWER_COLUMNS.every(
    (column) => canonical(existing[column] ?? null) === canonical(values[column] ?? null),
  );
}

export interface Pending {
  input: RegistrationInput;
  values: ReturnType<typeof registrationValues>;
  consents: ConsentKind[];
}

/** What happened to one person's answers; on a mismatch, the registration whose date of birth differs. */
export interface SaveOutcome {
  kind: "created" | "updated" | "unchanged" | "identity_mismatch";
  registrationId: string;
}

export function pendingRegistration(
  context: RegistrationContext,
  input: RegistrationInput,
  channel: RegistrationChannel,
): Pending {
  return {
    input,
    values: registrationValues(context, input, channel),
    consents: consentsGiven(input, context.assemblyDate),
  };
}

const INSERT_CHUNK = 1000;
const documentKey = (type: string, number: string) => `${type}:${number}`;

/** A list as one parameter (`text[]`): drivers cap the number of parameters, and many cost time. */
const jsonTextArray = (values: string[]) =>
  sql`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;

const COLUMN_NAMES = Object.fromEntries(
  Object.entries(getTableColumns(registrations)).map(([key, column]) => [key, column.name]),
);

/**
 * Inserts many registrations in one statement with one JSON parameter (much faster than a parameter per
 * value on both PGlite and PostgreSQL). Ids and credential nonces are drawn here, not by column defaults,
 * which saves the database a random draw per row. Returns the ids actually inserted: a document already in
 * the assembly is skipped, not an error.
 */
async function insertRows(
  tx: Tx,
  rows: ReturnType<typeof registrationValues>[],
): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const drawn = rows.map((row) => ({
    id: randomUUID(),
    credentialNonce: randomBytes(8).toString("hex"),
    ...row,
  }));
  const columns = Object.keys(drawn[0]!).map((key) => COLUMN_NAMES[key]!);
  const json = JSON.stringify(
    drawn.map((row) =>
      Object.fromEntries(Object.entries(row).map(([key, value]) => [COLUMN_NAMES[key], value])),
    ),
  );
  const list = sql.raw(columns.join(", "));
  const inserted = await selectRows<{ id: string }>(
    tx,
    sql`INSERT INTO registrations (${list})
      SELECT ${list} FROM json_populate_recordset(NULL::registrations, ${json}::json)
      ON CONFLICT DO NOTHING
      RETURNING id`,
  );
  const ids = new Set(inserted.map((row) => row.id));
  return new Map(
    drawn
      .filter((row) => ids.has(row.id))
      .map((row) => [documentKey(row.documentType, row.documentNumber), row.id]),
  );
}

/**
 * Saves valid answers in bulk: a new document is inserted; a known one (same type and number in the
 * assembly) is updated only when its date of birth matches, and left alone when nothing changed. Consents
 * are recorded once per kind and text version. The caller guarantees one entry per document.
 */
export async function saveRegistrations(
  tx: Tx,
  context: RegistrationContext,
  items: Pending[],
  channel: RegistrationChannel,
): Promise<SaveOutcome[]> {
  if (items.length === 0) return [];
  const numbers = [...new Set(items.map((item) => item.values.documentNumber))];
  const existingRows = await tx
    .select()
    .from(registrations)
    .where(
      and(
        eq(registrations.assemblyId, context.assemblyId),
        sql`${registrations.documentNumber} = ANY(${jsonTextArray(numbers)})`,
      ),
    );
  const existing = new Map(
    existingRows.map((row) => [documentKey(row.documentType, row.documentNumber), row]),
  );

  const outcomes: SaveOutcome[] = new Array(items.length);
  const toInsert: number[] = [];
  for (const [index, item] of items.entries()) {
    const row = existing.get(documentKey(item.values.documentType, item.values.documentNumber));
    if (!row) {
      toInsert.push(index);
    } else if (row.birthDate !== item.values.birthDate) {
      outcomes[index] = { kind: "identity_mismatch", registrationId: row.id };
    } else if (sameAnswers(row, item.values)) {
      outcomes[index] = { kind: "unchanged", registrationId: row.id };
    } else {
      const { source: _keep, assemblyId: _same, ...answers } = item.values;
      await tx
        .update(registrations)
        .set({ ...answers, updatedAt: new Date() })
        .where(eq(registrations.id, row.id));
      outcomes[index] = { kind: "updated", registrationId: row.id };
    }
  }

  for (let start = 0; start < toInsert.length; start += INSERT_CHUNK) {
    const chunk = toInsert.slice(start, start + INSERT_CHUNK);
    const ids = await insertRows(
      tx,
      chunk.map((index) => items[index]!.values),
    );
    const raced: number[] = [];
    for (const index of chunk) {
      const values = items[index]!.values;
      const id = ids.get(documentKey(values.documentType, values.documentNumber));
      if (id) outcomes[index] = { kind: "created", registrationId: id };
      else raced.push(index);
    }
    // Someone registered the same document between our read and our insert: treat it as a re-registration.
    if (raced.length) {
      const again = await saveRegistrations(
        tx,
        context,
        raced.map((index) => items[index]!),
        channel,
      );
      for (const [i, index] of raced.entries()) outcomes[index] = again[i]!;
    }
  }

  await recordConsents(tx, items, outcomes, channel);
  return outcomes;
}

async function recordConsents(
  tx: Tx,
  items: Pending[],
  outcomes: SaveOutcome[],
  channel: RegistrationChannel,
): Promise<void> {
  const saved = items.flatMap((item, index) => {
    const outcome = outcomes[index]!;
    return outcome.kind === "identity_mismatch" ? [] : [{ item, outcome }];
  });
  const known = saved.filter(({ outcome }) => outcome.kind !== "created");
  const withdrawing = known
    .filter(({ item }) => !item.consents.includes("sensitive"))
    .map(({ outcome }) => outcome.registrationId);
  if (withdrawing.length) {
    await tx
      .update(consents)
      .set({ withdrawnAt: new Date() })
      .where(
        and(
          sql`${consents.registrationId}::text = ANY(${jsonTextArray(withdrawing)})`,
          eq(consents.kind, "sensitive"),
          isNull(consents.withdrawnAt),
        ),
      );
  }
  const given = new Set<string>();
  const knownIds = known.map(({ outcome }) => outcome.registrationId);
  if (knownIds.length) {
    const rows = await tx
      .select({ registrationId: consents.registrationId, kind: consents.kind, version: consents.textVersion })
      .from(consents)
      .where(
        and(
          sql`${consents.registrationId}::text = ANY(${jsonTextArray(knownIds)})`,
          isNull(consents.withdrawnAt),
        ),
      );
    for (const row of rows) given.add(`${row.registrationId}:${row.kind}:${row.version}`);
  }
  const rows = saved.flatMap(({ item, outcome }) =>
    item.consents
      .filter((kind) => !given.has(`${outcome.registrationId}:${kind}:${item.input.consentVersion}`))
      .map((kind) => ({
        registrationId: outcome.registrationId,
        kind,
        textVersion: item.input.consentVersion,
        channel,
      })),
  );
  if (rows.length) {
    await tx.execute(sql`
      INSERT INTO consents (registration_id, kind, text_version, channel)
      SELECT registration_id, kind, text_version, channel
      FROM jsonb_to_recordset(${JSON.stringify(rows.map((r) => ({ registration_id: r.registrationId, kind: r.kind, text_version: r.textVersion, channel: r.channel })))}::jsonb)
        AS given(registration_id uuid, kind text, text_version integer, channel text)`);
  }
}

export interface RegisterResult {
  registrationId: string;
  /** False when the document was already registered in the assembly and its answers were updated. */
  created: boolean;
  credential: string;
}

/**
 * Registers one person in an assembly (public page, desk walk-in): validates the assembly's rules, inserts or
 * — after confirming identity with the date of birth — updates, records the consents, writes the domain event
 * and returns the QR credential. Throws AppError with field messages; the caller checks who may register.
 */
export async function registerPerson(
  tx: Tx,
  assemblyId: string,
  input: RegistrationInput,
  channel: RegistrationChannel,
): Promise<RegisterResult> {
  const context = await loadRegistrationContext(tx, assemblyId);
  assertRegistrable(context, input);
  const [outcome] = await saveRegistrations(
    tx,
    context,
    [pendingRegistration(context, input, channel)],
    channel,
  );
  if (!outcome || outcome.kind === "identity_mismatch") {
    throw new AppError(
      "registration.identity_mismatch",
      {},
      {
        birthDate: "No coincide con la fecha de nacimiento de la inscripción de este documento.",
      },
    );
  }
  if (outcome.kind !== "unchanged") {
    await appendEvent(tx, {
      assemblyId,
      type: outcome.kind === "created" ? "registration.created" : "registration.updated",
      payload: { registrationId: outcome.registrationId, channel },
    });
  }
  return {
    registrationId: outcome.registrationId,
    created: outcome.kind === "created",
    credential: await issueCredential(tx, outcome.registrationId),
  };
}

/**
 * A staff correction of one registration: the same rules, no identity check (staff see the person), and
 * the document may change unless another registration of the assembly already has it.
 */
export async function correctRegistration(
  tx: Tx,
  registrationId: string,
  input: RegistrationInput,
  channel: RegistrationChannel,
): Promise<void> {
  const [current] = await tx.select().from(registrations).where(eq(registrations.id, registrationId));
  if (!current) throw notFound();
  const context = await loadRegistrationContext(tx, current.assemblyId);
  assertRegistrable(context, input);
  const [clash] = await tx
    .select({ id: registrations.id })
    .from(registrations)
    .where(
      and(
        eq(registrations.assemblyId, current.assemblyId),
        eq(registrations.documentType, input.documentType),
        eq(registrations.documentNumber, input.documentNumber),
        sql`${registrations.id} <> ${registrationId}`,
      ),
    );
  if (clash) {
    throw new AppError(
      "registration.duplicate_document",
      { type: input.documentType, number: input.documentNumber },
      { documentNumber: "Otra inscripción de esta asamblea ya tiene este documento." },
    );
  }
  const pending = pendingRegistration(context, input, channel);
  const { source: _keep, assemblyId: _same, ...answers } = pending.values;
  await tx
    .update(registrations)
    .set({ ...answers, updatedAt: new Date() })
    .where(eq(registrations.id, registrationId));
  await recordConsents(tx, [pending], [{ kind: "updated", registrationId }], channel);
  await appendEvent(tx, {
    assemblyId: current.assemblyId,
    type: "registration.updated",
    payload: { registrationId, channel },
  });
}
