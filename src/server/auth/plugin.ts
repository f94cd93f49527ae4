import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { pickLang } from "../../shared/i18n";
import { AppError } from "../errors";
import type { Actor } from "./actor";
import { loadSession, SESSION_COOKIE } from "./sessions";

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);
export const CSRF_HEADER = "x-csrf-token";

/** Resolves the session cookie to an actor, and refuses cookie-authenticated writes without the CSRF token. */
export const authPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest("actor", null);
  app.decorateRequest("csrfToken", null);
  app.decorateRequest("lang", "es");
  app.addHook("onRequest", async (request) => {
    request.lang = request.cookies.minga_lang === "en" ? "en" : pickLang(request.headers["accept-language"]);
    const token = request.cookies[SESSION_COOKIE];
    if (!token || !request.url.startsWith("/api/")) return;
    const session = await app.readCache.get(`session:${token}`, () => loadSession(app.database.db, token));
    if (!session) return;
    request.actor = session.actor;
    request.csrfToken = session.csrfToken;
    if (UNSAFE.has(request.method) && request.headers[CSRF_HEADER] !== session.csrfToken) {
      throw new AppError("auth.csrf");
    }
  });
});

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError("auth.required");
  return request.actor;
}
