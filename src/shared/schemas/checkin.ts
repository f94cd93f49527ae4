import { z } from "zod";
import { ZRegistrationInputSchema } from "./registration";

/** The name of a check-in desk ("Mesa 1", "Entrada norte"): chosen on the desk page and remembered there. */
export const ZDeskLabelSchema = z
  .string()
  .trim()
  .min(1, { error: "Escriba el nombre de esta mesa de registro." })
  .max(40, { error: "Use un nombre corto (máximo 40 caracteres)." });

export const ZCheckInSchema = z
  .object({
    id: z.uuid(),
    at: z.iso.datetime(),
    desk: z.string(),
    walkIn: z.boolean(),
    /** After this instant the check-in can no longer be undone. */
    undoUntil: z.iso.datetime(),
  })
  .meta({ id: "CheckIn" });
export type CheckInDto = z.infer<typeof ZCheckInSchema>;

/** Where an allocated person sits; null before allocation (the badge leaves it blank). */
export const ZSeatSchema = z
  .object({
    tableName: z.string(),
    tablePosition: z.number().int(),
    subtableLabel: z.string().nullable(),
  })
  .meta({ id: "Seat" });
export type SeatDto = z.infer<typeof ZSeatSchema>;

/** A person as the desk sees them: only what it needs to recognise them, never sensitive data. */
export const ZDeskPersonSchema = z
  .object({
    registrationId: z.uuid(),
    firstNames: z.string(),
    lastNames: z.string(),
    documentType: z.string(),
    /** "•••• 4567": enough to compare with the card in their hand. */
    documentMasked: z.string(),
    organizationName: z.string().nullable(),
    seat: ZSeatSchema.nullable(),
    checkIn: ZCheckInSchema.nullable(),
  })
  .meta({ id: "DeskPerson" });
export type DeskPersonDto = z.infer<typeof ZDeskPersonSchema>;

export const ZDeskSearchQuerySchema = z.object({ q: z.string().max(2000) });

export const ZDeskSearchResultSchema = z
  .object({
    /** How the query was read: a scanned QR credential, a document prefix, parts of a name, or too little. */
    matchedBy: z.enum(["credential", "document", "name", "too_short"]),
    people: z.array(ZDeskPersonSchema),
  })
  .meta({ id: "DeskSearchResult" });
export type DeskSearchResultDto = z.infer<typeof ZDeskSearchResultSchema>;

export const ZAttendanceCountsSchema = z
  .object({ registered: z.number().int(), present: z.number().int(), walkIns: z.number().int() })
  .meta({ id: "AttendanceCounts" });
export type AttendanceCountsDto = z.infer<typeof ZAttendanceCountsSchema>;

export const ZCheckInInputSchema = z.object({ registrationId: z.uuid(), desk: ZDeskLabelSchema });

export const ZCheckInParamsSchema = z.object({ id: z.uuid(), checkInId: z.uuid() });

export const ZCheckInResultSchema = z
  .object({
    /** `already_present` is not an error: `person.checkIn` says when and at which desk they came in. */
    outcome: z.enum(["checked_in", "already_present", "undone"]),
    person: ZDeskPersonSchema,
    counts: ZAttendanceCountsSchema,
  })
  .meta({ id: "CheckInResult" });
export type CheckInResultDto = z.infer<typeof ZCheckInResultSchema>;

/** A walk-in: the unified form as the desk fills it (consent captured at the desk), and the desk's name. */
export const ZWalkInInputSchema = ZRegistrationInputSchema.safeExtend({ desk: ZDeskLabelSchema });

export const ZWalkInResultSchema = z
  .object({
    ...ZCheckInResultSchema.shape,
    /** False when the document was already registered: the answers were updated and the person checked in. */
    created: z.boolean(),
  })
  .meta({ id: "WalkInResult" });
export type WalkInResultDto = z.infer<typeof ZWalkInResultSchema>;

/** Payload of the `checkin.created` and `checkin.undone` live events: counts only, no personal data. */
export interface CheckInEventPayload extends AttendanceCountsDto {
  registrationId: string;
  desk: string;
}
