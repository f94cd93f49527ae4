import { boolean, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { agendaBlocks, assemblies, assemblyTables } from "./assemblies";

/** What actually happened to an agenda block: started, ended, or skipped. No row means pending. */
export const blockRuns = pgTable(
  "block_runs",
  {
    blockId: uuid("block_id")
      .primaryKey()
      .references(() => agendaBlocks.id, { onDelete: "cascade" }),
    assemblyId: uuid("assembly_id")
      .notNull()
      .references(() => assemblies.id, { onDelete: "cascade" }),
    startedAt: timestamp("started_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    skipped: boolean("skipped").notNull().default(false),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("block_runs_assembly_idx").on(t.assemblyId)],
);

/** Columns of something that is either an uploaded file (under dataDir/uploads/<fileKey>) or a link. */
const fileOrLink = {
  url: text("url"),
  fileKey: text("file_key"),
  fileName: text("file_name"),
  mimeType: text("mime_type"),
  sizeBytes: integer("size_bytes"),
};

export const slides = pgTable(
  "slides",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assemblyId: uuid("assembly_id")
      .notNull()
      .references(() => assemblies.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull().default(""),
    kind: text("kind").notNull(),
    ...fileOrLink,
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("slides_assembly_idx").on(t.assemblyId, t.position)],
);

export const experiences = pgTable(
  "experiences",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assemblyId: uuid("assembly_id")
      .notNull()
      .references(() => assemblies.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    organization: text("organization").notNull(),
    presenter: text("presenter").notNull().default(""),
    municipalityCode: text("municipality_code").notNull(),
    theme: text("theme").notNull().default(""),
    durationSeconds: integer("duration_seconds").notNull().default(600),
    timerStartedAt: timestamp("timer_started_at", { withTimezone: true }),
    timerStoppedAt: timestamp("timer_stopped_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("experiences_assembly_idx").on(t.assemblyId, t.position)],
);

/** What the plenary screen shows; the screen key opens the projector page without a staff session. */
export const projectorScreens = pgTable("projector_screens", {
  assemblyId: uuid("assembly_id")
    .primaryKey()
    .references(() => assemblies.id, { onDelete: "cascade" }),
  screenKey: text("screen_key").notNull().unique(),
  view: text("view").notNull().default("welcome"),
  slideId: uuid("slide_id").references(() => slides.id, { onDelete: "set null" }),
  experienceId: uuid("experience_id").references(() => experiences.id, { onDelete: "set null" }),
  tableId: uuid("table_id").references(() => assemblyTables.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const materials = pgTable(
  "materials",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assemblyId: uuid("assembly_id")
      .notNull()
      .references(() => assemblies.id, { onDelete: "cascade" }),
    blockId: uuid("block_id")
      .notNull()
      .references(() => agendaBlocks.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    ...fileOrLink,
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("materials_assembly_idx").on(t.assemblyId, t.blockId)],
);

export const allies = pgTable(
  "allies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assemblyId: uuid("assembly_id")
      .notNull()
      .references(() => assemblies.id, { onDelete: "cascade" }),
    institution: text("institution").notNull(),
    kind: text("kind").notNull(),
    presenter: text("presenter").notNull().default(""),
    offer: text("offer").notNull().default(""),
    pitContribution: text("pit_contribution").notNull().default(""),
    contactName: text("contact_name").notNull().default(""),
    contactPhone: text("contact_phone").notNull().default(""),
    contactEmail: text("contact_email").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("allies_assembly_idx").on(t.assemblyId)],
);

/** An assembly's guiding questions and good-practice criteria; no row means the defaults. */
export const experienceTemplates = pgTable("experience_templates", {
  assemblyId: uuid("assembly_id")
    .primaryKey()
    .references(() => assemblies.id, { onDelete: "cascade" }),
  guidingQuestions: text("guiding_questions").array().notNull(),
  criteria: text("criteria").array().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const experienceSystematisations = pgTable("experience_systematisations", {
  experienceId: uuid("experience_id")
    .primaryKey()
    .references(() => experiences.id, { onDelete: "cascade" }),
  contributions: text("contributions").notNull().default(""),
  learnings: text("learnings").notNull().default(""),
  difficulties: text("difficulties").notNull().default(""),
  opportunities: text("opportunities").notNull().default(""),
  criteria: text("criteria").array().notNull().default([]),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
