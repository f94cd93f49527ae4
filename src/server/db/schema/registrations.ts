import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { assemblies } from "./assemblies";

export const registrations = pgTable(
  "registrations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assemblyId: uuid("assembly_id")
      .notNull()
      .references(() => assemblies.id, { onDelete: "cascade" }),
    documentType: text("document_type").notNull(),
    documentNumber: text("document_number").notNull(),
    firstNames: text("first_names").notNull(),
    lastNames: text("last_names").notNull(),
    birthDate: date("birth_date").notNull(),
    sex: text("sex").notNull(),
    genderIdentity: text("gender_identity"),
    genderIdentityOther: text("gender_identity_other"),
    phone: text("phone").notNull(),
    email: text("email"),
    departmentCode: text("department_code").notNull(),
    municipalityCode: text("municipality_code").notNull(),
    zone: text("zone").notNull(),
    populationGroups: text("population_groups").array().notNull().default(sql`'{}'`),
    economy: text("economy").notNull(),
    organizationName: text("organization_name"),
    organizationNit: text("organization_nit"),
    organizationType: text("organization_type").notNull().default("sin_organizacion"),
    organizationRole: text("organization_role"),
    economicSector: text("economic_sector"),
    productsServices: text("products_services"),
    preferredAxes: text("preferred_axes").array().notNull().default(sql`'{}'`),
    knowsPit: boolean("knows_pit").notNull().default(false),
    heardVia: text("heard_via"),
    ethnicity: text("ethnicity"),
    disability: boolean("disability"),
    conflictVictim: boolean("conflict_victim"),
    guardianName: text("guardian_name"),
    guardianDocumentType: text("guardian_document_type"),
    guardianDocumentNumber: text("guardian_document_number"),
    extra: jsonb("extra").notNull().default({}),
    source: text("source").notNull(),
    // Added by 0002_registration: the QR credential's nonce and the desk's search text (generated column).
    credentialNonce: text("credential_nonce")
      .notNull()
      .default(sql`substr(md5(gen_random_uuid()::text), 1, 16)`),
    searchText: text("search_text").generatedAlwaysAs(
      sql`minga_fold(first_names || ' ' || last_names || ' ' || document_number)`,
    ),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.assemblyId, t.documentType, t.documentNumber),
    index("registrations_person_idx").on(t.documentType, t.documentNumber),
  ],
);

export const consents = pgTable(
  "consents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    registrationId: uuid("registration_id")
      .notNull()
      .references(() => registrations.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    textVersion: integer("text_version").notNull(),
    channel: text("channel").notNull(),
    givenAt: timestamp("given_at", { withTimezone: true }).notNull().defaultNow(),
    // Added by 0002_registration.
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
  },
  (t) => [index("consents_registration_idx").on(t.registrationId)],
);
