import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { policies } from "../../../shared/policies";
import {
  ZDistinctInputSchema,
  ZMatrixSchema,
  ZMergeInputSchema,
  ZNeedSuggestionsParamsSchema,
  ZNeedSuggestionsQuerySchema,
  ZPossibleAssociationSchema,
  ZQuestionQuerySchema,
  ZRegistrySchema,
  ZSuggestionsSchema,
} from "../../../shared/schemas/associativity";
import { ZIdParamsSchema, ZOkSchema } from "../../../shared/schemas/common";
import { auditActor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { requireActor } from "../../auth/plugin";
import { associativityWorkbook } from "../../documents/associativity-xlsx";
import { XLSX_TYPE } from "../../documents/xlsx-legend";
import { appendAudit, appendEvent } from "../../events/outbox";
import { assemblyScope, getAssembly } from "../assemblies/store";
import { assemblySuggestionAccess, needSuggestionAccess, tableAxis } from "./access";
import { associationsOf, associativityMatrix } from "./matrix";
import { keepApart, mergeOrganizations, registry } from "./merge";
import { ensureRegistry } from "./registry";
import { loadSuggestionContext, suggest } from "./suggest";

/** Organisation names sent as one query parameter, separated by "|". */
const splitNames = (names: string) =>
  names
    .split("|")
    .map((name) => name.trim())
    .filter(Boolean);

export const associativityRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    "/api/assemblies/:id/associativity/suggestions",
    {
      schema: {
        tags: ["associativity"],
        params: ZIdParamsSchema,
        querystring: ZQuestionQuerySchema,
        response: { 200: ZSuggestionsSchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      await assemblySuggestionAccess(db, request, id);
      const { q, axis, table, cooperating, limit } = request.query;
      const names = splitNames(cooperating ?? "");
      const context = await loadSuggestionContext(db, id, request.lang, names);
      const need = {
        text: q,
        axisCode: axis || (table ? await tableAxis(db, id, table) : null),
        cooperating: names,
        subtableId: null,
      };
      return { text: q, axisCode: need.axisCode, suggestions: await suggest(db, context, need, limit) };
    },
  );

  app.get(
    "/api/associativity/needs/:needId/suggestions",
    {
      schema: {
        tags: ["associativity"],
        params: ZNeedSuggestionsParamsSchema,
        querystring: ZNeedSuggestionsQuerySchema,
        response: { 200: ZSuggestionsSchema },
      },
    },
    async (request) => {
      const need = await needSuggestionAccess(db, request, request.params.needId);
      const { q, limit } = request.query;
      const saved = need.description.trim() ? `${need.title}. ${need.description}` : need.title;
      const text = q === undefined || q === need.title.trim() ? saved : q;
      const cooperating =
        request.query.cooperating === undefined ? need.cooperating : splitNames(request.query.cooperating);
      const context = await loadSuggestionContext(db, need.assemblyId, request.lang, cooperating);
      const suggestions = await suggest(
        db,
        context,
        { text, axisCode: need.axisCode, cooperating, subtableId: need.subtableId },
        limit,
      );
      return { text, axisCode: need.axisCode, suggestions };
    },
  );

  app.get(
    "/api/assemblies/:id/associativity/matrix",
    { schema: { tags: ["associativity"], params: ZIdParamsSchema, response: { 200: ZMatrixSchema } } },
    async (request) => {
      authorize(
        requireActor(request),
        policies.readAssociativity,
        await assemblyScope(db, request.params.id),
      );
      return associativityMatrix(db, request.params.id, request.lang);
    },
  );

  app.get(
    "/api/assemblies/:id/associativity/associations",
    {
      schema: {
        tags: ["associativity"],
        params: ZIdParamsSchema,
        response: { 200: z.array(ZPossibleAssociationSchema) },
      },
    },
    async (request) => {
      authorize(
        requireActor(request),
        policies.readAssociativity,
        await assemblyScope(db, request.params.id),
      );
      return associationsOf(await associativityMatrix(db, request.params.id, request.lang));
    },
  );

  app.get(
    "/api/assemblies/:id/associativity/export.xlsx",
    { schema: { tags: ["associativity"], params: ZIdParamsSchema } },
    async (request, reply) => {
      const { id } = request.params;
      authorize(requireActor(request), policies.readAssociativity, await assemblyScope(db, id));
      const assembly = await getAssembly(db, id);
      const matrix = await associativityMatrix(db, id, request.lang);
      const file = await associativityWorkbook(matrix, associationsOf(matrix), {
        assemblyName: assembly.name,
        legend: assembly.legend,
        lang: request.lang,
      });
      return reply
        .type(XLSX_TYPE)
        .header("content-disposition", 'attachment; filename="asociatividad.xlsx"')
        .send(file);
    },
  );

  app.get(
    "/api/assemblies/:id/organizations",
    { schema: { tags: ["associativity"], params: ZIdParamsSchema, response: { 200: ZRegistrySchema } } },
    async (request) => {
      authorize(
        requireActor(request),
        policies.readAssociativity,
        await assemblyScope(db, request.params.id),
      );
      return registry(db, request.params.id);
    },
  );

  app.post(
    "/api/assemblies/:id/organizations/merge",
    {
      schema: {
        tags: ["associativity"],
        params: ZIdParamsSchema,
        body: ZMergeInputSchema,
        response: { 200: ZRegistrySchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id } = request.params;
      authorize(actor, policies.mergeOrganizations, await assemblyScope(db, id));
      await ensureRegistry(db, id);
      await db.transaction(async (tx) => {
        const { target, merged } = await mergeOrganizations(
          tx,
          id,
          request.body.targetId,
          request.body.mergedId,
          actor.userId,
        );
        await appendAudit(tx, {
          actor: auditActor(actor),
          action: "organization.merge",
          entity: "organization",
          entityId: target.id,
          before: merged,
          after: { targetId: target.id, targetName: target.name },
        });
        await appendEvent(tx, {
          assemblyId: id,
          type: "organizations.merged",
          payload: { targetId: target.id, mergedId: merged.id },
        });
      });
      return registry(db, id);
    },
  );

  app.post(
    "/api/assemblies/:id/organizations/distinct",
    {
      schema: {
        tags: ["associativity"],
        params: ZIdParamsSchema,
        body: ZDistinctInputSchema,
        response: { 200: ZOkSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id } = request.params;
      authorize(actor, policies.mergeOrganizations, await assemblyScope(db, id));
      await db.transaction(async (tx) => {
        await keepApart(tx, id, request.body.firstId, request.body.secondId, actor.userId);
        await appendAudit(tx, {
          actor: auditActor(actor),
          action: "organization.keep_apart",
          entity: "organization",
          entityId: request.body.firstId,
          after: request.body,
        });
      });
      return { ok: true as const };
    },
  );
};
