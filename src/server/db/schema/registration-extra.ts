import { boolean, index, integer, json, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { assemblies } from "./assemblies";

export interface ExtraFieldOption {
  value: string;
  labelEs: string;
  labelEn: string;
}

export const registrationFields = pgTable("registration_fields", {
  id: uuid("id").primaryKey().defaultRandom(),
  key: text("key").notNull().unique(),
  labelEs: text("label_es").notNull(),
  labelEn: text("label_en").notNull(),
  type: text("type").notNull(),
  options: jsonb("options").$type<ExtraFieldOption[]>().notNull().default([]),
  position: integer("position").notNull(),
  active: boolean("active").notNull().default(true),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export interface ImportRowError {
  /** The row number as the spreadsheet shows it (the header row counts). */
  row: number;
  /** The column header as written in the file; empty when the problem is not one column's. */
  column: string;
  message: string;
}

export const importJobs = pgTable(
  "import_jobs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assemblyId: uuid("assembly_id")
      .notNull()
      .references(() => assemblies.id, { onDelete: "cascade" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    fileName: text("file_name").notNull(),
    headerRow: integer("header_row").notNull(),
    headers: jsonb("headers").$type<string[]>().notNull(),
    // json, not jsonb: kept as sent (thousands of rows), never queried inside.
    rows: json("rows").$type<string[][]>().notNull(),
    /** The first non-blank data rows, for the wizard's mapping step. */
    sample: jsonb("sample").$type<string[][]>().notNull().default([]),
    mapping: jsonb("mapping").$type<(string | null)[]>(),
    allConsented: boolean("all_consented").notNull().default(false),
    status: text("status").notNull().default("uploaded"),
    total: integer("total").notNull(),
    processed: integer("processed").notNull().default(0),
    createdCount: integer("created_count").notNull().default(0),
    updatedCount: integer("updated_count").notNull().default(0),
    unchangedCount: integer("unchanged_count").notNull().default(0),
    invalidCount: integer("invalid_count").notNull().default(0),
    errors: jsonb("errors").$type<ImportRowError[]>().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("import_jobs_assembly_idx").on(t.assemblyId, t.createdAt)],
);

export const serverSecrets = pgTable("server_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
