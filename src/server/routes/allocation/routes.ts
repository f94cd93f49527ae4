import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { policies } from "../../../shared/policies";
import {
  type AllocationSource,
  ZAllocationPreviewSchema,
  ZAllocationRequestSchema,
  ZAllocationSchema,
  ZLateArrivalInputSchema,
  ZLateArrivalResultSchema,
  ZLeaderCandidateSchema,
  ZMoveInputSchema,
  ZRegistrationChoiceSchema,
  ZTableAllocationSchema,
  ZTableLeadersInputSchema,
  ZTableParamsSchema,
  ZUnlockInputSchema,
} from "../../../shared/schemas/allocation";
import { ZIdParamsSchema } from "../../../shared/schemas/common";
import { announceSeats, placeLateArrivals } from "../../allocation/late-arrivals";
import { presentTables, subtableLabel, tableExtras } from "../../allocation/seating";
import { type Actor, auditActor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { requireActor } from "../../auth/plugin";
import type { Tx } from "../../db/client";
import { AppError } from "../../errors";
import { appendAudit, appendEvent } from "../../events/outbox";
import { clearReadCacheOnWrite } from "../../http/read-cache";
import { assemblyScope } from "../assemblies/store";
import { exportRoutes } from "./exports";
import {
  assertUnlocked,
  computeAllocation,
  currentRun,
  leaderCandidates,
  lockAssemblyRow,
  lockRun,
  movePerson,
  recordSpokesperson,
  replaceTableLeaders,
  saveAllocation,
  tableOf,
  unlockRun,
  unseatedIds,
} from "./store";
import { allocationView, tableView } from "./view";

const audit = (tx: Tx, actor: Actor, action: string, id: string, before: unknown, after: unknown) =>
  appendAudit(tx, {
    actor: auditActor(actor),
    action,
    entity: "allocation",
    entityId: id,
    before,
    after,
  });

export const allocationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook("onSend", clearReadCacheOnWrite);
  const db = app.database.db;
  const tags = ["allocation"];

  /** An operator's change to a saved allocation: authorised, one at a time per assembly, answered with the new view. */
  async function change(
    request: FastifyRequest,
    assemblyId: string,
    work: (tx: Tx, actor: Actor, assemblyId: string) => Promise<void>,
  ) {
    const actor = requireActor(request);
    const scope = await assemblyScope(db, assemblyId);
    authorize(actor, policies.allocate, scope);
    await db.transaction(async (tx) => {
      await lockAssemblyRow(tx, assemblyId);
      await work(tx, actor, assemblyId);
    });
    return allocationView(db, actor, { ...scope, assemblyId }, request.lang);
  }

  app.get(
    "/api/assemblies/:id/allocation",
    { schema: { tags, params: ZIdParamsSchema, response: { 200: ZAllocationSchema } } },
    async (request) => {
      const actor = requireActor(request);
      const scope = await assemblyScope(db, request.params.id);
      authorize(actor, policies.readAssembly, scope);
      return allocationView(db, actor, { ...scope, assemblyId: request.params.id }, request.lang);
    },
  );

  app.post(
    "/api/assemblies/:id/allocation/preview",
    {
      schema: {
        tags,
        params: ZIdParamsSchema,
        body: ZAllocationRequestSchema,
        response: { 200: ZAllocationPreviewSchema },
      },
    },
    async (request) => {
      const assemblyId = request.params.id;
      authorize(requireActor(request), policies.allocate, await assemblyScope(db, assemblyId));
      assertUnlocked(await currentRun(db, assemblyId));
      const computed = await computeAllocation(db, assemblyId, request.body);
      const views = computed.tables.flatMap((table) =>
        (computed.allocation.find((entry) => entry.tableId === table.id)?.subtables ?? []).map(
          (members, index) => ({
            id: null,
            tableId: table.id,
            position: index + 1,
            label: subtableLabel(table.position, index + 1),
            leader: null,
            joinCode: null,
            members: members.map((registrationId, place) => ({ registrationId, place: place + 1 })),
          }),
        ),
      );
      const extras = await tableExtras(db, assemblyId, []);
      return {
        source: computed.source,
        subtableSize: computed.subtableSize,
        seed: computed.seed,
        summary: computed.summary,
        tables: presentTables(computed.tables, views, computed.people, extras, {
          lang: request.lang,
          names: () => false,
          codes: () => false,
        }),
      };
    },
  );

  app.post(
    "/api/assemblies/:id/allocation",
    {
      schema: {
        tags,
        params: ZIdParamsSchema,
        body: ZAllocationRequestSchema,
        response: { 201: ZAllocationSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const assemblyId = request.params.id;
      const scope = await assemblyScope(db, assemblyId);
      authorize(actor, policies.allocate, scope);
      await db.transaction(async (tx) => {
        await lockAssemblyRow(tx, assemblyId);
        assertUnlocked(await currentRun(tx, assemblyId));
        const computed = await computeAllocation(tx, assemblyId, request.body);
        const runId = await saveAllocation(tx, assemblyId, computed, actor);
        const after = {
          source: computed.source,
          subtableSize: computed.subtableSize,
          seed: computed.seed,
          summary: computed.summary,
        };
        await audit(tx, actor, "allocation.save", runId, null, after);
        await appendEvent(tx, {
          assemblyId,
          type: "allocation.saved",
          payload: { runId, people: computed.summary.participants, subtables: computed.summary.subtables },
        });
      });
      return reply.status(201).send(await allocationView(db, actor, { ...scope, assemblyId }, request.lang));
    },
  );

  app.post(
    "/api/assemblies/:id/allocation/lock",
    { schema: { tags, params: ZIdParamsSchema, response: { 200: ZAllocationSchema } } },
    (request) =>
      change(request, request.params.id, async (tx, actor, assemblyId) => {
        const run = await currentRun(tx, assemblyId);
        if (!run) throw new AppError("allocation.not_allocated");
        assertUnlocked(run);
        await lockRun(tx, run, actor);
        await audit(tx, actor, "allocation.lock", run.id, { locked: false }, { locked: true });
        await appendEvent(tx, { assemblyId, type: "allocation.locked", payload: { runId: run.id } });
      }),
  );

  app.post(
    "/api/assemblies/:id/allocation/unlock",
    {
      schema: {
        tags,
        params: ZIdParamsSchema,
        body: ZUnlockInputSchema,
        response: { 200: ZAllocationSchema },
      },
    },
    (request) =>
      change(request, request.params.id, async (tx, actor, assemblyId) => {
        const { reason } = request.body;
        const run = await currentRun(tx, assemblyId);
        if (!run?.locked) throw new AppError("allocation.not_locked");
        await unlockRun(tx, run, reason, actor);
        await audit(tx, actor, "allocation.unlock", run.id, { locked: true }, { locked: false, reason });
        await appendEvent(tx, { assemblyId, type: "allocation.unlocked", payload: { runId: run.id } });
      }),
  );

  app.post(
    "/api/assemblies/:id/allocation/moves",
    {
      schema: { tags, params: ZIdParamsSchema, body: ZMoveInputSchema, response: { 200: ZAllocationSchema } },
    },
    (request) =>
      change(request, request.params.id, async (tx, actor, assemblyId) => {
        const { from, to } = await movePerson(tx, assemblyId, request.body, actor);
        await audit(tx, actor, "allocation.move", request.body.registrationId, from, {
          ...to,
          reason: request.body.reason,
        });
        await appendEvent(tx, {
          assemblyId,
          type: "allocation.moved",
          payload: { fromSubtableId: from.subtableId, toSubtableId: to.subtableId },
        });
      }),
  );

  app.post(
    "/api/assemblies/:id/allocation/late-arrivals",
    {
      schema: {
        tags,
        params: ZIdParamsSchema,
        body: ZLateArrivalInputSchema,
        response: { 200: ZLateArrivalResultSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const assemblyId = request.params.id;
      authorize(actor, policies.seatLateArrivals, await assemblyScope(db, assemblyId));
      const placed = await db.transaction(async (tx) => {
        const run = await currentRun(tx, assemblyId);
        if (!run) throw new AppError("allocation.not_allocated");
        const ids =
          request.body.registrationIds ?? (await unseatedIds(tx, assemblyId, run.source as AllocationSource));
        const seats = await placeLateArrivals(tx, assemblyId, ids, actor.userId);
        if (seats.length) {
          await audit(tx, actor, "allocation.late_arrivals", run.id, null, seats);
          await announceSeats(tx, assemblyId, seats);
        }
        return seats;
      });
      return { placed };
    },
  );

  app.get(
    "/api/assemblies/:id/allocation/tables/:tableId",
    { schema: { tags, params: ZTableParamsSchema, response: { 200: ZTableAllocationSchema } } },
    async (request) => {
      const actor = requireActor(request);
      const { id: assemblyId, tableId } = request.params;
      const scope = await assemblyScope(db, assemblyId);
      await tableOf(db, assemblyId, tableId);
      authorize(actor, policies.readTable, { ...scope, tableId });
      return tableView(db, actor, assemblyId, tableId, request.lang);
    },
  );

  app.get(
    "/api/assemblies/:id/allocation/leader-candidates",
    { schema: { tags, params: ZIdParamsSchema, response: { 200: z.array(ZLeaderCandidateSchema) } } },
    async (request) => {
      const scope = await assemblyScope(db, request.params.id);
      authorize(requireActor(request), policies.allocate, scope);
      return leaderCandidates(db, { agreementId: scope.agreementId, assemblyId: request.params.id });
    },
  );

  app.put(
    "/api/assemblies/:id/tables/:tableId/leaders",
    {
      schema: {
        tags,
        params: ZTableParamsSchema,
        body: ZTableLeadersInputSchema,
        response: { 200: ZTableAllocationSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id: assemblyId, tableId } = request.params;
      authorize(actor, policies.allocate, await assemblyScope(db, assemblyId));
      await tableOf(db, assemblyId, tableId);
      await db.transaction(async (tx) => {
        await replaceTableLeaders(tx, assemblyId, tableId, request.body.userIds);
        await appendAudit(tx, {
          actor: auditActor(actor),
          action: "table.leaders",
          entity: "assembly_table",
          entityId: tableId,
          after: request.body.userIds,
        });
      });
      return tableView(db, actor, assemblyId, tableId, request.lang);
    },
  );

  app.put(
    "/api/assemblies/:id/tables/:tableId/spokesperson",
    {
      schema: {
        tags,
        params: ZTableParamsSchema,
        body: ZRegistrationChoiceSchema,
        response: { 200: ZTableAllocationSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id: assemblyId, tableId } = request.params;
      const scope = await assemblyScope(db, assemblyId);
      await tableOf(db, assemblyId, tableId);
      authorize(actor, policies.leadTable, { ...scope, tableId });
      await db.transaction(async (tx) => {
        await recordSpokesperson(tx, assemblyId, tableId, request.body.registrationId, actor);
        await appendAudit(tx, {
          actor: auditActor(actor),
          action: "table.spokesperson",
          entity: "assembly_table",
          entityId: tableId,
          after: request.body,
        });
        await appendEvent(tx, { assemblyId, type: "table.spokesperson_recorded", payload: { tableId } });
      });
      return tableView(db, actor, assemblyId, tableId, request.lang);
    },
  );

  await app.register(exportRoutes);
};
