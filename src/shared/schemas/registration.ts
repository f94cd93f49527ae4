import { z } from "zod";
import { AGE_BANDS } from "../../domain/registration/age";
import {
  CONSENT_CHANNELS,
  DOCUMENT_TYPES,
  type DocumentType,
  ECONOMIC_SECTORS,
  ECONOMIES,
  ETHNICITIES,
  GENDER_IDENTITIES,
  ORGANIZATION_TYPES,
  OUTREACH_CHANNELS,
  POPULATION_GROUPS,
  SEXES,
  ZONES,
} from "../../domain/registration/catalog";
import { CONSENT_KINDS, SENSITIVE_FIELDS } from "../../domain/registration/consent";
import {
  DOCUMENT_RULES,
  type DocumentProblem,
  documentProblem,
  normalizeDocument,
} from "../../domain/registration/document";
import { isValidNit } from "../../domain/registration/nit";
import { mobileProblem, normalizeMobile, type PhoneProblem } from "../../domain/registration/phone";
import { translate } from "../i18n";

// The unified registration form (issue 4): one schema for the public page, the check-in desk and the bulk
// import. Numbers arrive as people write them and leave normalised; messages are Spanish, for people.

const REQUIRED = "Este campo es obligatorio.";
const today = () => new Date().toISOString().slice(0, 10);

const required = (max: number, error = REQUIRED) =>
  z
    .string({ error })
    .trim()
    .min(1, { error })
    .max(max, { error: `Máximo ${max} caracteres.` });

