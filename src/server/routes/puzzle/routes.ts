import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { hasMessage, type Lang, translate } from "../../../shared/i18n";
import { policies } from "../../../shared/policies";
import { ZIdParamsSchema } from "../../../shared/schemas/common";
import {
  ZChangeAppliedSchema,
  ZChangeConflictSchema,
  ZImportResultSchema,
  ZOrganizationSuggestionSchema,
  ZPaperSheetSchema,
  ZPhaseDurationsSchema,
  ZPresenceInputSchema,
  ZPresenceSchema,
  ZPuzzleBoardSchema,
  ZPuzzleChangeSchema,
  ZPuzzleProgressSchema,
  ZSpokespersonCandidateSchema,
  ZStuckFileSchema,
  ZSubtableStateSchema,
  ZTimerActionSchema,
  ZTimerSchema,
} from "../../../shared/schemas/puzzle";
import { actorLabel, auditActor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { requireActor } from "../../auth/plugin";
import { AppError } from "../../errors";
import { appendAudit, appendEvent } from "../../events/outbox";
import { assemblyScope } from "../assemblies/store";
import { boardAccess, subtableAccess } from "./access";
import { applyChange, type ChangeOutcome } from "./changes";
import { paperChanges } from "./paper";
import { sheetsPdf } from "./sheets";
import {
  heartbeat,
  organizationSuggestions,
  puzzleBoard,
  puzzleProgressBoard,
  spokespersonCandidates,
  subtableRef,
  subtableState,
  tableIdsOf,
} from "./store";
import { applyTimerAction, saveDurations } from "./timers";

const tags = ["puzzle"];
const ZSubtableParamsSchema = z.object({ id: z.uuid() });
const ZTableParamsSchema = z.object({ id: z.uuid(), tableId: z.uuid() });
const ZBoardQuerySchema = z.object({ key: z.string().max(200).optional() });
const ZSheetsQuerySchema = z.object({ tableId: z.uuid().optional() });

function answer(reply: FastifyReply, outcome: ChangeOutcome) {
  if (outcome.status === 200 && outcome.replayed) reply.header("x-minga-replayed", "1");
  return reply.status(outcome.status).send(outcome.body);
}

/**
 * Momento 4. A sub-table's phone (its join token) reads and changes only its own sub-table; the operator and
 * the table's leader read every sub-table, correct them (audited), type paper sheets in, import the changes a
 * phone could not send, and run the phase timers. Every change writes a domain event for the live views.
 */
export const puzzleRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    "/api/puzzle/subtables/:id",
    { schema: { tags, params: ZSubtableParamsSchema, response: { 200: ZSubtableStateSchema } } },
    async (request) => {
      const { target } = await subtableAccess(db, request, request.params.id, "read");
      return subtableState(db, target);
    },
  );

  app.post(
    "/api/puzzle/subtables/:id/changes",
    {
      schema: {
        tags,
        params: ZSubtableParamsSchema,
        body: ZPuzzleChangeSchema,
        response: { 200: ZChangeAppliedSchema, 409: ZChangeConflictSchema },
      },
    },
    async (request, reply) => {
      const { target, writer } = await subtableAccess(db, request, request.params.id, "write");
      const outcome = await db.transaction((tx) =>
        applyChange(tx, target, writer, request.body, request.lang),
      );
      return answer(reply, outcome);
    },
  );

  app.post(
    "/api/puzzle/subtables/:id/presence",
    {
      schema: {
        tags,
        params: ZSubtableParamsSchema,
        body: ZPresenceInputSchema,
        response: { 200: z.object({ presence: z.array(ZPresenceSchema), serverTime: z.number() }) },
      },
    },
    async (request) => {
      const { target } = await subtableAccess(db, request, request.params.id, "read");
      const presence = await db.transaction((tx) =>
        heartbeat(tx, target, request.body.deviceId, request.body.name),
      );
      return { presence, serverTime: Date.now() };
    },
  );

  app.get(
    "/api/puzzle/subtables/:id/suggestions",
    {
      schema: {
        tags,
        params: ZSubtableParamsSchema,
        response: { 200: z.object({ organizations: z.array(ZOrganizationSuggestionSchema) }) },
      },
    },
    async (request) => {
      const { target } = await subtableAccess(db, request, request.params.id, "read");
      return { organizations: await organizationSuggestions(db, target.assemblyId) };
    },
  );

  app.post(
    "/api/puzzle/subtables/:id/paper",
    {
      schema: {
        tags,
        params: ZSubtableParamsSchema,
        body: ZPaperSheetSchema,
        response: { 200: ZSubtableStateSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { target, writer } = await subtableAccess(db, request, request.params.id, "write", "paper");
      await db.transaction(async (tx) => {
        for (const change of await paperChanges(tx, target, request.body, request.lang)) {
          await applyChange(tx, target, writer, change, request.lang);
        }
        await appendAudit(tx, {
          actor: auditActor(actor),
          action: "puzzle.paper",
          entity: "subtable",
          entityId: target.subtableId,
          after: request.body,
        });
      });
      return subtableState(db, target);
    },
  );

  app.get(
    "/api/puzzle/subtables/:id/sheet.pdf",
    { schema: { tags, params: ZSubtableParamsSchema } },
    async (request, reply) => {
      const { target } = await subtableAccess(db, request, request.params.id, "read");
      if (!request.actor) throw new AppError("auth.required");
      return sendPdf(
        reply,
        "hoja-sub-mesa.pdf",
        await sheetsPdf(db, request, target.assemblyId, { subtableId: target.subtableId }),
      );
    },
  );

  app.get(
    "/api/puzzle/assemblies/:id/sheets.pdf",
    { schema: { tags, params: ZIdParamsSchema, querystring: ZSheetsQuerySchema } },
    async (request, reply) => {
      const scope = await assemblyScope(db, request.params.id);
      authorize(requireActor(request), policies.readAssembly, scope);
      const pdf = await sheetsPdf(
        db,
        request,
        request.params.id,
        request.query.tableId ? { tableId: request.query.tableId } : {},
      );
      return sendPdf(reply, "hojas-rompecabezas.pdf", pdf);
    },
  );

  app.get(
    "/api/puzzle/assemblies/:id/board",
    {
      schema: {
        tags,
        params: ZIdParamsSchema,
        querystring: ZBoardQuerySchema,
        response: { 200: ZPuzzleBoardSchema },
      },
    },
    async (request) => {
      await boardAccess(db, request, request.params.id, request.query.key);
      return puzzleBoard(db, request.params.id);
    },
  );

  app.get(
    "/api/puzzle/assemblies/:id/progress",
    { schema: { tags, params: ZIdParamsSchema, response: { 200: ZPuzzleProgressSchema } } },
    async (request) => {
      authorize(requireActor(request), policies.readAssembly, await assemblyScope(db, request.params.id));
      return puzzleProgressBoard(db, request.params.id);
    },
  );

  app.post(
    "/api/puzzle/assemblies/:id/timers",
    {
      schema: {
        tags,
        params: ZIdParamsSchema,
        body: ZTimerActionSchema,
        response: { 200: z.object({ timers: z.array(ZTimerSchema), serverTime: z.number() }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const assemblyId = request.params.id;
      const { action, minutes, tableId } = request.body;
      // One table: its leader or the operator; every table at once: the operator.
      authorize(actor, policies.leadTable, {
        ...(await assemblyScope(db, assemblyId)),
        ...(tableId ? { tableId } : {}),
      });
      const tableIds = await tableIdsOf(db, assemblyId, tableId);
      if (action === "extend" && minutes === undefined) {
        throw new AppError("request.invalid", {}, { minutes: "Escriba cuántos minutos agregar." });
      }
      const phaseAction = action === "extend" ? { type: action, minutes: minutes! } : { type: action };
      const now = Date.now();
      const timers = await db.transaction(async (tx) => {
        const changed = await applyTimerAction(tx, assemblyId, tableIds, phaseAction, now, request.lang);
        await appendAudit(tx, {
          actor: auditActor(actor),
          action: `puzzle.timer.${action}`,
          entity: "assembly",
          entityId: assemblyId,
          after: { tableIds: changed.map((t) => t.tableId), minutes },
        });
        await appendEvent(tx, {
          assemblyId,
          type: "puzzle.timer",
          payload: { timers: changed, serverTime: now },
        });
        return changed;
      });
      return { timers, serverTime: Date.now() };
    },
  );

  app.put(
    "/api/puzzle/assemblies/:id/settings",
    {
      schema: {
        tags,
        params: ZIdParamsSchema,
        body: ZPhaseDurationsSchema,
        response: { 200: ZPhaseDurationsSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const assemblyId = request.params.id;
      authorize(actor, policies.leadTable, await assemblyScope(db, assemblyId));
      await db.transaction(async (tx) => {
        await saveDurations(tx, assemblyId, request.body);
        await appendAudit(tx, {
          actor: auditActor(actor),
          action: "puzzle.settings",
          entity: "assembly",
          entityId: assemblyId,
          after: request.body,
        });
        await appendEvent(tx, { assemblyId, type: "puzzle.settings", payload: { durations: request.body } });
      });
      return request.body;
    },
  );

  app.get(
    "/api/puzzle/assemblies/:id/tables/:tableId/candidates",
    {
      schema: { tags, params: ZTableParamsSchema, response: { 200: z.array(ZSpokespersonCandidateSchema) } },
    },
    async (request) => {
      const { id: assemblyId, tableId } = request.params;
      authorize(requireActor(request), policies.leadTable, {
        ...(await assemblyScope(db, assemblyId)),
        tableId,
      });
      await tableIdsOf(db, assemblyId, tableId);
      return spokespersonCandidates(db, tableId);
    },
  );

  app.post(
    "/api/puzzle/assemblies/:id/import",
    {
      schema: {
        tags,
        params: ZIdParamsSchema,
        body: ZStuckFileSchema,
        response: { 200: ZImportResultSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const file = request.body;
      const scope = await assemblyScope(db, request.params.id);
      authorize(actor, policies.readAssembly, scope);
      if (file.assemblyId !== request.params.id) throw new AppError("puzzle.import_other_assembly");
      const target = await subtableRef(db, file.subtableId);
      if (target.assemblyId !== request.params.id) throw new AppError("puzzle.import_other_assembly");
      authorize(actor, policies.leadTable, target);
      const writer = {
        kind: "staff" as const,
        userId: actor.userId,
        label: actorLabel(actor),
        source: "import" as const,
      };
      const results = [];
      // Each change on its own: one that cannot apply does not hold back the others.
      for (const change of file.changes) {
        const result = await db
          .transaction((tx) => applyChange(tx, target, writer, change, request.lang))
          .then(
            (outcome) =>
              outcome.status === 409
                ? { status: "conflict" as const, message: outcome.body.message }
                : {
                    status: outcome.replayed ? ("already_applied" as const) : ("applied" as const),
                    message: null,
                  },
            (error: unknown) => {
              if (!(error instanceof AppError)) throw error;
              return { status: "rejected" as const, message: importMessage(request.lang, error) };
            },
          );
        results.push({ changeId: change.changeId, kind: change.kind, ...result });
      }
      return { results };
    },
  );
};

/** The refusal as a person reads it: the error's message and each field's. */
function importMessage(lang: Lang, error: AppError): string {
  const fields = Object.values(error.fields).map((text) =>
    hasMessage(text) ? translate(lang, text, error.params) : text,
  );
  return [translate(lang, `error.${error.code}`, error.params), ...fields].join(" ");
}

function sendPdf(reply: FastifyReply, name: string, pdf: Buffer) {
  return reply
    .header("content-type", "application/pdf")
    .header("content-disposition", `inline; filename="${name}"`)
    .send(pdf);
}
