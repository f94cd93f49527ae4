import { z } from "zod";
import { requiredText } from "./common";

export const ZAxisSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    position: z.number(),
    name: z.string(),
    definition: z.string(),
    color: z.string(),
    active: z.boolean(),
  })
  .meta({ id: "Axis" });
export type AxisDto = z.infer<typeof ZAxisSchema>;

export const ZAxisInputSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,40}$/, { error: "Código en minúsculas, sin espacios." }),
  position: z.number().int().min(1).max(50),
  name: requiredText(200),
  definition: requiredText(2000),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: "Color en formato #RRGGBB." }),
  active: z.boolean().default(true),
});
