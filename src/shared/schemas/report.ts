import { z } from "zod";
import { MEASURES } from "../../domain/reports/aggregate";
import { HIDDEN, SMALL } from "../../domain/reports/suppress";
import { ASSEMBLY_STATUSES } from "./assembly";
import { ZDateSchema } from "./common";

export const EXPORT_FORMATS = ["pdf", "xlsx", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const PEOPLE_EXPORT_FORMATS = ["xlsx", "csv"] as const;

const ZDepartmentCodeSchema = z.string().regex(/^\d{2}$/, { error: "Elija un departamento." });

/** Filters of a convenio's report (the convenio is in the path). */
export const ZAgreementReportQuerySchema = z.object({
  departmentCode: ZDepartmentCodeSchema.optional(),
  from: ZDateSchema.optional(),
  to: ZDateSchema.optional(),
  assemblyId: z.uuid({ error: "Elija una asamblea." }).optional(),
});
export type AgreementReportQuery = z.infer<typeof ZAgreementReportQuerySchema>;

/** Filters of the national dashboard. */
export const ZNationalReportQuerySchema = ZAgreementReportQuerySchema.extend({
  agreementId: z.uuid({ error: "Elija un convenio." }).optional(),
});
export type ReportFilters = z.infer<typeof ZNationalReportQuerySchema>;

export const ZExportQuerySchema = z.object({ format: z.enum(EXPORT_FORMATS) });
export const ZPeopleExportQuerySchema = z.object({ format: z.enum(PEOPLE_EXPORT_FORMATS) });

/** A count of people as a report shows it: "<5" for 1–4, "*" when hidden to protect a small one. */
export const ZCellSchema = z.union([z.number(), z.enum([SMALL, HIDDEN])]).meta({ id: "ReportCell" });
export type CellDto = z.infer<typeof ZCellSchema>;

export const ZReportRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** Organisations: the label of their type. */
  category: z.string().optional(),
  /** One cell per measure of the table. */
  cells: z.array(ZCellSchema),
});

export const ZReportTableSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    measures: z.array(z.enum(MEASURES)),
    additive: z.boolean(),
    rows: z.array(ZReportRowSchema),
    total: z.array(ZCellSchema),
    /** What the rows count when it is not everyone (e.g. only people who consented to sensitive data). */
    note: z.string().optional(),
  })
  .meta({ id: "ReportTable" });
export type ReportTableDto = z.infer<typeof ZReportTableSchema>;

export const ZReportAssemblySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  agreement: z.string(),
  status: z.enum(ASSEMBLY_STATUSES),
  date: z.string(),
  departmentName: z.string(),
  municipalityName: z.string(),
  registered: ZCellSchema,
  present: ZCellSchema,
  walkIns: ZCellSchema,
  /** Share of sub-tables whose puzzle is complete, 0–100; null while there is no puzzle data. */
  puzzleCompletion: z.number().nullable(),
  /** Agenda items approved in plenary out of those voted; null while there is no plenary data. */
  approval: z.object({ approved: z.number(), voted: z.number() }).nullable(),
});
export type ReportAssemblyDto = z.infer<typeof ZReportAssemblySchema>;

export const ZTerritoryRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  assemblies: z.number(),
  registered: ZCellSchema,
  present: ZCellSchema,
  organizations: z.number(),
});
export type TerritoryRowDto = z.infer<typeof ZTerritoryRowSchema>;

const ZCountRowSchema = z.object({ key: z.string(), label: z.string(), count: z.number() });

/** Momento 4 and 5: pieces and votes, not people, so nothing is suppressed. */
export const ZParticipationSchema = z.object({
  /** Per axis (thematic table): needs, solutions, and solutions naming two or more organisations. */
  byAxis: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      needs: z.number(),
      solutions: z.number(),
      cooperative: z.number(),
    }),
  ),
  byCooperationForm: z.array(ZCountRowSchema),
  /** Commitments (work-plan items, "who? when?") per kind of owner and per year due. */
  commitmentsByOwner: z.array(ZCountRowSchema),
  commitmentsByYear: z.array(ZCountRowSchema),
  /** Closed plenary votes: on a table's agenda or on the whole agenda. */
  approvals: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      outcome: z.string(),
      result: z.string(),
      inFavour: z.number(),
      against: z.number(),
      abstentions: z.number(),
    }),
  ),
});
export type ParticipationDto = z.infer<typeof ZParticipationSchema>;

export const REPORT_KINDS = ["assembly", "agreement", "national"] as const;

export const ZReportSchema = z
  .object({
    kind: z.enum(REPORT_KINDS),
    title: z.string(),
    /** The convenio legends of every assembly in the report: each document page carries them. */
    legends: z.array(z.string()),
    generatedAt: z.string(),
    filters: ZNationalReportQuerySchema,
    headline: z.object({
      assemblies: z.number(),
      registered: ZCellSchema,
      present: ZCellSchema,
      absent: ZCellSchema,
      walkIns: ZCellSchema,
      /** Present people who had come in at an earlier assembly. */
      returning: ZCellSchema,
      /** Organisations represented: with someone registered, with someone present. */
      organizations: z.number(),
      organizationsPresent: z.number(),
    }),
    tables: z.array(ZReportTableSchema),
    assemblies: z.array(ZReportAssemblySchema),
    byDepartment: z.array(ZTerritoryRowSchema),
    byYear: z.array(ZTerritoryRowSchema),
    participation: ZParticipationSchema.nullable(),
  })
  .meta({ id: "Report" });
export type ReportDto = z.infer<typeof ZReportSchema>;

/** One person of the named list: personal data, for the roles allowed to see it; every view is audited. */
export const ZReportPersonSchema = z.object({
  registrationId: z.uuid(),
  firstNames: z.string(),
  lastNames: z.string(),
  documentType: z.string(),
  documentNumber: z.string(),
  phone: z.string(),
  email: z.string().nullable(),
  municipalityName: z.string(),
  organizationName: z.string().nullable(),
  present: z.boolean(),
  checkedInAt: z.string().nullable(),
  walkIn: z.boolean(),
});
export type ReportPersonDto = z.infer<typeof ZReportPersonSchema>;

export const ZReportPeopleSchema = z
  .object({ assemblyId: z.uuid(), legend: z.string(), people: z.array(ZReportPersonSchema) })
  .meta({ id: "ReportPeople" });
export type ReportPeopleDto = z.infer<typeof ZReportPeopleSchema>;
