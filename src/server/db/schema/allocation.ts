import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { assemblies, assemblyTables } from "./assemblies";
import { registrations } from "./registrations";

const userRef = (name: string) => uuid(name).references(() => users.id, { onDelete: "set null" });
const assemblyRef = () =>
  uuid("assembly_id")
    .notNull()
    .references(() => assemblies.id, { onDelete: "cascade" });

/** Every allocation saved for an assembly; the latest is the current one. A locked run cannot be re-run. */
export const allocationRuns = pgTable(
  "allocation_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assemblyId: assemblyRef(),
    source: text("source").notNull(),
    subtableSize: integer("subtable_size").notNull(),
    seed: integer("seed").notNull(),
    summary: jsonb("summary").notNull(),
    createdBy: userRef("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    locked: boolean("locked").notNull().default(false),
    lockedAt: timestamp("locked_at", { withTimezone: true }),
    lockedBy: userRef("locked_by"),
  },
  (t) => [index("allocation_runs_assembly_idx").on(t.assemblyId, t.createdAt)],
);

export const allocationUnlocks = pgTable(
  "allocation_unlocks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runId: uuid("run_id")
      .notNull()
      .references(() => allocationRuns.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    unlockedBy: userRef("unlocked_by"),
    unlockedAt: timestamp("unlocked_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("allocation_unlocks_run_idx").on(t.runId)],
);

export const subtables = pgTable(
  "subtables",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assemblyId: assemblyRef(),
    tableId: uuid("table_id")
      .notNull()
      .references(() => assemblyTables.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    label: text("label").notNull(),
    leaderRegistrationId: uuid("leader_registration_id").references(() => registrations.id, {
      onDelete: "set null",
    }),
    /** suggested | confirmed */
    leaderStatus: text("leader_status"),
    leaderConfirmedBy: userRef("leader_confirmed_by"),
    leaderConfirmedAt: timestamp("leader_confirmed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.tableId, t.position), index("subtables_assembly_idx").on(t.assemblyId)],
);

export const seats = pgTable(
  "seats",
  {
    registrationId: uuid("registration_id")
      .primaryKey()
      .references(() => registrations.id, { onDelete: "cascade" }),
    assemblyId: assemblyRef(),
    tableId: uuid("table_id")
      .notNull()
      .references(() => assemblyTables.id, { onDelete: "cascade" }),
    subtableId: uuid("subtable_id")
      .notNull()
      .references(() => subtables.id, { onDelete: "cascade" }),
    place: integer("place").notNull(),
    /** allocation | late_arrival | manual */
    placedBy: text("placed_by").notNull(),
    placedAt: timestamp("placed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.subtableId, t.place), index("seats_assembly_idx").on(t.assemblyId, t.tableId)],
);

export const allocationMoves = pgTable(
  "allocation_moves",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assemblyId: assemblyRef(),
    registrationId: uuid("registration_id")
      .notNull()
      .references(() => registrations.id, { onDelete: "cascade" }),
    fromTableId: uuid("from_table_id").references(() => assemblyTables.id, { onDelete: "set null" }),
    fromSubtableLabel: text("from_subtable_label"),
    toTableId: uuid("to_table_id").references(() => assemblyTables.id, { onDelete: "set null" }),
    toSubtableLabel: text("to_subtable_label").notNull(),
    reason: text("reason").notNull(),
    movedBy: userRef("moved_by"),
    movedAt: timestamp("moved_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("allocation_moves_assembly_idx").on(t.assemblyId, t.movedAt)],
);

export const tableSpokespeople = pgTable("table_spokespeople", {
  tableId: uuid("table_id")
    .primaryKey()
    .references(() => assemblyTables.id, { onDelete: "cascade" }),
  assemblyId: assemblyRef(),
  registrationId: uuid("registration_id")
    .notNull()
    .references(() => registrations.id, { onDelete: "cascade" }),
  recordedBy: userRef("recorded_by"),
  recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
});

export const joinCodes = pgTable(
  "join_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assemblyId: assemblyRef(),
    subtableId: uuid("subtable_id")
      .notNull()
      .references(() => subtables.id, { onDelete: "cascade" }),
    code: text("code").notNull().unique(),
    createdBy: userRef("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedBy: userRef("revoked_by"),
  },
  (t) => [uniqueIndex("join_codes_active_idx").on(t.subtableId).where(sql`revoked_at IS NULL`)],
);

export const joinCapabilities = pgTable(
  "join_capabilities",
  {
    tokenHash: text("token_hash").primaryKey(),
    joinCodeId: uuid("join_code_id")
      .notNull()
      .references(() => joinCodes.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("join_capabilities_code_idx").on(t.joinCodeId)],
);

export const joinAttempts = pgTable(
  "join_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    ip: text("ip").notNull(),
    code: text("code").notNull(),
    succeeded: boolean("succeeded").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("join_attempts_ip_idx").on(t.ip, t.at), index("join_attempts_code_idx").on(t.code, t.at)],
);
