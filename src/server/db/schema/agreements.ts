import { date, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";

export const agreements = pgTable(
  "agreements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    number: text("number").notNull(),
    year: integer("year").notNull(),
    partnerName: text("partner_name").notNull(),
    supervisorName: text("supervisor_name").notNull().default(""),
    startsOn: date("starts_on"),
    endsOn: date("ends_on"),
    legend: text("legend").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.number, t.year)],
);

export const consentTexts = pgTable(
  "consent_texts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agreementId: uuid("agreement_id")
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.agreementId, t.version)],
);
