import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { assemblies, assemblyTables } from "./assemblies";
import { puzzleNeeds } from "./puzzle";
import { registrations } from "./registrations";

// Momento 5: consolidation, votes, the lock with the approved document, the plenary screen and commitments.

const assemblyRef = () =>
  uuid("assembly_id")
    .notNull()
    .references(() => assemblies.id, { onDelete: "cascade" });
const userRef = (name: string) => uuid(name).references(() => users.id, { onDelete: "set null" });
const at = (name: string) => timestamp(name, { withTimezone: true });

export const plenaryItems = pgTable(
  "plenary_items",
  {
    id: uuid("id").primaryKey(),
    assemblyId: assemblyRef(),
    tableId: uuid("table_id")
      .notNull()
      .references(() => assemblyTables.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("plenary_items_table_idx").on(t.tableId, t.position),
    index("plenary_items_assembly_idx").on(t.assemblyId),
  ],
);

/** The original need pieces of each item; a need is in exactly one item. */
export const plenaryItemNeeds = pgTable(
  "plenary_item_needs",
  {
    needId: uuid("need_id")
      .primaryKey()
      .references(() => puzzleNeeds.id, { onDelete: "cascade" }),
    itemId: uuid("item_id")
      .notNull()
      .references(() => plenaryItems.id, { onDelete: "cascade" }),
    assemblyId: assemblyRef(),
    position: integer("position").notNull(),
  },
  (t) => [
    index("plenary_item_needs_item_idx").on(t.itemId, t.position),
    index("plenary_item_needs_assembly_idx").on(t.assemblyId),
  ],
);

export const plenaryEdits = pgTable(
  "plenary_edits",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assemblyId: assemblyRef(),
    tableId: uuid("table_id")
      .notNull()
      .references(() => assemblyTables.id, { onDelete: "cascade" }),
    /** merge | reword | reorder | undo */
    kind: text("kind").notNull(),
    actorId: userRef("actor_id"),
    actorLabel: text("actor_label").notNull(),
    at: at("at").notNull().defaultNow(),
    before: jsonb("before").notNull(),
    after: jsonb("after").notNull(),
    undoneAt: at("undone_at"),
    undoneBy: userRef("undone_by"),
  },
  (t) => [index("plenary_edits_table_idx").on(t.tableId, t.at)],
);

export const plenaryVotes = pgTable(
  "plenary_votes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assemblyId: assemblyRef(),
    /** null: the vote on the whole agenda. */
    tableId: uuid("table_id").references(() => assemblyTables.id, { onDelete: "cascade" }),
    /** hand | digital */
    method: text("method").notNull(),
    quorumKind: text("quorum_kind").notNull(),
    quorumValue: integer("quorum_value"),
    majority: text("majority").notNull(),
    /** People checked in when the vote opened. */
    quorumBasis: integer("quorum_basis").notNull(),
    /** open | closed */
    status: text("status").notNull(),
    openedAt: at("opened_at").notNull().defaultNow(),
    openedBy: userRef("opened_by"),
    closedAt: at("closed_at"),
    closedBy: userRef("closed_by"),
    votesFor: integer("votes_for"),
    votesAgainst: integer("votes_against"),
    votesAbstain: integer("votes_abstain"),
    quorumRequired: integer("quorum_required"),
    quorumMet: boolean("quorum_met"),
    /** approved | rejected | no_quorum */
    outcome: text("outcome"),
  },
  (t) => [
    uniqueIndex("plenary_votes_open_idx").on(t.assemblyId).where(sql`status = 'open'`),
    index("plenary_votes_assembly_idx").on(t.assemblyId, t.openedAt),
  ],
);

export const plenaryBallots = pgTable(
  "plenary_ballots",
  {
    voteId: uuid("vote_id")
      .notNull()
      .references(() => plenaryVotes.id, { onDelete: "cascade" }),
    registrationId: uuid("registration_id")
      .notNull()
      .references(() => registrations.id, { onDelete: "cascade" }),
    /** for | against | abstain */
    choice: text("choice").notNull(),
    castAt: at("cast_at").notNull().defaultNow(),
    changedAt: at("changed_at").notNull().defaultNow(),
    changes: integer("changes").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.voteId, t.registrationId] })],
);

export const plenaryLocks = pgTable(
  "plenary_locks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assemblyId: assemblyRef(),
    voteId: uuid("vote_id").references(() => plenaryVotes.id, { onDelete: "set null" }),
    lockedAt: at("locked_at").notNull().defaultNow(),
    lockedBy: userRef("locked_by"),
    lockedByLabel: text("locked_by_label").notNull(),
    /** The approved agenda document as it was locked. */
    document: jsonb("document").notNull(),
    reopenedAt: at("reopened_at"),
    reopenedBy: userRef("reopened_by"),
    reopenedByLabel: text("reopened_by_label"),
    reopenReason: text("reopen_reason"),
  },
  (t) => [
    uniqueIndex("plenary_locks_active_idx").on(t.assemblyId).where(sql`reopened_at IS NULL`),
    index("plenary_locks_assembly_idx").on(t.assemblyId, t.lockedAt),
  ],
);

export const plenaryScreens = pgTable("plenary_screens", {
  assemblyId: uuid("assembly_id")
    .primaryKey()
    .references(() => assemblies.id, { onDelete: "cascade" }),
  /** null: the whole agenda. */
  tableId: uuid("table_id").references(() => assemblyTables.id, { onDelete: "set null" }),
  step: integer("step").notNull().default(0),
  updatedAt: at("updated_at").notNull().defaultNow(),
});

export const commitments = pgTable(
  "commitments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assemblyId: assemblyRef(),
    /** The puzzle plan item it comes from (no reference: the commitment outlives the piece). */
    planItemId: uuid("plan_item_id").notNull(),
    tableId: uuid("table_id").references(() => assemblyTables.id, { onDelete: "set null" }),
    axis: text("axis").notNull(),
    need: text("need").notNull(),
    action: text("action").notNull(),
    owner: text("owner").notNull(),
    due: text("due").notNull(),
    resources: text("resources").notNull().default(""),
    /** pending | in_progress | done | cancelled */
    status: text("status").notNull().default("pending"),
    withdrawnAt: at("withdrawn_at"),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    updatedByLabel: text("updated_by_label"),
  },
  (t) => [
    unique().on(t.assemblyId, t.planItemId),
    index("commitments_assembly_idx").on(t.assemblyId, t.tableId),
  ],
);

export const commitmentNotes = pgTable(
  "commitment_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    commitmentId: uuid("commitment_id")
      .notNull()
      .references(() => commitments.id, { onDelete: "cascade" }),
    notedOn: date("noted_on").notNull(),
    text: text("text").notNull(),
    authorId: userRef("author_id"),
    authorLabel: text("author_label").notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [index("commitment_notes_commitment_idx").on(t.commitmentId, t.notedOn)],
);
