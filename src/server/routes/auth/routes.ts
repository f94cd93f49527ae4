import { eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ZErrorResponseSchema } from "../../../shared/errors";
import { ZLoginSchema, ZPasswordChangeSchema, ZSessionSchema } from "../../../shared/schemas/auth";
import { ZOkSchema } from "../../../shared/schemas/common";
import { hashPassword, verifyPassword } from "../../auth/password";
import { requireActor } from "../../auth/plugin";
import { createSession, deleteSession, loadActor, SESSION_COOKIE, SESSION_DAYS } from "../../auth/sessions";
import { users } from "../../db/schema";
import { AppError } from "../../errors";
import { clearReadCacheOnWrite } from "../../http/read-cache";

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook("onSend", clearReadCacheOnWrite);
  const cookieOptions = {
    path: "/",
    httpOnly: true,
    sameSite: "lax" as const,
    secure: app.config.secureCookies,
    maxAge: SESSION_DAYS * 24 * 3600,
  };

  app.post(
    "/api/auth/login",
    {
      config: { rateLimit: { max: app.config.loginRateLimit, timeWindow: "1 minute" } },
      schema: {
        tags: ["auth"],
        body: ZLoginSchema,
        response: { 200: ZSessionSchema, 401: ZErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const [user] = await app.database.db.select().from(users).where(eq(users.email, email));
      if (!user?.active || !(await verifyPassword(user.passwordHash, password))) {
        throw new AppError("auth.invalid_credentials");
      }
      const { token, csrfToken } = await createSession(app.database.db, user.id);
      reply.setCookie(SESSION_COOKIE, token, cookieOptions);
      return { actor: await loadActor(app.database.db, user), csrfToken };
    },
  );

  app.get(
    "/api/auth/session",
    { schema: { tags: ["auth"], response: { 200: ZSessionSchema } } },
    async (request) => {
      const actor = requireActor(request);
      return { actor, csrfToken: request.csrfToken ?? "" };
    },
  );

  app.post(
    "/api/auth/logout",
    { schema: { tags: ["auth"], response: { 200: ZOkSchema } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await deleteSession(app.database.db, token);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return { ok: true as const };
    },
  );

  app.post(
    "/api/auth/password",
    { schema: { tags: ["auth"], body: ZPasswordChangeSchema, response: { 200: ZOkSchema } } },
    async (request) => {
      const actor = requireActor(request);
      const [user] = await app.database.db.select().from(users).where(eq(users.id, actor.userId));
      if (!user || !(await verifyPassword(user.passwordHash, request.body.currentPassword))) {
        throw new AppError("auth.wrong_password", {}, { currentPassword: "error.auth.wrong_password" });
      }
      await app.database.db
        .update(users)
        .set({ passwordHash: await hashPassword(request.body.newPassword) })
        .where(eq(users.id, actor.userId));
      return { ok: true as const };
    },
  );
};
