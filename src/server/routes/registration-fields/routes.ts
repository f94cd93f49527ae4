import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { policies } from "../../../shared/policies";
import { ZIdParamsSchema } from "../../../shared/schemas/common";
import {
  ZRegistrationFieldInputSchema,
  ZRegistrationFieldSchema,
} from "../../../shared/schemas/registration";
import { auditActor } from "../../auth/actor";
import { authorizeGlobal } from "../../auth/authorize";
import { requireActor } from "../../auth/plugin";
import { appendAudit } from "../../events/outbox";
import {
  createRegistrationField,
  getRegistrationField,
  listRegistrationFields,
  updateRegistrationField,
} from "./store";

// The optional questions the national admin adds to the unified form. Core fields are not here, so they
// cannot be removed; an added field is deactivated, never deleted, so stored answers keep their meaning.
export const registrationFieldRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    "/api/registration-fields",
    { schema: { tags: ["registration"], response: { 200: z.array(ZRegistrationFieldSchema) } } },
    async (request) => {
      requireActor(request);
      return listRegistrationFields(db, { activeOnly: false });
    },
  );

  app.post(
    "/api/registration-fields",
    {
      schema: {
        tags: ["registration"],
        body: ZRegistrationFieldInputSchema,
        response: { 201: ZRegistrationFieldSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      authorizeGlobal(actor, policies.manageRegistrationFields);
      const id = await db.transaction(async (tx) => {
        const fieldId = await createRegistrationField(tx, request.body);
        await appendAudit(tx, {
          actor: auditActor(actor),
          action: "registration_field.create",
          entity: "registration_field",
          entityId: fieldId,
          after: request.body,
        });
        return fieldId;
      });
      return reply.status(201).send(await getRegistrationField(db, id));
    },
  );

  app.put(
    "/api/registration-fields/:id",
    {
      schema: {
        tags: ["registration"],
        params: ZIdParamsSchema,
        body: ZRegistrationFieldInputSchema,
        response: { 200: ZRegistrationFieldSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorizeGlobal(actor, policies.manageRegistrationFields);
      const { id } = request.params;
      await db.transaction(async (tx) => {
        const before = await getRegistrationField(tx, id);
        await updateRegistrationField(tx, id, request.body);
        await appendAudit(tx, {
          actor: auditActor(actor),
          action: "registration_field.update",
          entity: "registration_field",
          entityId: id,
          before,
          after: request.body,
        });
      });
      return getRegistrationField(db, id);
    },
  );
};
