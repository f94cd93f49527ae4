import { z } from "zod";
import { requiredText } from "./common";

const longText = z.string().trim().max(8000, { error: "Máximo 8000 caracteres." }).default("");

export const ZExperienceInputSchema = z.object({
  organization: requiredText(200),
  presenter: z.string().trim().max(200).default(""),
  municipalityCode: z.string().regex(/^\d{5}$/, { error: "Elija un municipio." }),
  theme: z.string().trim().max(500).default(""),
  durationMinutes: z
    .number({ error: "Escriba los minutos." })
    .int({ error: "Escriba minutos enteros." })
    .min(1, { error: "Mínimo 1 minuto." })
    .max(60, { error: "Máximo 60 minutos." })
    .default(10),
});
export type ExperienceInput = z.infer<typeof ZExperienceInputSchema>;

export const ZSystematisationInputSchema = z.object({
  contributions: longText,
  learnings: longText,
  difficulties: longText,
  opportunities: longText,
  criteria: z.array(z.string().trim().min(1).max(120)).max(30).default([]),
});
export type SystematisationInput = z.infer<typeof ZSystematisationInputSchema>;

export const ZExperienceTemplateInputSchema = z.object({
  guidingQuestions: z.array(requiredText(300)).min(1, { error: "Escriba al menos una pregunta." }).max(15),
  criteria: z.array(requiredText(120)).min(1, { error: "Escriba al menos un criterio." }).max(30),
});
export type ExperienceTemplateInput = z.infer<typeof ZExperienceTemplateInputSchema>;

export const ZSystematisationSchema = ZSystematisationInputSchema.extend({
  updatedAt: z.iso.datetime().nullable(),
});

export const ZExperienceSchema = z
  .object({
    id: z.uuid(),
    position: z.number(),
    organization: z.string(),
    presenter: z.string(),
    municipalityCode: z.string(),
    municipalityName: z.string(),
    theme: z.string(),
    durationSeconds: z.number(),
    timerStartedAt: z.iso.datetime().nullable(),
    timerStoppedAt: z.iso.datetime().nullable(),
    systematisation: ZSystematisationSchema,
  })
  .meta({ id: "Experience" });
export type ExperienceDto = z.infer<typeof ZExperienceSchema>;

export const ZCriterionSummarySchema = z.object({
  criterion: z.string(),
  count: z.number(),
  experienceIds: z.array(z.uuid()),
  inList: z.boolean(),
});

/** Momento 3 of one assembly: the template, the experiences with their systematisation, the summary. */
export const ZExperiencesSchema = z
  .object({
    guidingQuestions: z.array(z.string()),
    criteria: z.array(z.string()),
    experiences: z.array(ZExperienceSchema),
    summary: z.array(ZCriterionSummarySchema),
    serverTime: z.number(),
  })
  .meta({ id: "Experiences" });
export type ExperiencesDto = z.infer<typeof ZExperiencesSchema>;

export const ZExperienceParamsSchema = z.object({ id: z.uuid(), experienceId: z.uuid() });
export const ZTimerParamsSchema = ZExperienceParamsSchema.extend({ action: z.enum(["start", "stop"]) });
