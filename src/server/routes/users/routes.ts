import { eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { policies } from "../../../shared/policies";
import { ROLES } from "../../../shared/roles";
import { ZIdParamsSchema } from "../../../shared/schemas/common";
import { ZUserInputSchema, ZUserSchema, ZUserScopeSchema } from "../../../shared/schemas/user";
import { auditActor } from "../../auth/actor";
import { authorizeGlobal } from "../../auth/authorize";
import { hashPassword } from "../../auth/password";
import { requireActor } from "../../auth/plugin";
import { users } from "../../db/schema";
import { notFound } from "../../errors";
import { appendAudit } from "../../events/outbox";
import { clearReadCacheOnWrite } from "../../http/read-cache";
import { createUser, listUsers, replaceScopes } from "./store";

const ZUserUpdateSchema = z.object({
  name: z.string().trim().min(1).max(120).optional(),
  role: z.enum(ROLES).optional(),
  active: z.boolean().optional(),
  password: z
    .string()
    .min(10, { error: "La contraseña debe tener al menos 10 caracteres." })
    .max(200)
    .optional(),
  scopes: z.array(ZUserScopeSchema).max(50).optional(),
});

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook("onSend", clearReadCacheOnWrite);
  const db = app.database.db;

  app.get(
    "/api/users",
    { schema: { tags: ["users"], response: { 200: z.array(ZUserSchema) } } },
    async (request) => {
      authorizeGlobal(requireActor(request), policies.manageUsers);
      return listUsers(db);
    },
  );

  app.post(
    "/api/users",
    { schema: { tags: ["users"], body: ZUserInputSchema, response: { 201: ZUserSchema } } },
    async (request, reply) => {
      const actor = requireActor(request);
      authorizeGlobal(actor, policies.manageUsers);
      const id = await db.transaction(async (tx) => {
        const userId = await createUser(tx, request.body);
        const after = { email: request.body.email, role: request.body.role, scopes: request.body.scopes };
        await appendAudit(tx, {
          actor: auditActor(actor),
          action: "user.create",
          entity: "user",
          entityId: userId,
          after,
        });
        return userId;
      });
      const created = (await listUsers(db)).find((u) => u.id === id)!;
      return reply.status(201).send(created);
    },
  );

  app.patch(
    "/api/users/:id",
    {
      schema: {
        tags: ["users"],
        params: ZIdParamsSchema,
        body: ZUserUpdateSchema,
        response: { 200: ZUserSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorizeGlobal(actor, policies.manageUsers);
      const { id } = request.params;
      const { scopes, password, ...fields } = request.body;
      await db.transaction(async (tx) => {
        const [before] = await tx.select().from(users).where(eq(users.id, id));
        if (!before) throw notFound();
        const set = { ...fields, ...(password ? { passwordHash: await hashPassword(password) } : {}) };
        if (Object.keys(set).length) await tx.update(users).set(set).where(eq(users.id, id));
        if (scopes) await replaceScopes(tx, id, scopes);
        await appendAudit(tx, {
          actor: auditActor(actor),
          action: "user.update",
          entity: "user",
          entityId: id,
          before: { role: before.role, active: before.active },
          after: { ...fields, scopes, passwordChanged: Boolean(password) },
        });
      });
      return (await listUsers(db)).find((u) => u.id === id)!;
    },
  );
};
