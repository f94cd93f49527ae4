import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { ERROR_STATUS, type ErrorCode, type ErrorResponse } from "../../shared/errors";
import { hasMessage, type Lang, type Params, translate } from "../../shared/i18n";
import { AppError } from "../errors";

/** `/blocks/2/end` → `blocks.2.end`: the same path the client's form fields use. */
const toFieldPath = (instancePath: string) => instancePath.replace(/^\//, "").replaceAll("/", ".") || "_";

export function errorBody(
  lang: Lang,
  code: ErrorCode,
  params: Params = {},
  fields?: Record<string, string>,
): ErrorResponse {
  const body: ErrorResponse = { code, message: translate(lang, `error.${code}`, params) };
  if (fields && Object.keys(fields).length > 0) body.fields = fields;
  return body;
}

export function handleError(error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) {
  const lang = request.lang ?? "es";
  if (error instanceof AppError) {
    const fields = Object.fromEntries(
      Object.entries(error.fields).map(([path, text]) => [
        path,
        hasMessage(text) ? translate(lang, text, error.params) : text,
      ]),
    );
    return reply.status(error.status).send(errorBody(lang, error.code, error.params, fields));
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields: Record<string, string> = {};
    for (const issue of error.validation) {
      const path = toFieldPath(issue.instancePath);
      fields[path] ??= issue.message ?? "";
    }
    return reply.status(422).send(errorBody(lang, "request.invalid", {}, fields));
  }
  const status = error.statusCode ?? 500;
  const code: ErrorCode =
    status === 429
      ? "rate.limited"
      : status === 413
        ? "request.too_large"
        : status === 404
          ? "resource.not_found"
          : status >= 400 && status < 500
            ? "request.malformed"
            : "internal";
  if (code === "internal") request.log.error(error);
  return reply.status(ERROR_STATUS[code]).send(errorBody(lang, code));
}
