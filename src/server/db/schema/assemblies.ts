import { boolean, date, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { agreements } from "./agreements";

export const axes = pgTable("axes", {
  id: uuid("id").primaryKey().defaultRandom(),
  code: text("code").notNull().unique(),
  position: integer("position").notNull(),
  name: text("name").notNull(),
  definition: text("definition").notNull(),
  color: text("color").notNull(),
  active: boolean("active").notNull().default(true),
});

export const assemblies = pgTable(
  "assemblies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agreementId: uuid("agreement_id")
      .notNull()
      .references(() => agreements.id),
    name: text("name").notNull(),
    departmentCode: text("department_code").notNull(),
    municipalityCode: text("municipality_code").notNull(),
    venue: text("venue").notNull().default(""),
    date: date("date").notNull(),
    capacity: integer("capacity").notNull().default(500),
    projectName: text("project_name").notNull().default(""),
    projectDescription: text("project_description").notNull().default(""),
    status: text("status").notNull().default("draft"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("assemblies_agreement_idx").on(t.agreementId)],
);

export const assemblyTables = pgTable(
  "assembly_tables",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assemblyId: uuid("assembly_id")
      .notNull()
      .references(() => assemblies.id, { onDelete: "cascade" }),
    axisId: uuid("axis_id").references(() => axes.id),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    definition: text("definition").notNull(),
    color: text("color").notNull(),
    capacity: integer("capacity").notNull().default(100),
    enabled: boolean("enabled").notNull().default(true),
  },
  (t) => [unique().on(t.assemblyId, t.axisId)],
);

export const agendaBlocks = pgTable(
  "agenda_blocks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assemblyId: uuid("assembly_id")
      .notNull()
      .references(() => assemblies.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    startMinute: integer("start_minute").notNull(),
    endMinute: integer("end_minute").notNull(),
    description: text("description").notNull().default(""),
    responsible: text("responsible").notNull().default(""),
  },
  (t) => [index("agenda_blocks_assembly_idx").on(t.assemblyId, t.position)],
);
