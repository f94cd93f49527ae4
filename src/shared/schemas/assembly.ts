import { z } from "zod";
import { BLOCK_KINDS } from "../../domain/agenda/blocks";
import { requiredText, ZClockSchema, ZDateSchema } from "./common";

export const ASSEMBLY_STATUSES = ["draft", "registration_open", "in_progress", "closed"] as const;
export type AssemblyStatus = (typeof ASSEMBLY_STATUSES)[number];

export const ZAssemblyInputSchema = z.object({
  agreementId: z.uuid({ error: "Elija un convenio." }),
  name: requiredText(200),
  departmentCode: z.string().regex(/^\d{2}$/, { error: "Elija un departamento." }),
  municipalityCode: z.string().regex(/^\d{5}$/, { error: "Elija un municipio." }),
  venue: z.string().trim().max(200).default(""),
  date: ZDateSchema,
  capacity: z
    .number()
    .int()
    .min(10, { error: "Mínimo 10 personas." })
    .max(5000, { error: "Máximo 5000 personas." })
    .default(500),
  projectName: z.string().trim().max(200).default(""),
  projectDescription: z.string().trim().max(5000).default(""),
});
export type AssemblyInput = z.infer<typeof ZAssemblyInputSchema>;

export const ZAssemblyUpdateSchema = ZAssemblyInputSchema.omit({ agreementId: true }).extend({
  status: z.enum(ASSEMBLY_STATUSES),
});
export type AssemblyUpdate = z.infer<typeof ZAssemblyUpdateSchema>;

export const ZAgendaBlockInputSchema = z.object({
  /** Present for blocks that already exist: their id (and what hangs from it) is kept. */
  id: z.uuid().optional(),
  kind: z.enum(BLOCK_KINDS),
  title: requiredText(160),
  start: ZClockSchema,
  end: ZClockSchema,
  description: z.string().trim().max(2000).default(""),
  responsible: z.string().trim().max(200).default(""),
});
export type AgendaBlockInput = z.infer<typeof ZAgendaBlockInputSchema>;

export const ZAgendaInputSchema = z.object({
  blocks: z
    .array(ZAgendaBlockInputSchema)
    .min(1, { error: "La agenda necesita al menos un bloque." })
    .max(40),
});

export const ZAgendaBlockSchema = ZAgendaBlockInputSchema.extend({ id: z.uuid(), position: z.number() }).meta(
  {
    id: "AgendaBlock",
  },
);
export type AgendaBlockDto = z.infer<typeof ZAgendaBlockSchema>;

export const ZAssemblyTableSchema = z
  .object({
    id: z.uuid(),
    axisId: z.uuid().nullable(),
    axisCode: z.string().nullable(),
    position: z.number(),
    name: z.string(),
    definition: z.string(),
    color: z.string(),
    capacity: z.number(),
    enabled: z.boolean(),
  })
  .meta({ id: "AssemblyTable" });
export type AssemblyTableDto = z.infer<typeof ZAssemblyTableSchema>;

export const ZAssemblyTableInputSchema = z.object({
  tables: z
    .array(
      z.object({
        id: z.uuid().optional(),
        axisId: z.uuid().nullable(),
        name: requiredText(200),
        definition: z.string().trim().max(2000).default(""),
        color: z
          .string()
          .regex(/^#[0-9a-fA-F]{6}$/, { error: "Color en formato #RRGGBB." })
          .default("#334155"),
        capacity: z.number().int().min(5).max(1000).default(100),
        enabled: z.boolean().default(true),
      }),
    )
    .min(1)
    .max(12),
});

export const ZAssemblySummarySchema = z
  .object({
    id: z.uuid(),
    agreementId: z.uuid(),
    name: z.string(),
    departmentCode: z.string(),
    departmentName: z.string(),
    municipalityCode: z.string(),
    municipalityName: z.string(),
    venue: z.string(),
    date: z.string(),
    capacity: z.number(),
    projectName: z.string(),
    projectDescription: z.string(),
    status: z.enum(ASSEMBLY_STATUSES),
    legend: z.string(),
    registrations: z.number(),
  })
  .meta({ id: "AssemblySummary" });
export type AssemblySummaryDto = z.infer<typeof ZAssemblySummarySchema>;

export const ZAssemblySchema = ZAssemblySummarySchema.extend({
  agenda: z.array(ZAgendaBlockSchema),
  tables: z.array(ZAssemblyTableSchema),
}).meta({ id: "Assembly" });
export type AssemblyDto = z.infer<typeof ZAssemblySchema>;
