import { sql } from "drizzle-orm";
import {
  bigint,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { assemblies } from "./assemblies";
import { registrations } from "./registrations";
import { allies } from "./run-of-day";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

const assemblyRef = () =>
  uuid("assembly_id")
    .notNull()
    .references(() => assemblies.id, { onDelete: "cascade" });

/** One organisation of an assembly, de-duplicated from registrations, or an ally of Momento 2. */
export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assemblyId: assemblyRef(),
    source: text("source").notNull(),
    allyId: uuid("ally_id")
      .unique()
      .references(() => allies.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    nit: text("nit"),
    type: text("type"),
    sector: text("sector"),
    allyKind: text("ally_kind"),
    productsServices: text("products_services").notNull().default(""),
    municipalityCode: text("municipality_code"),
    preferredAxes: text("preferred_axes").array().notNull().default(sql`'{}'`),
    chains: text("chains").array().notNull().default(sql`'{}'`),
    capacities: text("capacities").array().notNull().default(sql`'{}'`),
    memberCount: integer("member_count").notNull().default(0),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`minga_organization_document(name, products_services)`,
    ),
    searchText: text("search_text").generatedAlwaysAs(sql`minga_fold(name || ' ' || products_services)`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("organizations_assembly_idx").on(t.assemblyId)],
);

export const organizationAliases = pgTable(
  "organization_aliases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assemblyId: assemblyRef(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    value: text("value").notNull(),
  },
  (t) => [
    unique().on(t.organizationId, t.kind, t.value),
    index("organization_aliases_assembly_idx").on(t.assemblyId, t.value),
  ],
);

export const organizationMembers = pgTable(
  "organization_members",
  {
    registrationId: uuid("registration_id")
      .primaryKey()
      .references(() => registrations.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    assemblyId: assemblyRef(),
  },
  (t) => [index("organization_members_organization_idx").on(t.organizationId)],
);

export const organizationMerges = pgTable(
  "organization_merges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assemblyId: assemblyRef(),
    targetId: uuid("target_id").references(() => organizations.id, { onDelete: "set null" }),
    targetName: text("target_name").notNull(),
    mergedName: text("merged_name").notNull(),
    merged: jsonb("merged").notNull(),
    mergedBy: uuid("merged_by").references(() => users.id, { onDelete: "set null" }),
    mergedAt: timestamp("merged_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("organization_merges_assembly_idx").on(t.assemblyId, t.mergedAt)],
);

export const organizationDistinctPairs = pgTable(
  "organization_distinct_pairs",
  {
    assemblyId: assemblyRef(),
    firstId: uuid("first_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    secondId: uuid("second_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.firstId, t.secondId] }),
    index("organization_distinct_pairs_assembly_idx").on(t.assemblyId),
  ],
);

export const organizationRegistryState = pgTable("organization_registry_state", {
  assemblyId: uuid("assembly_id")
    .primaryKey()
    .references(() => assemblies.id, { onDelete: "cascade" }),
  fingerprint: text("fingerprint").notNull(),
  syncedAt: timestamp("synced_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Moves whenever an assembly's registrations change (triggers in migration 0009): the registry's cue. */
export const registrationChanges = pgTable("registration_changes", {
  assemblyId: uuid("assembly_id").primaryKey(),
  version: bigint("version", { mode: "number" }).notNull().default(0),
});

/** The words of an assembly's organisations (triggers in migration 0010): the misspelling search's vocabulary. */
export const organizationWords = pgTable(
  "organization_words",
  {
    assemblyId: uuid("assembly_id")
      .notNull()
      .references(() => assemblies.id, { onDelete: "cascade" }),
    word: text("word").notNull(),
  },
  (t) => [primaryKey({ columns: [t.assemblyId, t.word] })],
);
