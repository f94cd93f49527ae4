import { asc, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { policies } from "../../../shared/policies";
import { ZAxisInputSchema, ZAxisSchema } from "../../../shared/schemas/axis";
import { ZIdParamsSchema } from "../../../shared/schemas/common";
import { auditActor } from "../../auth/actor";
import { authorizeGlobal } from "../../auth/authorize";
import { requireActor } from "../../auth/plugin";
import { axes } from "../../db/schema";
import { notFound } from "../../errors";
import { appendAudit } from "../../events/outbox";
import { clearReadCacheOnWrite } from "../../http/read-cache";

export const axisRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook("onSend", clearReadCacheOnWrite);
  const db = app.database.db;

  app.get(
    "/api/axes",
    { schema: { tags: ["axes"], response: { 200: z.array(ZAxisSchema) } } },
    async (request) => {
      requireActor(request);
      return db.select().from(axes).orderBy(asc(axes.position));
    },
  );

  app.post(
    "/api/axes",
    { schema: { tags: ["axes"], body: ZAxisInputSchema, response: { 201: ZAxisSchema } } },
    async (request, reply) => {
      const actor = requireActor(request);
      authorizeGlobal(actor, policies.manageAxes);
      const [row] = await db.insert(axes).values(request.body).returning();
      return reply.status(201).send(row!);
    },
  );

  app.put(
    "/api/axes/:id",
    {
      schema: {
        tags: ["axes"],
        params: ZIdParamsSchema,
        body: ZAxisInputSchema,
        response: { 200: ZAxisSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorizeGlobal(actor, policies.manageAxes);
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(axes).where(eq(axes.id, request.params.id));
        if (!before) throw notFound();
        const [row] = await tx
          .update(axes)
          .set(request.body)
          .where(eq(axes.id, request.params.id))
          .returning();
        await appendAudit(tx, {
          actor: auditActor(actor),
          action: "axis.update",
          entity: "axis",
          entityId: before.id,
          before,
          after: row,
        });
        return row!;
      });
    },
  );
};
