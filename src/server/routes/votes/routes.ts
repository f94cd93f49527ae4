import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { policies } from "../../../shared/policies";
import { ZIdParamsSchema } from "../../../shared/schemas/common";
import {
  ZBallotInputSchema,
  ZBallotSchema,
  ZPublicVoteQuerySchema,
  ZPublicVoteSchema,
  ZVoteCloseInputSchema,
  ZVoteOpenInputSchema,
  ZVoterInputSchema,
  ZVoterSchema,
  ZVoteSchema,
} from "../../../shared/schemas/vote";
import { type Actor, auditActor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { requireActor } from "../../auth/plugin";
import { AppError } from "../../errors";
import { appendAudit } from "../../events/outbox";
import { assemblyScope } from "../assemblies/store";
import { badgeHeading } from "../badges/store";
import {
  ballotOf,
  castBallot,
  closeVote,
  currentVote,
  getVote,
  listVotes,
  startVote,
  voteScope,
} from "./store";
import { identifyVoter, verifyVoter } from "./voter";

const tags = ["votes"];

/**
 * The plenary's approval votes. The moderator opens one (a table's agenda or the whole agenda; hand count or
 * digital), enters the hand count or lets the phones vote, and closes it; the result is recorded with the quorum
 * basis taken when it opened. A checked-in participant votes from the phone: one ballot, changeable until close.
 */
export const voteRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  async function moderator(request: FastifyRequest, assemblyId: string): Promise<Actor> {
    const actor = requireActor(request);
    authorize(actor, policies.moderatePlenary, await assemblyScope(db, assemblyId));
    return actor;
  }

  app.get(
    "/api/assemblies/:id/votes",
    { schema: { tags, params: ZIdParamsSchema, response: { 200: z.array(ZVoteSchema) } } },
    async (request) => {
      authorize(requireActor(request), policies.readAssembly, await assemblyScope(db, request.params.id));
      return listVotes(db, request.params.id);
    },
  );

  app.post(
    "/api/assemblies/:id/votes",
    { schema: { tags, params: ZIdParamsSchema, body: ZVoteOpenInputSchema, response: { 201: ZVoteSchema } } },
    async (request, reply) => {
      const { id } = request.params;
      const actor = await moderator(request, id);
      const voteId = await db.transaction(async (tx) => {
        const opened = await startVote(tx, id, request.body, actor);
        await appendAudit(tx, {
          actor: auditActor(actor),
          action: "vote.open",
          entity: "plenary_vote",
          entityId: opened,
          after: request.body,
        });
        return opened;
      });
      return reply.status(201).send(await getVote(db, voteId));
    },
  );

  app.get(
    "/api/votes/:id",
    { schema: { tags, params: ZIdParamsSchema, response: { 200: ZVoteSchema } } },
    async (request) => {
      authorize(requireActor(request), policies.readAssembly, await voteScope(db, request.params.id));
      return getVote(db, request.params.id);
    },
  );

  app.post(
    "/api/votes/:id/close",
    {
      schema: { tags, params: ZIdParamsSchema, body: ZVoteCloseInputSchema, response: { 200: ZVoteSchema } },
    },
    async (request) => {
      const { id } = request.params;
      const scope = await voteScope(db, id);
      const actor = await moderator(request, scope.assemblyId);
      await db.transaction(async (tx) => {
        await closeVote(tx, id, request.body.counts, actor);
        await appendAudit(tx, {
          actor: auditActor(actor),
          action: "vote.close",
          entity: "plenary_vote",
          entityId: id,
          after: request.body,
        });
      });
      return getVote(db, id);
    },
  );

  // ——— The participant's phone: no account; the badge's QR or the document number, then a voter token ———

  app.get(
    "/api/public/assemblies/:id/vote",
    {
      schema: {
        tags,
        params: ZIdParamsSchema,
        querystring: ZPublicVoteQuerySchema,
        response: { 200: ZPublicVoteSchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      const heading = await badgeHeading(db, id);
      const vote = await currentVote(db, id);
      const registrationId = request.query.voter ? await verifyVoter(db, id, request.query.voter) : null;
      const closed = vote?.status === "closed";
      return {
        assembly: { id, name: heading.name, legend: heading.legend },
        vote: vote && {
          id: vote.id,
          tableName: vote.tableName,
          method: vote.method,
          status: vote.status,
          counts: closed ? vote.counts : null,
          outcome: closed ? (vote.result?.outcome ?? null) : null,
        },
        ballot: vote && registrationId ? await ballotOf(db, vote.id, registrationId) : null,
      };
    },
  );

  app.post(
    "/api/public/assemblies/:id/voters",
    {
      config: { rateLimit: { max: 20, timeWindow: "1 minute" } },
      schema: { tags, params: ZIdParamsSchema, body: ZVoterInputSchema, response: { 200: ZVoterSchema } },
    },
    async (request) => {
      await assemblyScope(db, request.params.id);
      return identifyVoter(db, request.params.id, request.body);
    },
  );

  app.put(
    "/api/public/assemblies/:id/ballot",
    { schema: { tags, params: ZIdParamsSchema, body: ZBallotInputSchema, response: { 200: ZBallotSchema } } },
    async (request) => {
      const { id } = request.params;
      const { voter, voteId, choice } = request.body;
      const registrationId = await verifyVoter(db, id, voter);
      if (!registrationId) throw new AppError("vote.voter_unknown");
      const ballot = await db.transaction((tx) => castBallot(tx, id, voteId, registrationId, choice));
      return { voteId, choice: ballot.choice, changedAt: ballot.changedAt.toISOString() };
    },
  );
};
