import { z } from "zod";
import { requiredText, ZDateSchema } from "./common";

export const DEFAULT_PARTNER_LEGEND = (number: string, year: number, partner: string) =>
  `Esta actividad se realiza en el marco del Convenio número ${number} de ${year}, suscrito entre la Unidad Solidaria y la ${partner}`;

export const ZAgreementInputSchema = z
  .object({
    number: z
      .string()
      .trim()
      .regex(/^\d{1,6}$/, { error: "El número del convenio lleva solo dígitos, por ejemplo 002." }),
    year: z.number().int().min(2000, { error: "Año no válido." }).max(2100, { error: "Año no válido." }),
    partnerName: requiredText(160),
    supervisorName: z.string().trim().max(160).default(""),
    startsOn: ZDateSchema.nullable().default(null),
    endsOn: ZDateSchema.nullable().default(null),
    /** Empty means the default legend built from number, year and partner. */
    legend: z.string().trim().max(500).default(""),
    consentText: z.string().trim().max(20000).default(""),
  })
  .refine((a) => !a.startsOn || !a.endsOn || a.startsOn <= a.endsOn, {
    path: ["endsOn"],
    message: "La fecha de fin debe ser posterior a la de inicio.",
  });
export type AgreementInput = z.infer<typeof ZAgreementInputSchema>;

export const ZAgreementSchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    year: z.number(),
    partnerName: z.string(),
    supervisorName: z.string(),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    legend: z.string(),
    consentText: z.string(),
    consentVersion: z.number(),
  })
  .meta({ id: "Agreement" });
export type AgreementDto = z.infer<typeof ZAgreementSchema>;
