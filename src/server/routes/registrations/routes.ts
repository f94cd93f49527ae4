import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { policies } from "../../../shared/policies";
import { ZIdParamsSchema } from "../../../shared/schemas/common";
import {
  ZCredentialRecoverySchema,
  ZPublicAssemblySchema,
  ZRegistrationInputSchema,
  ZRegistrationListQuerySchema,
  ZRegistrationListSchema,
  ZRegistrationResultSchema,
  ZRegistrationSchema,
} from "../../../shared/schemas/registration";
import { auditActor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { requireActor } from "../../auth/plugin";
import { XLSX_TYPE } from "../../documents/xlsx-legend";
import { AppError } from "../../errors";
import { appendAudit } from "../../events/outbox";
import { issueCredential } from "../../registration/credential";
import { exportCsv, exportXlsx } from "../../registration/export";
import { registrationPoster } from "../../registration/poster";
import { correctRegistration, registerPerson } from "../../registration/register";
import { assemblyScope } from "../assemblies/store";
import { listRegistrationFields } from "../registration-fields/store";
import {
  assemblyHeading,
  exportRegistrations,
  findByIdentity,
  getMaskedPerson,
  getRegistration,
  listRegistrations,
  maskedPerson,
  registrationForm,
  registrationScope,
} from "./store";

const attachment = (name: string) => `attachment; filename="${name}"`;

export const registrationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  // Public: no account. Nothing personal goes out except to the person who just proved who they are.
  app.get(
    "/api/public/assemblies/:id",
    { schema: { tags: ["registration"], params: ZIdParamsSchema, response: { 200: ZPublicAssemblySchema } } },
    async (request) => registrationForm(db, request.params.id),
  );

  app.post(
    "/api/public/assemblies/:id/registrations",
    {
      config: { rateLimit: { max: 60, timeWindow: "1 minute" } },
      schema: {
        tags: ["registration"],
        params: ZIdParamsSchema,
        body: ZRegistrationInputSchema,
        response: { 200: ZRegistrationResultSchema, 201: ZRegistrationResultSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const assembly = await registrationForm(db, id);
      if (!assembly.registrationOpen) throw new AppError("registration.closed");
      const result = await db.transaction((tx) => registerPerson(tx, id, request.body, "web"));
      const person = await getMaskedPerson(db, result.registrationId);
      return reply.status(result.created ? 201 : 200).send({ ...result, person });
    },
  );

  app.post(
    "/api/public/assemblies/:id/credential",
    {
      config: { rateLimit: { max: 10, timeWindow: "1 minute" } },
      schema: {
        tags: ["registration"],
        params: ZIdParamsSchema,
        body: ZCredentialRecoverySchema,
        response: { 200: ZRegistrationResultSchema },
      },
    },
    async (request) => {
      await registrationForm(db, request.params.id);
      const row = await findByIdentity(db, request.params.id, request.body);
      if (!row) throw new AppError("registration.not_found");
      return {
        registrationId: row.id,
        created: false,
        credential: await issueCredential(db, row.id),
        person: maskedPerson(row),
      };
    },
  );

  // Staff.
  app.get(
    "/api/assemblies/:id/registration-form",
    { schema: { tags: ["registration"], params: ZIdParamsSchema, response: { 200: ZPublicAssemblySchema } } },
    async (request) => {
      authorize(
        requireActor(request),
        policies.listRegistrations,
        await assemblyScope(db, request.params.id),
      );
      return registrationForm(db, request.params.id, { published: false });
    },
  );

  app.get(
    "/api/assemblies/:id/registrations",
    {
      schema: {
        tags: ["registration"],
        params: ZIdParamsSchema,
        querystring: ZRegistrationListQuerySchema,
        response: { 200: ZRegistrationListSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const scope = await assemblyScope(db, request.params.id);
      authorize(actor, policies.listRegistrations, scope);
      return listRegistrations(
        db,
        request.params.id,
        request.query,
        policies.readRegistrations(actor, scope),
      );
    },
  );

  app.get(
    "/api/registrations/:id",
    { schema: { tags: ["registration"], params: ZIdParamsSchema, response: { 200: ZRegistrationSchema } } },
    async (request) => {
      authorize(
        requireActor(request),
        policies.readRegistrations,
        await registrationScope(db, request.params.id),
      );
      return getRegistration(db, request.params.id);
    },
  );

  app.put(
    "/api/registrations/:id",
    {
      schema: {
        tags: ["registration"],
        params: ZIdParamsSchema,
        body: ZRegistrationInputSchema,
        response: { 200: ZRegistrationSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id } = request.params;
      authorize(actor, policies.editRegistrations, await registrationScope(db, id));
      await db.transaction(async (tx) => {
        const { credential: _secret, ...before } = await getRegistration(tx, id);
        await correctRegistration(tx, id, request.body, "desk");
        await appendAudit(tx, {
          actor: auditActor(actor),
          action: "registration.update",
          entity: "registration",
          entityId: id,
          before,
          after: request.body,
        });
      });
      return getRegistration(db, id);
    },
  );

  app.get(
    "/api/assemblies/:id/registrations/export",
    {
      schema: {
        tags: ["registration"],
        params: ZIdParamsSchema,
        querystring: z.object({ format: z.enum(["xlsx", "csv"]).default("xlsx") }),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id } = request.params;
      const scope = await assemblyScope(db, id);
      authorize(actor, policies.listRegistrations, scope);
      const personal = policies.readRegistrations(actor, scope);
      const { format } = request.query;
      const file = await db.transaction(async (tx) => {
        const [heading, data, fields] = await Promise.all([
          assemblyHeading(tx, id),
          exportRegistrations(tx, id),
          listRegistrationFields(tx, { activeOnly: false }),
        ]);
        const options = {
          lang: request.lang,
          personal,
          assemblyName: heading.name,
          legend: heading.legend,
          extra: fields.map((f) => ({ key: f.key, label: request.lang === "en" ? f.labelEn : f.labelEs })),
        };
        // Every export is recorded: who took which data, when, how many people.
        await appendAudit(tx, {
          actor: auditActor(actor),
          action: "registration.export",
          entity: "assembly",
          entityId: id,
          after: { format, personal, rows: data.length },
        });
        return format === "csv" ? exportCsv(data, options) : exportXlsx(data, options);
      });
      const name = `inscripciones${personal ? "" : "-anonimizadas"}.${format}`;
      return reply
        .type(format === "csv" ? "text/csv; charset=utf-8" : XLSX_TYPE)
        .header("content-disposition", attachment(name))
        .header("cache-control", "no-store")
        .send(file);
    },
  );

  app.get(
    "/api/assemblies/:id/registration-poster.pdf",
    { schema: { tags: ["registration"], params: ZIdParamsSchema } },
    async (request, reply) => {
      const { id } = request.params;
      authorize(requireActor(request), policies.readAssembly, await assemblyScope(db, id));
      const heading = await assemblyHeading(db, id);
      // The address people can reach: the one staff used to open Minga (the venue's LAN or the public host).
      const url = `${request.protocol}://${request.host}/registro/${id}`;
      const pdf = await registrationPoster(heading, url, request.lang);
      return reply
        .type("application/pdf")
        .header("content-disposition", attachment("afiche-inscripcion.pdf"))
        .send(pdf);
    },
  );
};
