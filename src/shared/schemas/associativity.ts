import { z } from "zod";

export const ZOrganizationSourceSchema = z.enum(["registration", "ally"]);
export type OrganizationSource = z.infer<typeof ZOrganizationSourceSchema>;

/** One reason behind a suggestion: the i18n key and params, and the sentence in the request's language. */
export const ZSuggestionReasonSchema = z
  .object({
    key: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    text: z.string(),
  })
  .meta({ id: "SuggestionReason" });
export type SuggestionReasonDto = z.infer<typeof ZSuggestionReasonSchema>;

export const ZOrganizationSummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    source: ZOrganizationSourceSchema,
    type: z.string().nullable(),
    sector: z.string().nullable(),
    productsServices: z.string(),
    municipalityCode: z.string().nullable(),
    municipalityName: z.string().nullable(),
    memberCount: z.number().int(),
  })
  .meta({ id: "OrganizationSummary" });
export type OrganizationSummaryDto = z.infer<typeof ZOrganizationSummarySchema>;

export const ZSuggestionSchema = z
  .object({
    organization: ZOrganizationSummarySchema,
    score: z.number(),
    reasons: z.array(ZSuggestionReasonSchema),
  })
  .meta({ id: "OrganizationSuggestion" });
export type SuggestionDto = z.infer<typeof ZSuggestionSchema>;

export const ZSuggestionsSchema = z
  .object({
    /** The need as the suggestions read it: its text and the table's axis. */
    text: z.string(),
    axisCode: z.string().nullable(),
    suggestions: z.array(ZSuggestionSchema),
  })
  .meta({ id: "OrganizationSuggestions" });
export type SuggestionsDto = z.infer<typeof ZSuggestionsSchema>;

const limit = z.coerce.number().int().min(1).max(30).default(5);

export const ZQuestionQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(3, { error: "Escriba al menos tres letras de la necesidad." })
    .max(500, { error: "Escriba la necesidad en menos de 500 caracteres." }),
  axis: z.string().max(60).optional(),
  /** The sub-table's thematic table, whose axis is used when `axis` is not given (the phone knows its table). */
  table: z.uuid().optional(),
  /** Organisations already cooperating in the solution, separated by "|". */
  cooperating: z.string().max(4000).optional(),
  limit,
});
export type QuestionQuery = z.infer<typeof ZQuestionQuerySchema>;

export const ZNeedSuggestionsParamsSchema = z.object({ needId: z.uuid() });
export const ZNeedSuggestionsQuerySchema = z.object({
  /** The need as the phone has it now (it may be edited and not sent yet); the saved need when absent. */
  q: z.string().trim().min(3).max(500).optional(),
  /** The solution's organisations as the phone has them now, separated by "|"; the saved ones when absent. */
  cooperating: z.string().max(4000).optional(),
  limit,
});

export const ZMatrixSchema = z
  .object({
    needs: z.array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        tableName: z.string(),
        axisCode: z.string().nullable(),
        subtableName: z.string(),
        /** Organisations the sub-table already named in its solution. */
        named: z.array(z.string()),
      }),
    ),
    organizations: z.array(ZOrganizationSummarySchema),
    /** Cells with something in them: a suggestion's score, and whether the sub-table already named it. */
    cells: z.array(
      z.object({ needId: z.uuid(), organizationId: z.uuid(), score: z.number(), named: z.boolean() }),
    ),
  })
  .meta({ id: "AssociativityMatrix" });
export type MatrixDto = z.infer<typeof ZMatrixSchema>;

export const ZPossibleAssociationSchema = z
  .object({
    organizations: z.array(ZOrganizationSummarySchema),
    needs: z.array(z.object({ id: z.uuid(), title: z.string(), tableName: z.string() })),
  })
  .meta({ id: "PossibleAssociation" });
export type PossibleAssociationDto = z.infer<typeof ZPossibleAssociationSchema>;

export const ZRegistryOrganizationSchema = ZOrganizationSummarySchema.extend({
  nit: z.string().nullable(),
  /** Every way participants wrote its name. */
  declaredNames: z.array(z.string()),
}).meta({ id: "RegistryOrganization" });
export type RegistryOrganizationDto = z.infer<typeof ZRegistryOrganizationSchema>;

export const ZPossibleDuplicateSchema = z
  .object({ first: ZRegistryOrganizationSchema, second: ZRegistryOrganizationSchema, similarity: z.number() })
  .meta({ id: "PossibleDuplicate" });
export type PossibleDuplicateDto = z.infer<typeof ZPossibleDuplicateSchema>;

export const ZMergeRecordSchema = z
  .object({
    id: z.uuid(),
    targetName: z.string(),
    mergedName: z.string(),
    mergedBy: z.string().nullable(),
    mergedAt: z.string(),
  })
  .meta({ id: "OrganizationMerge" });
export type MergeRecordDto = z.infer<typeof ZMergeRecordSchema>;

export const ZRegistrySchema = z
  .object({
    organizations: z.array(ZRegistryOrganizationSchema),
    duplicates: z.array(ZPossibleDuplicateSchema),
    merges: z.array(ZMergeRecordSchema),
  })
  .meta({ id: "OrganizationRegistry" });
export type RegistryDto = z.infer<typeof ZRegistrySchema>;

export const ZMergeInputSchema = z.object({
  targetId: z.uuid({ error: "Elija la organización que se conserva." }),
  mergedId: z.uuid({ error: "Elija la organización que se une a la otra." }),
});
export type MergeInput = z.infer<typeof ZMergeInputSchema>;

export const ZDistinctInputSchema = z.object({ firstId: z.uuid(), secondId: z.uuid() });
export type DistinctInput = z.infer<typeof ZDistinctInputSchema>;
