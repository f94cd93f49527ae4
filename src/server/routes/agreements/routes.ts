import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { policies } from "../../../shared/policies";
import { ZAgreementInputSchema, ZAgreementSchema } from "../../../shared/schemas/agreement";
import { ZIdParamsSchema } from "../../../shared/schemas/common";
import { auditActor } from "../../auth/actor";
import { authorize, authorizeGlobal } from "../../auth/authorize";
import { requireActor } from "../../auth/plugin";
import { userScopes } from "../../db/schema";
import { appendAudit } from "../../events/outbox";
import { clearReadCacheOnWrite } from "../../http/read-cache";
import { createAgreement, getAgreement, listAgreements, updateAgreement } from "./store";

export const agreementRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook("onSend", clearReadCacheOnWrite);
  const db = app.database.db;

  app.get(
    "/api/agreements",
    { schema: { tags: ["agreements"], response: { 200: z.array(ZAgreementSchema) } } },
    async (request) => listAgreements(db, requireActor(request)),
  );

  app.get(
    "/api/agreements/:id",
    { schema: { tags: ["agreements"], params: ZIdParamsSchema, response: { 200: ZAgreementSchema } } },
    async (request) => {
      authorize(requireActor(request), policies.see, { agreementId: request.params.id });
      return getAgreement(db, request.params.id);
    },
  );

  app.post(
    "/api/agreements",
    { schema: { tags: ["agreements"], body: ZAgreementInputSchema, response: { 201: ZAgreementSchema } } },
    async (request, reply) => {
      const actor = requireActor(request);
      authorizeGlobal(actor, policies.createAgreement);
      const id = await db.transaction(async (tx) => {
        const agreementId = await createAgreement(tx, request.body);
        // The operator who creates a convenio runs it.
        if (actor.role === "partner_operator")
          await tx.insert(userScopes).values({ userId: actor.userId, agreementId });
        await appendAudit(tx, {
          actor: auditActor(actor),
          action: "agreement.create",
          entity: "agreement",
          entityId: agreementId,
          after: request.body,
        });
        return agreementId;
      });
      return reply.status(201).send(await getAgreement(db, id));
    },
  );

  app.put(
    "/api/agreements/:id",
    {
      schema: {
        tags: ["agreements"],
        params: ZIdParamsSchema,
        body: ZAgreementInputSchema,
        response: { 200: ZAgreementSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id } = request.params;
      authorize(actor, policies.editAgreement, { agreementId: id });
      await db.transaction(async (tx) => {
        const before = await getAgreement(tx, id);
        await updateAgreement(tx, id, request.body);
        await appendAudit(tx, {
          actor: auditActor(actor),
          action: "agreement.update",
          entity: "agreement",
          entityId: id,
          before,
          after: request.body,
        });
      });
      return getAgreement(db, id);
    },
  );
};
