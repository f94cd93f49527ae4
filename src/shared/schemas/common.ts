import { z } from "zod";

export const ZIdSchema = z.uuid();
export const ZIdParamsSchema = z.object({ id: z.uuid() });
/** ISO calendar date, YYYY-MM-DD. */
export const ZDateSchema = z.iso.date();
/** 24-hour clock time, HH:MM. */
export const ZClockSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "Use el formato HH:MM (24 horas)." });
export const ZOkSchema = z.object({ ok: z.literal(true) });
/** A required, trimmed line of text. */
export const requiredText = (max: number) =>
  z.string().trim().min(1, { error: "Este campo es obligatorio." }).max(max);
