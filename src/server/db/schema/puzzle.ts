import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { subtables } from "./allocation";
import { assemblies, assemblyTables } from "./assemblies";

const assemblyRef = () =>
  uuid("assembly_id")
    .notNull()
    .references(() => assemblies.id, { onDelete: "cascade" });
const tableRef = () =>
  uuid("table_id")
    .notNull()
    .references(() => assemblyTables.id, { onDelete: "cascade" });
/** Pieces keep their sub-table: deleting a sub-table with pieces fails rather than losing them. */
const subtableRef = () =>
  uuid("subtable_id")
    .notNull()
    .references(() => subtables.id);
const pieceColumns = () => ({
  version: integer("version").notNull().default(1),
  updatedBy: text("updated_by").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const puzzleNeeds = pgTable(
  "puzzle_needs",
  {
    id: uuid("id").primaryKey(),
    assemblyId: assemblyRef(),
    tableId: tableRef(),
    subtableId: subtableRef(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    affectedGroups: text("affected_groups").array().notNull().default(sql`'{}'`),
    ...pieceColumns(),
  },
  (t) => [
    index("puzzle_needs_subtable_idx").on(t.subtableId, t.createdAt),
    index("puzzle_needs_assembly_idx").on(t.assemblyId),
  ],
);

export const puzzleSolutions = pgTable(
  "puzzle_solutions",
  {
    id: uuid("id").primaryKey(),
    assemblyId: assemblyRef(),
    tableId: tableRef(),
    subtableId: subtableRef(),
    needId: uuid("need_id")
      .notNull()
      .unique()
      .references(() => puzzleNeeds.id, { onDelete: "cascade" }),
    description: text("description").notNull(),
    cooperationForm: text("cooperation_form").notNull(),
    organizations: text("organizations").array().notNull().default(sql`'{}'`),
    ...pieceColumns(),
  },
  (t) => [
    index("puzzle_solutions_subtable_idx").on(t.subtableId),
    index("puzzle_solutions_assembly_idx").on(t.assemblyId),
  ],
);

export const puzzlePlanItems = pgTable(
  "puzzle_plan_items",
  {
    id: uuid("id").primaryKey(),
    assemblyId: assemblyRef(),
    tableId: tableRef(),
    subtableId: subtableRef(),
    solutionId: uuid("solution_id")
      .notNull()
      .references(() => puzzleSolutions.id, { onDelete: "cascade" }),
    action: text("action").notNull(),
    owner: text("owner").notNull(),
    due: text("due").notNull(),
    resources: text("resources").notNull().default(""),
    ...pieceColumns(),
  },
  (t) => [
    index("puzzle_plan_items_solution_idx").on(t.solutionId, t.createdAt),
    index("puzzle_plan_items_assembly_idx").on(t.assemblyId),
  ],
);

/** Every applied change by the id its phone gave it, with its answer: a resend is answered the same. */
export const puzzleChanges = pgTable(
  "puzzle_changes",
  {
    changeId: uuid("change_id").primaryKey(),
    assemblyId: assemblyRef(),
    subtableId: uuid("subtable_id")
      .notNull()
      .references(() => subtables.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    pieceId: uuid("piece_id").notNull(),
    /** phone | staff | paper | import */
    source: text("source").notNull(),
    response: jsonb("response").notNull(),
    appliedAt: timestamp("applied_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("puzzle_changes_subtable_idx").on(t.subtableId, t.appliedAt)],
);

export const puzzleTimers = pgTable(
  "puzzle_timers",
  {
    tableId: uuid("table_id")
      .primaryKey()
      .references(() => assemblyTables.id, { onDelete: "cascade" }),
    assemblyId: assemblyRef(),
    phase: text("phase").notNull(),
    running: boolean("running").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    elapsedMs: integer("elapsed_ms").notNull(),
    durationMs: integer("duration_ms").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("puzzle_timers_assembly_idx").on(t.assemblyId)],
);

export const puzzleSettings = pgTable("puzzle_settings", {
  assemblyId: uuid("assembly_id")
    .primaryKey()
    .references(() => assemblies.id, { onDelete: "cascade" }),
  needMinutes: integer("need_minutes").notNull(),
  solutionMinutes: integer("solution_minutes").notNull(),
  planMinutes: integer("plan_minutes").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const puzzlePresence = pgTable(
  "puzzle_presence",
  {
    subtableId: uuid("subtable_id")
      .notNull()
      .references(() => subtables.id, { onDelete: "cascade" }),
    deviceId: uuid("device_id").notNull(),
    assemblyId: assemblyRef(),
    name: text("name").notNull().default(""),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.subtableId, t.deviceId] }),
    index("puzzle_presence_assembly_idx").on(t.assemblyId, t.lastSeenAt),
  ],
);