/** Optional text: blank, null or missing all mean "not given" and are stored as null. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Máximo ${max} caracteres.` })
    .nullish()
    .transform((value) => value || null);

const optionalEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .enum(values, { error: "Elija una opción de la lista." })
    .nullish()
    .transform((value) => value ?? null);

const optionalBoolean = () =>
  z
    .boolean({ error: "Responda sí o no." })
    .nullish()
    .transform((value) => value ?? null);

export function documentMessage(type: DocumentType, problem: DocumentProblem): string {
  const rule = DOCUMENT_RULES[type];
  const name = translate("es", `catalog.documentType.${type}`);
  switch (problem) {
    case "empty":
      return "Escriba el número de documento.";
    case "digits":
      return `El número de ${name.toLowerCase()} lleva solo dígitos.`;
    case "chars":
      return "El número lleva solo letras y dígitos.";
    case "length":
      return `El número de ${name.toLowerCase()} lleva de ${rule.min} a ${rule.max} ${rule.chars === "digits" ? "dígitos" : "caracteres"}.`;
  }
}

export const PHONE_MESSAGES: Record<PhoneProblem, string> = {
  empty: "Escriba un número de celular.",
  chars: "El celular lleva solo dígitos.",
  landline: "Escriba un número de celular, no un teléfono fijo.",
  length: "El celular tiene 10 dígitos, por ejemplo 300 123 4567.",
  not_mobile: "Los celulares en Colombia empiezan por 3, por ejemplo 300 123 4567.",
};

export const SENSITIVE_WITHOUT_CONSENT =
  "Para guardar este dato debe dar la autorización de datos sensibles.";

const EXTRA_KEY = /^[a-z][a-z0-9_]{0,39}$/;
export const ZExtraValuesSchema = z.record(
  z.string().regex(EXTRA_KEY),
  z.union([z.string().trim().max(500, { error: "Máximo 500 caracteres." }), z.boolean(), z.null()]),
);
export type ExtraValues = z.infer<typeof ZExtraValuesSchema>;

export const ZRegistrationInputSchema = z
  .object({
    documentType: z.enum(DOCUMENT_TYPES, { error: "Elija el tipo de documento." }),
    documentNumber: z
      .string({ error: "Escriba el número de documento." })
      .max(40, { error: "Máximo 40 caracteres." })
      .transform(normalizeDocument),
    firstNames: required(100, "Escriba sus nombres."),
    lastNames: required(100, "Escriba sus apellidos."),
    birthDate: z.iso
      .date({ error: "Escriba la fecha de nacimiento (día, mes y año)." })
      .refine((date) => date >= "1900-01-01" && date <= today(), {
        error: "La fecha de nacimiento no es válida.",
      }),
    sex: z.enum(SEXES, { error: "Elija una opción." }),
    genderIdentity: optionalEnum(GENDER_IDENTITIES),
    genderIdentityOther: optionalText(100),
    phone: z.string({ error: PHONE_MESSAGES.empty }).transform((raw, ctx) => {
      const problem = mobileProblem(raw);
      if (problem) {
        ctx.issues.push({ code: "custom", message: PHONE_MESSAGES[problem], input: raw });
        return z.NEVER;
      }
      return normalizeMobile(raw)!;
    }),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(200, { error: "Máximo 200 caracteres." })
      .nullish()
      .transform((value) => value || null)
      .refine((value) => value === null || z.regexes.email.test(value), {
        error: "Escriba un correo válido.",
      }),
    departmentCode: z
      .string({ error: "Elija el departamento." })
      .regex(/^\d{2}$/, { error: "Elija el departamento." }),
    municipalityCode: z
      .string({ error: "Elija el municipio." })
      .regex(/^\d{5}$/, { error: "Elija el municipio." }),
    zone: z.enum(ZONES, { error: "Elija la zona." }),
    populationGroups: z
      .array(z.enum(POPULATION_GROUPS, { error: "Elija grupos de la lista." }))
      .max(POPULATION_GROUPS.length)
      .default([])
      .transform((groups) => [...new Set(groups)]),
    economy: z.enum(ECONOMIES, { error: "Elija el tipo de economía." }),
    organizationName: optionalText(200),
    organizationNit: z
      .string()
      .trim()
      .max(20, { error: "Máximo 20 caracteres." })
      .nullish()
      .transform((value) => (value ? value.replace(/[.\-\s]/g, "") : null))
      .refine((value) => value === null || isValidNit(value), {
        error: "El NIT no es válido: revise los dígitos y el dígito de verificación.",
      }),
    organizationType: z
      .enum(ORGANIZATION_TYPES, { error: "Elija una opción de la lista." })
      .default("sin_organizacion"),
    organizationRole: optionalText(100),
    economicSector: optionalEnum(ECONOMIC_SECTORS),
    productsServices: optionalText(1000),
    preferredAxes: z
      .array(z.string().regex(/^[a-z0-9_]{1,40}$/, { error: "Eje no válido." }))
      .max(5, { error: "Elija máximo 5 ejes." })
      .default([])
      .refine((axes) => new Set(axes).size === axes.length, { error: "No repita ejes." }),
    knowsPit: z.boolean({ error: "Responda sí o no." }).default(false),
    heardVia: optionalEnum(OUTREACH_CHANNELS),
    /** The convenio's authorisation to process personal data: required to register. */
    dataConsent: z.literal(true, {
      error: "Debe aceptar la autorización de tratamiento de datos para inscribirse.",
    }),
    /** The version of the authorisation text the person read. */
    consentVersion: z.number({ error: "Falta la versión de la autorización." }).int().min(1),
    /** The separate, explicit authorisation without which no sensitive field is stored. */
    sensitiveConsent: z.boolean().default(false),
    ethnicity: optionalEnum(ETHNICITIES),
    disability: optionalBoolean(),
    conflictVictim: optionalBoolean(),
    guardianName: optionalText(200),
    guardianDocumentType: optionalEnum(DOCUMENT_TYPES),
    guardianDocumentNumber: z
      .string()
      .max(40, { error: "Máximo 40 caracteres." })
      .nullish()
      .transform((value) => (value ? normalizeDocument(value) || null : null)),
    guardianConsent: z.boolean().default(false),
    /** Answers to the optional fields the national admin added, by field key. */
    extra: ZExtraValuesSchema.default({}),
  })
  // Runs even when other fields failed, so a form or an import row shows every problem at once; fields that
  // failed their own parsing are skipped here.
  .superRefine(
    (input, ctx) => {
      const isType = (value: unknown): value is DocumentType =>
        DOCUMENT_TYPES.includes(value as DocumentType);
      const checkDocument = (
        typeField: "documentType" | "guardianDocumentType",
        numberField: "documentNumber" | "guardianDocumentNumber",
      ) => {
        const type = input[typeField];
        const number = input[numberField];
        if (!isType(type) || typeof number !== "string") return;
        const problem = documentProblem(type, number);
        if (problem)
          ctx.addIssue({ code: "custom", path: [numberField], message: documentMessage(type, problem) });
      };
      checkDocument("documentType", "documentNumber");
      if (input.guardianDocumentNumber) checkDocument("guardianDocumentType", "guardianDocumentNumber");
      if (input.sensitiveConsent !== true) {
        for (const field of SENSITIVE_FIELDS) {
          if (input[field] !== null && input[field] !== undefined) {
            ctx.addIssue({ code: "custom", path: [field], message: SENSITIVE_WITHOUT_CONSENT });
          }
        }
      }
    },
    { when: () => true },
  );
/** What a form sends (numbers as typed). */
export type RegistrationForm = z.input<typeof ZRegistrationInputSchema>;
/** What the server stores (normalised). */
export type RegistrationInput = z.output<typeof ZRegistrationInputSchema>;

