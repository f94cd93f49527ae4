import { z } from "zod";

/**
 * The one error table: every error the API can answer, its HTTP status, and (by convention) its message
 * key `error.<code>` in i18n. Clients branch on `code`, never on message text.
 */
export const ERROR_STATUS = {
  "request.invalid": 422,
  "request.malformed": 400,
  "request.too_large": 413,
  "rate.limited": 429,
  "auth.required": 401,
  "auth.invalid_credentials": 401,
  "auth.forbidden": 403,
  "auth.csrf": 403,
  "auth.wrong_password": 422,
  "resource.not_found": 404,
  "resource.conflict": 409,
  "user.email_taken": 409,
  "agreement.duplicate": 409,
  "agenda.end_before_start": 422,
  "agenda.overlap": 422,
  "place.unknown_municipality": 422,
  "assembly.table_axis_duplicate": 422,
  "internal": 500,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const ZErrorResponseSchema = z
  .object({
    code: z.string(),
    message: z.string(),
    /** Field path (dot-separated, e.g. `blocks.2.endTime`) → Spanish message. */
    fields: z.record(z.string(), z.string()).optional(),
  })
  .meta({ id: "ErrorResponse" });
export type ErrorResponse = z.infer<typeof ZErrorResponseSchema>;

export function isErrorCode(code: string): code is ErrorCode {
  return code in ERROR_STATUS;
}
