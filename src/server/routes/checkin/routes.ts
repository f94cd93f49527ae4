import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { policies } from "../../../shared/policies";
import {
  ZCheckInInputSchema,
  ZCheckInParamsSchema,
  ZCheckInResultSchema,
  ZDeskSearchQuerySchema,
  ZDeskSearchResultSchema,
  ZWalkInInputSchema,
  ZWalkInResultSchema,
} from "../../../shared/schemas/checkin";
import { ZIdParamsSchema } from "../../../shared/schemas/common";
import { seatOnArrival } from "../../allocation/late-arrivals";
import { auditActor } from "../../auth/actor";
import type { Tx } from "../../db/client";
import { appendAudit } from "../../events/outbox";
import { registerPerson } from "../../registration/register";
import { actorOnAssembly } from "../assemblies/access";
import { readDeskQuery } from "./query";
import {
  announceUndo,
  attendanceCounts,
  deskPerson,
  type MarkPresent,
  markPresent,
  searchDesk,
  undoCheckIn,
} from "./store";

/**
 * Marks the person present; someone new after the allocation is seated on the way in. The 7:30 rush runs
 * through here: one statement (the person, the check-in, the event with the counts) unless a seat is needed.
 */
async function arrive(tx: Tx, input: MarkPresent) {
  const { assemblyId, registrationId, userId } = input;
  const marked = await markPresent(tx, input);
  if (marked.outcome === "already_present")
    return { ...marked, counts: await attendanceCounts(tx, assemblyId) };
  const seated =
    marked.allocated &&
    marked.person.seat === null &&
    (await seatOnArrival(tx, assemblyId, registrationId, userId));
  const person = seated ? await deskPerson(tx, assemblyId, registrationId) : marked.person;
  return { outcome: marked.outcome, person, counts: marked.counts };
}

export const checkinRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    "/api/assemblies/:id/checkin/search",
    {
      schema: {
        tags: ["checkin"],
        params: ZIdParamsSchema,
        querystring: ZDeskSearchQuerySchema,
        response: { 200: ZDeskSearchResultSchema },
      },
    },
    async (request) => {
      const assemblyId = request.params.id;
      await actorOnAssembly(request, policies.checkIn, assemblyId);
      const query = readDeskQuery(request.query.q);
      return { matchedBy: query.kind, people: await searchDesk(db, assemblyId, query) };
    },
  );

  app.post(
    "/api/assemblies/:id/checkins",
    {
      schema: {
        tags: ["checkin"],
        params: ZIdParamsSchema,
        body: ZCheckInInputSchema,
        response: { 200: ZCheckInResultSchema },
      },
    },
    async (request) => {
      const assemblyId = request.params.id;
      const actor = await actorOnAssembly(request, policies.checkIn, assemblyId);
      const { registrationId, desk } = request.body;
      const userId = actor.userId;
      return db.transaction((tx) =>
        arrive(tx, { assemblyId, registrationId, desk, userId, walkIn: false, now: new Date() }),
      );
    },
  );

  app.post(
    "/api/assemblies/:id/checkins/:checkInId/undo",
    { schema: { tags: ["checkin"], params: ZCheckInParamsSchema, response: { 200: ZCheckInResultSchema } } },
    async (request) => {
      const { id: assemblyId, checkInId } = request.params;
      const actor = await actorOnAssembly(request, policies.checkIn, assemblyId);
      return db.transaction(async (tx) => {
        const undone = await undoCheckIn(tx, assemblyId, checkInId, actor.userId, new Date());
        await appendAudit(tx, {
          actor: auditActor(actor),
          action: "checkin.undo",
          entity: "check_in",
          entityId: checkInId,
          before: { registrationId: undone.registrationId, at: undone.at.toISOString(), desk: undone.desk },
        });
        const { registrationId, desk } = undone;
        const counts = await announceUndo(tx, assemblyId, { registrationId, desk });
        return {
          outcome: "undone" as const,
          person: await deskPerson(tx, assemblyId, undone.registrationId),
          counts,
        };
      });
    },
  );

  app.post(
    "/api/assemblies/:id/walk-ins",
    {
      schema: {
        tags: ["checkin"],
        params: ZIdParamsSchema,
        body: ZWalkInInputSchema,
        response: { 200: ZWalkInResultSchema, 201: ZWalkInResultSchema },
      },
    },
    async (request, reply) => {
      const assemblyId = request.params.id;
      const actor = await actorOnAssembly(request, policies.checkIn, assemblyId);
      const { desk, ...form } = request.body;
      const result = await db.transaction(async (tx) => {
        const registered = await registerPerson(tx, assemblyId, form, "desk");
        const arrived = await arrive(tx, {
          assemblyId,
          registrationId: registered.registrationId,
          desk,
          userId: actor.userId,
          walkIn: registered.created,
          now: new Date(),
        });
        return { ...arrived, created: registered.created };
      });
      return reply.status(result.created ? 201 : 200).send(result);
    },
  );
};
