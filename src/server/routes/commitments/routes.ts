import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { policies } from "../../../shared/policies";
import {
  ZCommitmentListSchema,
  ZCommitmentNoteInputSchema,
  ZCommitmentQuerySchema,
  ZCommitmentSchema,
  ZCommitmentUpdateSchema,
} from "../../../shared/schemas/commitment";
import { ZIdParamsSchema } from "../../../shared/schemas/common";
import { auditActor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { requireActor } from "../../auth/plugin";
import { commitmentNotes } from "../../db/schema";
import { commitmentsWorkbook } from "../../documents/commitments-xlsx";
import { XLSX_TYPE } from "../../documents/xlsx-legend";
import { appendAudit, appendEvent } from "../../events/outbox";
import { assemblyScope } from "../assemblies/store";
import { badgeHeading } from "../badges/store";
import { commitmentScope, getCommitment, listCommitments, updateCommitment } from "./store";

const tags = ["commitments"];

/**
 * After the day: the commitments of the approved agenda, listed with filters (overdue highlighted) and as XLSX;
 * the convenio's operator and the national admin update their owner, due date and status and add progress notes.
 */
export const commitmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    "/api/assemblies/:id/commitments",
    {
      schema: {
        tags,
        params: ZIdParamsSchema,
        querystring: ZCommitmentQuerySchema,
        response: { 200: ZCommitmentListSchema },
      },
    },
    async (request) => {
      authorize(requireActor(request), policies.readAssembly, await assemblyScope(db, request.params.id));
      return listCommitments(db, request.params.id, request.query);
    },
  );

  app.get(
    "/api/assemblies/:id/commitments.xlsx",
    { schema: { tags, params: ZIdParamsSchema, querystring: ZCommitmentQuerySchema } },
    async (request, reply) => {
      const { id } = request.params;
      authorize(requireActor(request), policies.readAssembly, await assemblyScope(db, id));
      const [list, heading] = await Promise.all([
        listCommitments(db, id, request.query),
        badgeHeading(db, id),
      ]);
      const file = await commitmentsWorkbook(list.commitments, {
        assemblyName: heading.name,
        legend: heading.legend,
        lang: request.lang,
      });
      return reply
        .header("content-type", XLSX_TYPE)
        .header("content-disposition", 'attachment; filename="compromisos.xlsx"')
        .send(file);
    },
  );

  app.put(
    "/api/commitments/:id",
    {
      schema: {
        tags,
        params: ZIdParamsSchema,
        body: ZCommitmentUpdateSchema,
        response: { 200: ZCommitmentSchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      const actor = requireActor(request);
      const scope = await commitmentScope(db, id);
      authorize(actor, policies.updateCommitments, scope);
      await db.transaction(async (tx) => {
        const before = await getCommitment(tx, id);
        await updateCommitment(tx, id, request.body, actor.name);
        await appendAudit(tx, {
          actor: auditActor(actor),
          action: "commitment.update",
          entity: "commitment",
          entityId: id,
          before: { owner: before.owner, due: before.due, status: before.status },
          after: request.body,
        });
        await appendEvent(tx, {
          assemblyId: scope.assemblyId,
          type: "commitment.updated",
          payload: { commitmentId: id },
        });
      });
      return getCommitment(db, id);
    },
  );

  app.post(
    "/api/commitments/:id/notes",
    {
      schema: {
        tags,
        params: ZIdParamsSchema,
        body: ZCommitmentNoteInputSchema,
        response: { 201: ZCommitmentSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const actor = requireActor(request);
      const scope = await commitmentScope(db, id);
      authorize(actor, policies.updateCommitments, scope);
      await db.transaction(async (tx) => {
        await tx.insert(commitmentNotes).values({
          commitmentId: id,
          notedOn: request.body.notedOn,
          text: request.body.text,
          authorId: actor.userId,
          authorLabel: actor.name,
        });
        await appendEvent(tx, {
          assemblyId: scope.assemblyId,
          type: "commitment.updated",
          payload: { commitmentId: id },
        });
      });
      return reply.status(201).send(await getCommitment(db, id));
    },
  );
};
