import { eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { policies } from "../../../shared/policies";
import {
  ZAgendaInputSchema,
  ZAssemblyInputSchema,
  ZAssemblySchema,
  ZAssemblySummarySchema,
  ZAssemblyTableInputSchema,
  ZAssemblyUpdateSchema,
} from "../../../shared/schemas/assembly";
import { ZIdParamsSchema } from "../../../shared/schemas/common";
import { type Actor, auditActor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { requireActor } from "../../auth/plugin";
import type { Tx } from "../../db/client";
import { assemblyTables } from "../../db/schema";
import { AppError } from "../../errors";
import { appendAudit, appendEvent } from "../../events/outbox";
import { clearReadCacheOnWrite } from "../../http/read-cache";
import {
  assemblyScope,
  assertAgenda,
  createAssembly,
  getAssembly,
  listAssemblies,
  replaceAgenda,
  updateAssembly,
} from "./store";

const audit = (tx: Tx, actor: Actor, action: string, id: string, before: unknown, after: unknown) =>
  appendAudit(tx, {
    actor: auditActor(actor),
    action,
    entity: "assembly",
    entityId: id,
    before,
    after,
  });

export const assemblyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook("onSend", clearReadCacheOnWrite);
  const db = app.database.db;

  app.get(
    "/api/assemblies",
    { schema: { tags: ["assemblies"], response: { 200: z.array(ZAssemblySummarySchema) } } },
    async (request) => listAssemblies(db, requireActor(request)),
  );

  app.get(
    "/api/assemblies/:id",
    { schema: { tags: ["assemblies"], params: ZIdParamsSchema, response: { 200: ZAssemblySchema } } },
    async (request) => {
      const { id } = request.params;
      // Every screen of an assembly reads it (and its agenda) on open: the hottest read of the day.
      const { scope, assembly } = await app.readCache.get(`assembly:${id}`, async () => ({
        scope: await assemblyScope(db, id),
        assembly: await getAssembly(db, id),
      }));
      authorize(requireActor(request), policies.readAssembly, scope);
      return assembly;
    },
  );

  app.post(
    "/api/assemblies",
    { schema: { tags: ["assemblies"], body: ZAssemblyInputSchema, response: { 201: ZAssemblySchema } } },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(actor, policies.editAgreement, { agreementId: request.body.agreementId });
      const id = await db.transaction(async (tx) => {
        const assemblyId = await createAssembly(tx, request.body);
        await audit(tx, actor, "assembly.create", assemblyId, null, request.body);
        await appendEvent(tx, { assemblyId, type: "assembly.created" });
        return assemblyId;
      });
      return reply.status(201).send(await getAssembly(db, id));
    },
  );

  app.put(
    "/api/assemblies/:id",
    {
      schema: {
        tags: ["assemblies"],
        params: ZIdParamsSchema,
        body: ZAssemblyUpdateSchema,
        response: { 200: ZAssemblySchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id } = request.params;
      authorize(actor, policies.editAssembly, await assemblyScope(db, id));
      await db.transaction(async (tx) => {
        const before = await getAssembly(tx, id);
        await updateAssembly(tx, id, request.body);
        await audit(
          tx,
          actor,
          "assembly.update",
          id,
          { ...before, agenda: undefined, tables: undefined },
          request.body,
        );
        await appendEvent(tx, { assemblyId: id, type: "assembly.updated" });
      });
      return getAssembly(db, id);
    },
  );

  app.put(
    "/api/assemblies/:id/agenda",
    {
      schema: {
        tags: ["assemblies"],
        params: ZIdParamsSchema,
        body: ZAgendaInputSchema,
        response: { 200: ZAssemblySchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id } = request.params;
      authorize(actor, policies.editAssembly, await assemblyScope(db, id));
      const blocks = assertAgenda(request.body.blocks);
      await db.transaction(async (tx) => {
        const before = (await getAssembly(tx, id)).agenda;
        await replaceAgenda(tx, id, blocks);
        await audit(tx, actor, "agenda.update", id, before, request.body.blocks);
        await appendEvent(tx, { assemblyId: id, type: "agenda.updated" });
      });
      return getAssembly(db, id);
    },
  );

  app.put(
    "/api/assemblies/:id/tables",
    {
      schema: {
        tags: ["assemblies"],
        params: ZIdParamsSchema,
        body: ZAssemblyTableInputSchema,
        response: { 200: ZAssemblySchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id } = request.params;
      authorize(actor, policies.editAssembly, await assemblyScope(db, id));
      const axisIds = request.body.tables.flatMap((t) => (t.axisId ? [t.axisId] : []));
      if (new Set(axisIds).size !== axisIds.length) throw new AppError("assembly.table_axis_duplicate");
      await db.transaction(async (tx) => {
        const before = (await getAssembly(tx, id)).tables;
        const known = new Set(before.map((t) => t.id));
        for (const [index, { id: tableId, ...table }] of request.body.tables.entries()) {
          const values = { ...table, assemblyId: id, position: index + 1 };
          if (tableId && known.has(tableId))
            await tx.update(assemblyTables).set(values).where(eq(assemblyTables.id, tableId));
          else await tx.insert(assemblyTables).values(values);
        }
        await audit(tx, actor, "tables.update", id, before, request.body.tables);
        await appendEvent(tx, { assemblyId: id, type: "tables.updated" });
      });
      return getAssembly(db, id);
    },
  );
};
