import { ERROR_STATUS, type ErrorCode } from "../shared/errors";
import type { Params } from "../shared/i18n";

/** A failure a person can act on: its code picks the status and the message from the one error table. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly params: Params = {},
    /** Field path → message key or text, for errors tied to one field of a form. */
    readonly fields: Record<string, string> = {},
  ) {
    super(code);
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = () => new AppError("resource.not_found");
export const forbidden = () => new AppError("auth.forbidden");
