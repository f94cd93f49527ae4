import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ITEM_DESCRIPTION_MAX,
  ITEM_TITLE_MAX,
  merge,
  reorder,
  reword,
  wordingProblems,
} from "../../../domain/plenary/consolidate";
import { translate } from "../../../shared/i18n";
import { policies } from "../../../shared/policies";
import { ZIdParamsSchema } from "../../../shared/schemas/common";
import {
  ZEditSchema,
  ZItemOrderInputSchema,
  ZItemParamsSchema,
  ZLockSchema,
  ZMergeInputSchema,
  ZPlenaryAgendaSchema,
  ZPlenaryConsoleSchema,
  ZPlenaryScreenSchema,
  ZReopenInputSchema,
  ZScreenControlSchema,
  ZTableParamsSchema,
  ZWordingInputSchema,
} from "../../../shared/schemas/plenary";
import { ZScreenKeyQuerySchema } from "../../../shared/schemas/projector";
import { type Actor, auditActor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { requireActor } from "../../auth/plugin";
import type { Tx } from "../../db/client";
import { AppError } from "../../errors";
import { appendAudit, appendEvent } from "../../events/outbox";
import { associationsFor, draftDocument } from "../agenda-document/content";
import { assemblyScope, listTables } from "../assemblies/store";
import { syncCommitments } from "../commitments/store";
import { authorizeScreen } from "../projector/screen-key";
import { assertLockable, insertLock, lockAgenda, reopenLock, toLock } from "./lock";
import { moveScreen, plenaryConsole, plenaryScreen } from "./screen";
import { editTable, itemTable, plenaryAgenda, tableEdits, undoLastEdit } from "./store";

const tags = ["plenary"];

const audit = (tx: Tx, actor: Actor, action: string, entityId: string, before: unknown, after: unknown) =>
  appendAudit(tx, {
    actor: auditActor(actor),
    action,
    entity: "assembly",
    entityId,
    before,
    after,
  });

/**
 * Momento 5. The moderator and each table's leader consolidate the table's agenda from its sub-tables' needs
 * (merge, reword, reorder, undo; every edit audited); the moderator walks the plenary screen through each table
 * step by step, and locks the agenda once the plenary approves it (reopening needs a recorded reason).
 */
export const plenaryRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  /** The table must be one of the assembly's; the actor must be allowed to consolidate it. */
  async function consolidator(request: FastifyRequest, assemblyId: string, tableId: string): Promise<Actor> {
    const actor = requireActor(request);
    const scope = await assemblyScope(db, assemblyId);
    if (!(await listTables(db, assemblyId)).some((table) => table.id === tableId)) {
      authorize(actor, policies.readAssembly, scope);
      throw new AppError("resource.not_found");
    }
    authorize(actor, policies.consolidateAgenda, { ...scope, tableId });
    return actor;
  }

  async function moderator(request: FastifyRequest, assemblyId: string): Promise<Actor> {
    const actor = requireActor(request);
    authorize(actor, policies.moderatePlenary, await assemblyScope(db, assemblyId));
    return actor;
  }

  const agenda = (assemblyId: string) => db.transaction((tx) => plenaryAgenda(tx, assemblyId));
  const changed = (tx: Tx, assemblyId: string, tableId: string) =>
    appendEvent(tx, { assemblyId, type: "plenary.consolidated", payload: { tableId } });

  app.get(
    "/api/assemblies/:id/plenary",
    { schema: { tags, params: ZIdParamsSchema, response: { 200: ZPlenaryAgendaSchema } } },
    async (request) => {
      authorize(requireActor(request), policies.readAssembly, await assemblyScope(db, request.params.id));
      return agenda(request.params.id);
    },
  );

  app.post(
    "/api/assemblies/:id/plenary/tables/:tableId/merge",
    {
      schema: {
        tags,
        params: ZTableParamsSchema,
        body: ZMergeInputSchema,
        response: { 200: ZPlenaryAgendaSchema },
      },
    },
    async (request) => {
      const { id, tableId } = request.params;
      const actor = await consolidator(request, id, tableId);
      const { targetId, itemIds } = request.body;
      await db.transaction(async (tx) => {
        await editTable(tx, id, tableId, "merge", actor, (items) =>
          items.some((item) => item.id === targetId && item.tableId !== tableId)
            ? { ok: false, problem: "unknown_item" }
            : merge(items, targetId, itemIds),
        );
        await changed(tx, id, tableId);
      });
      return agenda(id);
    },
  );

  app.put(
    "/api/assemblies/:id/plenary/items/:itemId",
    {
      schema: {
        tags,
        params: ZItemParamsSchema,
        body: ZWordingInputSchema,
        response: { 200: ZPlenaryAgendaSchema },
      },
    },
    async (request) => {
      const { id, itemId } = request.params;
      const tableId = await itemTable(db, id, itemId);
      const actor = await consolidator(request, id, tableId);
      const problems = Object.entries(wordingProblems(request.body));
      if (problems.length) {
        const max: Record<string, number> = { title: ITEM_TITLE_MAX, description: ITEM_DESCRIPTION_MAX };
        const fields = problems.map(([field, code]) => [
          field,
          translate(request.lang, `plenary.problem.${code}`, { max: max[field]! }),
        ]);
        throw new AppError("request.invalid", {}, Object.fromEntries(fields));
      }
      await db.transaction(async (tx) => {
        await editTable(tx, id, tableId, "reword", actor, (items) => reword(items, itemId, request.body));
        await changed(tx, id, tableId);
      });
      return agenda(id);
    },
  );

  app.put(
    "/api/assemblies/:id/plenary/tables/:tableId/order",
    {
      schema: {
        tags,
        params: ZTableParamsSchema,
        body: ZItemOrderInputSchema,
        response: { 200: ZPlenaryAgendaSchema },
      },
    },
    async (request) => {
      const { id, tableId } = request.params;
      const actor = await consolidator(request, id, tableId);
      await db.transaction(async (tx) => {
        await editTable(tx, id, tableId, "reorder", actor, (items) =>
          reorder(items, tableId, request.body.ids),
        );
        await changed(tx, id, tableId);
      });
      return agenda(id);
    },
  );

  app.post(
    "/api/assemblies/:id/plenary/tables/:tableId/undo",
    { schema: { tags, params: ZTableParamsSchema, response: { 200: ZPlenaryAgendaSchema } } },
    async (request) => {
      const { id, tableId } = request.params;
      const actor = await consolidator(request, id, tableId);
      await db.transaction(async (tx) => {
        await undoLastEdit(tx, id, tableId, actor);
        await changed(tx, id, tableId);
      });
      return agenda(id);
    },
  );

  app.get(
    "/api/assemblies/:id/plenary/tables/:tableId/edits",
    { schema: { tags, params: ZTableParamsSchema, response: { 200: z.array(ZEditSchema) } } },
    async (request) => {
      const { id, tableId } = request.params;
      authorize(requireActor(request), policies.readAssembly, await assemblyScope(db, id));
      if (!(await listTables(db, id)).some((table) => table.id === tableId))
        throw new AppError("resource.not_found");
      return tableEdits(db, tableId);
    },
  );

  app.post(
    "/api/assemblies/:id/plenary/lock",
    { schema: { tags, params: ZIdParamsSchema, response: { 200: ZLockSchema } } },
    async (request) => {
      const { id } = request.params;
      const actor = await moderator(request, id);
      const associations = await associationsFor(db, id, request.lang);
      const lock = await db.transaction(async (tx) => {
        await lockAgenda(tx, id);
        const voteId = await assertLockable(tx, id);
        const at = new Date();
        const document = { ...(await draftDocument(tx, id, associations)), approvedAt: at.toISOString() };
        const row = await insertLock(tx, id, voteId, document, actor, at);
        await syncCommitments(tx, id, document);
        await audit(tx, actor, "plenary.lock", id, null, { lockId: row.id, voteId });
        await appendEvent(tx, { assemblyId: id, type: "plenary.locked", payload: { lockId: row.id } });
        return row;
      });
      return toLock(lock);
    },
  );

  app.post(
    "/api/assemblies/:id/plenary/reopen",
    { schema: { tags, params: ZIdParamsSchema, body: ZReopenInputSchema, response: { 200: ZLockSchema } } },
    async (request) => {
      const { id } = request.params;
      const actor = await moderator(request, id);
      const lock = await db.transaction(async (tx) => {
        await lockAgenda(tx, id);
        const row = await reopenLock(tx, id, request.body.reason, actor);
        await audit(tx, actor, "plenary.reopen", id, { lockId: row.id }, { reason: request.body.reason });
        await appendEvent(tx, { assemblyId: id, type: "plenary.reopened", payload: { lockId: row.id } });
        return row;
      });
      return toLock(lock);
    },
  );

  app.get(
    "/api/assemblies/:id/plenary/console",
    { schema: { tags, params: ZIdParamsSchema, response: { 200: ZPlenaryConsoleSchema } } },
    async (request) => {
      await moderator(request, request.params.id);
      return db.transaction((tx) => plenaryConsole(tx, request.params.id));
    },
  );

  app.put(
    "/api/assemblies/:id/plenary/screen",
    {
      schema: {
        tags,
        params: ZIdParamsSchema,
        body: ZScreenControlSchema,
        response: { 200: ZPlenaryConsoleSchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      await moderator(request, id);
      return db.transaction(async (tx) => {
        await moveScreen(tx, id, request.body);
        const state = await plenaryConsole(tx, id);
        await appendEvent(tx, {
          assemblyId: id,
          type: "plenary.screen",
          payload: { tableId: state.tableId, step: state.step },
        });
        return state;
      });
    },
  );

  /** The plenary screen reads with the projector's key; staff who may read the assembly read without one. */
  app.get(
    "/api/assemblies/:id/plenary/screen",
    {
      schema: {
        tags,
        params: ZIdParamsSchema,
        querystring: ZScreenKeyQuerySchema,
        response: { 200: ZPlenaryScreenSchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      await authorizeScreen(request, id, request.query.key);
      return db.transaction((tx) => plenaryScreen(tx, id));
    },
  );
};
