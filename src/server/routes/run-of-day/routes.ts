import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { ClockAction } from "../../../domain/agenda/clock";
import { policies } from "../../../shared/policies";
import { ZIdParamsSchema } from "../../../shared/schemas/common";
import { ZBlockActionParamsSchema, ZRunOfDaySchema } from "../../../shared/schemas/run-of-day";
import { type Actor, auditActor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { requireActor } from "../../auth/plugin";
import type { Db } from "../../db/client";
import { notFound } from "../../errors";
import { appendAudit, appendEvent } from "../../events/outbox";
import { assemblyScope } from "../assemblies/store";
import { applyBlockAction, blockInAssembly, runOfDay } from "./store";

/** One tap: the change, its audit entry and the live event in one transaction. */
async function tap(db: Db, actor: Actor, assemblyId: string, action: ClockAction) {
  const now = Date.now();
  await db.transaction(async (tx) => {
    const changed = await applyBlockAction(tx, assemblyId, action, now);
    if (!changed.length) return;
    const blockId = action.type === "advance" ? null : action.blockId;
    await appendAudit(tx, {
      actor: auditActor(actor),
      action: `runofday.${action.type}`,
      entity: "assembly",
      entityId: assemblyId,
      after: { blockId, changed },
    });
    await appendEvent(tx, {
      assemblyId,
      type: "runofday.updated",
      payload: { action: action.type, blockId, changed },
    });
  });
  return runOfDay(db, assemblyId, now);
}

export const runOfDayRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    "/api/assemblies/:id/run-of-day",
    { schema: { tags: ["run-of-day"], params: ZIdParamsSchema, response: { 200: ZRunOfDaySchema } } },
    async (request) => {
      authorize(requireActor(request), policies.readAssembly, await assemblyScope(db, request.params.id));
      return runOfDay(db, request.params.id);
    },
  );

  app.post(
    "/api/assemblies/:id/run-of-day/blocks/:blockId/:action",
    {
      schema: { tags: ["run-of-day"], params: ZBlockActionParamsSchema, response: { 200: ZRunOfDaySchema } },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id, blockId, action } = request.params;
      authorize(actor, policies.runDay, await assemblyScope(db, id));
      if (!(await blockInAssembly(db, id, blockId))) throw notFound();
      return tap(db, actor, id, { type: action, blockId });
    },
  );

  app.post(
    "/api/assemblies/:id/run-of-day/advance",
    { schema: { tags: ["run-of-day"], params: ZIdParamsSchema, response: { 200: ZRunOfDaySchema } } },
    async (request) => {
      const actor = requireActor(request);
      authorize(actor, policies.runDay, await assemblyScope(db, request.params.id));
      return tap(db, actor, request.params.id, { type: "advance" });
    },
  );
};
