import type { ErrorCode } from "../../shared/errors";

export type ApiErrorCode = ErrorCode | "network";

/** A failed API call: branch on `code` (never on the message, which is for people). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    /** Field path (`blocks.2.end`) → message, for errors tied to one field of a form. */
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}
