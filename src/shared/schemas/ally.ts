import { z } from "zod";
import { ALLY_KINDS } from "../../domain/allies/kinds";
import { requiredText } from "./common";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Máximo ${max} caracteres.` })
    .default("");

export const ZAllyInputSchema = z.object({
  institution: requiredText(200),
  kind: z.enum(ALLY_KINDS, { error: "Elija el tipo de aliado." }),
  presenter: optionalText(200),
  offer: optionalText(4000),
  pitContribution: optionalText(4000),
  contactName: optionalText(200),
  contactPhone: optionalText(40).refine((v) => /^[+\d\s().-]*$/.test(v), {
    error: "Escriba solo números, espacios, guiones o +.",
  }),
  contactEmail: optionalText(200).refine((v) => v === "" || z.email().safeParse(v).success, {
    error: "Escriba un correo válido.",
  }),
});
export type AllyInput = z.infer<typeof ZAllyInputSchema>;

export const ZAllySchema = z
  .object({
    id: z.uuid(),
    institution: z.string(),
    kind: z.enum(ALLY_KINDS),
    presenter: z.string(),
    offer: z.string(),
    pitContribution: z.string(),
    contactName: z.string(),
    contactPhone: z.string(),
    contactEmail: z.string(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Ally" });
export type AllyDto = z.infer<typeof ZAllySchema>;

export const ZAllyParamsSchema = z.object({ id: z.uuid(), allyId: z.uuid() });
