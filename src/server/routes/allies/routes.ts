import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { policies } from "../../../shared/policies";
import { ZAllyInputSchema, ZAllyParamsSchema, ZAllySchema } from "../../../shared/schemas/ally";
import { ZIdParamsSchema, ZOkSchema } from "../../../shared/schemas/common";
import { type Actor, auditActor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { requireActor } from "../../auth/plugin";
import type { Tx } from "../../db/client";
import { alliesWorkbook } from "../../documents/allies-xlsx";
import { XLSX_TYPE } from "../../documents/xlsx-legend";
import { appendAudit, appendEvent } from "../../events/outbox";
import { assemblyScope, getAssembly } from "../assemblies/store";
import { createAlly, deleteAlly, getAlly, listAllies, updateAlly } from "./store";

const audit = (tx: Tx, actor: Actor, action: string, id: string, before: unknown, after: unknown) =>
  appendAudit(tx, {
    actor: auditActor(actor),
    action,
    entity: "ally",
    entityId: id,
    before,
    after,
  });

export const allyRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    "/api/assemblies/:id/allies",
    { schema: { tags: ["allies"], params: ZIdParamsSchema, response: { 200: z.array(ZAllySchema) } } },
    async (request) => {
      authorize(requireActor(request), policies.readAssembly, await assemblyScope(db, request.params.id));
      return listAllies(db, request.params.id);
    },
  );

  app.get(
    "/api/assemblies/:id/allies/export.xlsx",
    { schema: { tags: ["allies"], params: ZIdParamsSchema } },
    async (request, reply) => {
      const { id } = request.params;
      authorize(requireActor(request), policies.readAssembly, await assemblyScope(db, id));
      const assembly = await getAssembly(db, id);
      const file = await alliesWorkbook(await listAllies(db, id), {
        assemblyName: assembly.name,
        legend: assembly.legend,
        lang: request.lang,
      });
      return reply
        .type(XLSX_TYPE)
        .header("content-disposition", 'attachment; filename="aliados.xlsx"')
        .send(file);
    },
  );

  app.post(
    "/api/assemblies/:id/allies",
    {
      schema: {
        tags: ["allies"],
        params: ZIdParamsSchema,
        body: ZAllyInputSchema,
        response: { 201: ZAllySchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const actor = requireActor(request);
      authorize(actor, policies.runDay, await assemblyScope(db, id));
      const ally = await db.transaction(async (tx) => {
        const created = await createAlly(tx, id, request.body);
        await audit(tx, actor, "ally.create", created.id, null, request.body);
        await appendEvent(tx, { assemblyId: id, type: "allies.updated", payload: { allyId: created.id } });
        return created;
      });
      return reply.status(201).send(ally);
    },
  );

  app.put(
    "/api/assemblies/:id/allies/:allyId",
    {
      schema: {
        tags: ["allies"],
        params: ZAllyParamsSchema,
        body: ZAllyInputSchema,
        response: { 200: ZAllySchema },
      },
    },
    async (request) => {
      const { id, allyId } = request.params;
      const actor = requireActor(request);
      authorize(actor, policies.runDay, await assemblyScope(db, id));
      const before = await getAlly(db, id, allyId);
      return db.transaction(async (tx) => {
        const updated = await updateAlly(tx, id, allyId, request.body);
        await audit(tx, actor, "ally.update", allyId, before, request.body);
        await appendEvent(tx, { assemblyId: id, type: "allies.updated", payload: { allyId } });
        return updated;
      });
    },
  );

  app.delete(
    "/api/assemblies/:id/allies/:allyId",
    { schema: { tags: ["allies"], params: ZAllyParamsSchema, response: { 200: ZOkSchema } } },
    async (request) => {
      const { id, allyId } = request.params;
      const actor = requireActor(request);
      authorize(actor, policies.runDay, await assemblyScope(db, id));
      const before = await getAlly(db, id, allyId);
      await db.transaction(async (tx) => {
        await deleteAlly(tx, allyId);
        await audit(tx, actor, "ally.delete", allyId, before, null);
        await appendEvent(tx, { assemblyId: id, type: "allies.updated", payload: { allyId } });
      });
      return { ok: true as const };
    },
  );
};
