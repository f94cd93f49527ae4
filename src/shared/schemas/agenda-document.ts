import { z } from "zod";
import { MAJORITY_RULES } from "../../domain/plenary/quorum";
import { ZAgendaItemSchema } from "./plenary";
import { VOTE_METHODS, ZQuorumSchema, ZVoteCountsSchema, ZVoteResultSchema } from "./vote";

// "Agenda de la Economía Popular, Social y Solidaria — <región>, 2024–2026": the main deliverable of the day.
// The same content feeds the PDF, the XLSX (one sheet per section), the JSON download and the public page. The
// lock freezes it as approved. Codes (sex, population group, cooperation form) are translated when rendered.

export const ZDocumentVoteSchema = z.object({
  method: z.enum(VOTE_METHODS),
  quorum: ZQuorumSchema,
  majority: z.enum(MAJORITY_RULES),
  basis: z.number(),
  openedAt: z.iso.datetime(),
  closedAt: z.iso.datetime(),
  counts: ZVoteCountsSchema,
  result: ZVoteResultSchema,
});
export type DocumentVoteDto = z.infer<typeof ZDocumentVoteSchema>;

const ZBreakdownSchema = z.object({ key: z.string(), label: z.string(), present: z.number() });

export const ZAgendaDocumentSchema = z
  .object({
    kind: z.literal("minga.agenda"),
    version: z.literal(1),
    /** The department: "Arauca". */
    region: z.string(),
    period: z.string(),
    assembly: z.object({
      id: z.uuid(),
      name: z.string(),
      date: z.string(),
      venue: z.string(),
      departmentName: z.string(),
      municipalityName: z.string(),
      projectName: z.string(),
      projectDescription: z.string(),
    }),
    legend: z.string(),
    /** When the agenda was locked as approved; null for a draft downloaded before. */
    approvedAt: z.iso.datetime().nullable(),
    attendance: z.object({
      registered: z.number(),
      present: z.number(),
      walkIns: z.number(),
      /** Catalogue codes: labelled when rendered. */
      bySex: z.array(ZBreakdownSchema),
      byMunicipality: z.array(ZBreakdownSchema),
      byPopulationGroup: z.array(ZBreakdownSchema),
    }),
    allies: z.array(
      z.object({ institution: z.string(), kind: z.string(), offer: z.string(), pitContribution: z.string() }),
    ),
    systematisation: z.object({
      guidingQuestions: z.array(z.string()),
      experiences: z.array(
        z.object({
          position: z.number(),
          organization: z.string(),
          presenter: z.string(),
          municipalityName: z.string(),
          theme: z.string(),
          contributions: z.string(),
          learnings: z.string(),
          difficulties: z.string(),
          opportunities: z.string(),
          criteria: z.array(z.string()),
        }),
      ),
      summary: z.array(
        z.object({ criterion: z.string(), count: z.number(), organizations: z.array(z.string()) }),
      ),
    }),
    tables: z.array(
      z.object({
        id: z.uuid(),
        position: z.number(),
        name: z.string(),
        definition: z.string(),
        spokesperson: z.object({ name: z.string(), organization: z.string().nullable() }).nullable(),
        items: z.array(ZAgendaItemSchema),
        vote: ZDocumentVoteSchema.nullable(),
      }),
    ),
    agendaVote: ZDocumentVoteSchema.nullable(),
    /** Organisations that could associate for several needs; null while associativity has none. */
    associations: z
      .array(
        z.object({
          organizations: z.array(z.string()),
          needs: z.array(z.object({ title: z.string(), tableName: z.string() })),
        }),
      )
      .nullable(),
    generatedAt: z.iso.datetime(),
  })
  .meta({ id: "AgendaDocument" });
export type AgendaDocumentDto = z.infer<typeof ZAgendaDocumentSchema>;
export type AgendaDocumentTable = AgendaDocumentDto["tables"][number];