/** The fields of the unified form in the order the form shows them; the import maps columns onto them. */
export const REGISTRATION_FIELDS = [
  "documentType",
  "documentNumber",
  "firstNames",
  "lastNames",
  "birthDate",
  "sex",
  "genderIdentity",
  "genderIdentityOther",
  "phone",
  "email",
  "departmentCode",
  "municipalityCode",
  "zone",
  "populationGroups",
  "economy",
  "organizationName",
  "organizationNit",
  "organizationType",
  "organizationRole",
  "economicSector",
  "productsServices",
  "preferredAxes",
  "knowsPit",
  "heardVia",
  "dataConsent",
  "sensitiveConsent",
  "ethnicity",
  "disability",
  "conflictVictim",
  "guardianName",
  "guardianDocumentType",
  "guardianDocumentNumber",
  "guardianConsent",
] as const satisfies readonly (keyof RegistrationForm)[];
export type RegistrationField = (typeof REGISTRATION_FIELDS)[number];

export const ZConsentRecordSchema = z.object({
  kind: z.enum(CONSENT_KINDS),
  textVersion: z.number(),
  channel: z.enum(CONSENT_CHANNELS),
  givenAt: z.string(),
  withdrawnAt: z.string().nullable(),
});

const place = {
  departmentCode: z.string(),
  departmentName: z.string(),
  municipalityCode: z.string(),
  municipalityName: z.string(),
};

/** One registration as staff allowed to see personal data read it. */
export const ZRegistrationSchema = z
  .object({
    id: z.uuid(),
    assemblyId: z.uuid(),
    documentType: z.enum(DOCUMENT_TYPES),
    documentNumber: z.string(),
    firstNames: z.string(),
    lastNames: z.string(),
    birthDate: z.string(),
    age: z.number(),
    ageBand: z.enum(AGE_BANDS),
    sex: z.enum(SEXES),
    genderIdentity: z.enum(GENDER_IDENTITIES).nullable(),
    genderIdentityOther: z.string().nullable(),
    phone: z.string(),
    email: z.string().nullable(),
    ...place,
    zone: z.enum(ZONES),
    populationGroups: z.array(z.enum(POPULATION_GROUPS)),
    economy: z.enum(ECONOMIES),
    organizationName: z.string().nullable(),
    organizationNit: z.string().nullable(),
    organizationType: z.enum(ORGANIZATION_TYPES),
    organizationRole: z.string().nullable(),
    economicSector: z.enum(ECONOMIC_SECTORS).nullable(),
    productsServices: z.string().nullable(),
    preferredAxes: z.array(z.string()),
    knowsPit: z.boolean(),
    heardVia: z.enum(OUTREACH_CHANNELS).nullable(),
    sensitiveConsent: z.boolean(),
    ethnicity: z.enum(ETHNICITIES).nullable(),
    disability: z.boolean().nullable(),
    conflictVictim: z.boolean().nullable(),
    guardianName: z.string().nullable(),
    guardianDocumentType: z.enum(DOCUMENT_TYPES).nullable(),
    guardianDocumentNumber: z.string().nullable(),
    extra: ZExtraValuesSchema,
    source: z.enum(CONSENT_CHANNELS),
    consents: z.array(ZConsentRecordSchema),
    /** The QR credential's content, to show or print for the person. */
    credential: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Registration" });
export type RegistrationDto = z.infer<typeof ZRegistrationSchema>;

/** A row of the staff list for roles allowed to see personal data. */
export const ZRegistrationRowSchema = z
  .object({
    id: z.uuid(),
    documentType: z.enum(DOCUMENT_TYPES),
    documentNumber: z.string(),
    firstNames: z.string(),
    lastNames: z.string(),
    ageBand: z.enum(AGE_BANDS),
    sex: z.enum(SEXES),
    phone: z.string(),
    municipalityName: z.string(),
    organizationName: z.string().nullable(),
    source: z.enum(CONSENT_CHANNELS),
    createdAt: z.string(),
  })
  .meta({ id: "RegistrationRow" });
export type RegistrationRowDto = z.infer<typeof ZRegistrationRowSchema>;

/** A row of the list for roles that only read anonymised data (supervisors): no name, document or contact. */
export const ZAnonymousRegistrationSchema = z
  .object({
    id: z.uuid(),
    ageBand: z.enum(AGE_BANDS),
    sex: z.enum(SEXES),
    municipalityName: z.string(),
    zone: z.enum(ZONES),
    populationGroups: z.array(z.enum(POPULATION_GROUPS)),
    economy: z.enum(ECONOMIES),
    organizationType: z.enum(ORGANIZATION_TYPES),
    source: z.enum(CONSENT_CHANNELS),
  })
  .meta({ id: "AnonymousRegistration" });
export type AnonymousRegistrationDto = z.infer<typeof ZAnonymousRegistrationSchema>;

/** What may be shown to whoever holds a credential or stands at the desk: first names and a masked document. */
export const ZMaskedRegistrationSchema = z
  .object({
    id: z.uuid(),
    firstNames: z.string(),
    lastInitials: z.string(),
    documentType: z.enum(DOCUMENT_TYPES),
    documentMasked: z.string(),
  })
  .meta({ id: "MaskedRegistration" });
export type MaskedRegistrationDto = z.infer<typeof ZMaskedRegistrationSchema>;

export const ZRegistrationListQuerySchema = z.object({
  q: z.string().trim().max(80).default(""),
  municipalityCode: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
  sex: z.enum(SEXES).optional(),
  populationGroup: z.enum(POPULATION_GROUPS).optional(),
  ageBand: z.enum(AGE_BANDS).optional(),
  source: z.enum(CONSENT_CHANNELS).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type RegistrationListQuery = z.infer<typeof ZRegistrationListQuerySchema>;

export const ZRegistrationListSchema = z.discriminatedUnion("personal", [
  z.object({ personal: z.literal(true), total: z.number(), items: z.array(ZRegistrationRowSchema) }),
  z.object({ personal: z.literal(false), total: z.number(), items: z.array(ZAnonymousRegistrationSchema) }),
]);
export type RegistrationListDto = z.infer<typeof ZRegistrationListSchema>;

export const ZRegistrationResultSchema = z
  .object({
    registrationId: z.uuid(),
    /** False when the same document was already registered and its answers were updated. */
    created: z.boolean(),
    credential: z.string(),
    person: ZMaskedRegistrationSchema,
  })
  .meta({ id: "RegistrationResult" });
export type RegistrationResultDto = z.infer<typeof ZRegistrationResultSchema>;

/** Recover a lost credential: the same identity check as an update. */
export const ZCredentialRecoverySchema = z.object({
  documentType: z.enum(DOCUMENT_TYPES, { error: "Elija el tipo de documento." }),
  documentNumber: z.string({ error: "Escriba el número de documento." }).max(40).transform(normalizeDocument),
  birthDate: z.iso.date({ error: "Escriba la fecha de nacimiento (día, mes y año)." }),
});

export const EXTRA_FIELD_TYPES = ["text", "select", "boolean", "date"] as const;
export type ExtraFieldType = (typeof EXTRA_FIELD_TYPES)[number];

const ZExtraOptionSchema = z.object({
  value: z
    .string()
    .regex(/^[a-z0-9_]{1,40}$/, { error: "Use minúsculas, dígitos y _ (por ejemplo «tienda_barrio»)." }),
  labelEs: required(120),
  labelEn: required(120),
});

export const ZRegistrationFieldInputSchema = z
  .object({
    labelEs: required(120),
    labelEn: required(120),
    type: z.enum(EXTRA_FIELD_TYPES, { error: "Elija el tipo de campo." }),
    options: z.array(ZExtraOptionSchema).max(50).default([]),
    active: z.boolean().default(true),
  })
  .superRefine((field, ctx) => {
    if (field.type === "select" && field.options.length < 2) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: "Una lista necesita al menos dos opciones.",
      });
    }
    if (field.type !== "select" && field.options.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: "Solo los campos de lista tienen opciones.",
      });
    }
    const values = field.options.map((o) => o.value);
    if (new Set(values).size !== values.length) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "Hay opciones repetidas." });
    }
  });
export type RegistrationFieldInput = z.infer<typeof ZRegistrationFieldInputSchema>;

export const ZRegistrationFieldSchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    labelEs: z.string(),
    labelEn: z.string(),
    type: z.enum(EXTRA_FIELD_TYPES),
    options: z.array(z.object({ value: z.string(), labelEs: z.string(), labelEn: z.string() })),
    position: z.number(),
    active: z.boolean(),
  })
  .meta({ id: "RegistrationField" });
export type RegistrationFieldDto = z.infer<typeof ZRegistrationFieldSchema>;

/** What anyone may read about an assembly before registering: nothing personal. */
export const ZPublicAssemblySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    date: z.string(),
    venue: z.string(),
    departmentName: z.string(),
    municipalityName: z.string(),
    legend: z.string(),
    registrationOpen: z.boolean(),
    consentText: z.string(),
    consentVersion: z.number(),
    axes: z.array(z.object({ code: z.string(), name: z.string() })),
    extraFields: z.array(ZRegistrationFieldSchema),
  })
  .meta({ id: "PublicAssembly" });
export type PublicAssemblyDto = z.infer<typeof ZPublicAssemblySchema>;
