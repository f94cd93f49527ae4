import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { policies } from "../../../shared/policies";
import { ZIdParamsSchema, ZOkSchema } from "../../../shared/schemas/common";
import {
  ZExperienceInputSchema,
  ZExperienceParamsSchema,
  ZExperiencesSchema,
  ZExperienceTemplateInputSchema,
  ZSystematisationInputSchema,
  ZTimerParamsSchema,
} from "../../../shared/schemas/experience";
import { ZOrderInputSchema } from "../../../shared/schemas/projector";
import { type Actor, auditActor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { requireActor } from "../../auth/plugin";
import type { Db, Tx } from "../../db/client";
import {
  type SystematisationHeader,
  systematisationPdf,
  systematisationWorkbook,
} from "../../documents/systematisation";
import { XLSX_TYPE } from "../../documents/xlsx-legend";
import { appendAudit, appendEvent } from "../../events/outbox";
import { actorOnAssembly } from "../assemblies/access";
import { assemblyScope, getAssembly } from "../assemblies/store";
import { setProjector } from "../projector/store";
import {
  applyTimer,
  assertExperience,
  createExperience,
  deleteExperience,
  experiencesPage,
  reorderExperiences,
  saveSystematisation,
  saveTemplate,
  updateExperience,
} from "./store";

const audit = (tx: Tx, actor: Actor, action: string, id: string, before: unknown, after: unknown) =>
  appendAudit(tx, {
    actor: auditActor(actor),
    action,
    entity: "experience",
    entityId: id,
    before,
    after,
  });

async function documentHeader(
  db: Db,
  assemblyId: string,
  request: FastifyRequest,
): Promise<SystematisationHeader> {
  const assembly = await getAssembly(db, assemblyId);
  return {
    assemblyName: assembly.name,
    place: `${assembly.municipalityName}, ${assembly.departmentName}`,
    date: assembly.date,
    legend: assembly.legend,
    lang: request.lang,
  };
}

export const experienceRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  async function reader(request: FastifyRequest, assemblyId: string) {
    authorize(requireActor(request), policies.readAssembly, await assemblyScope(db, assemblyId));
  }
  /** One change of Momento 3 in one transaction with its live event; answers the whole page. */
  async function change(
    assemblyId: string,
    work: (tx: Tx) => Promise<void>,
    payload: Record<string, unknown> = {},
  ) {
    await db.transaction(async (tx) => {
      await work(tx);
      await appendEvent(tx, { assemblyId, type: "experiences.updated", payload });
    });
    return experiencesPage(db, assemblyId);
  }

  app.get(
    "/api/assemblies/:id/experiences",
    { schema: { tags: ["experiences"], params: ZIdParamsSchema, response: { 200: ZExperiencesSchema } } },
    async (request) => {
      await reader(request, request.params.id);
      return experiencesPage(db, request.params.id);
    },
  );

  app.post(
    "/api/assemblies/:id/experiences",
    {
      schema: {
        tags: ["experiences"],
        params: ZIdParamsSchema,
        body: ZExperienceInputSchema,
        response: { 201: ZExperiencesSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const actor = await actorOnAssembly(request, policies.runDay, id);
      const page = await change(id, async (tx) => {
        const experienceId = await createExperience(tx, id, request.body);
        await audit(tx, actor, "experience.create", experienceId, null, request.body);
      });
      return reply.status(201).send(page);
    },
  );

  app.put(
    "/api/assemblies/:id/experiences/template",
    {
      schema: {
        tags: ["experiences"],
        params: ZIdParamsSchema,
        body: ZExperienceTemplateInputSchema,
        response: { 200: ZExperiencesSchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      const actor = await actorOnAssembly(request, policies.runDay, id);
      return change(id, async (tx) => {
        await saveTemplate(tx, id, request.body);
        await audit(tx, actor, "experience.template", id, null, request.body);
      });
    },
  );

  app.put(
    "/api/assemblies/:id/experiences/order",
    {
      schema: {
        tags: ["experiences"],
        params: ZIdParamsSchema,
        body: ZOrderInputSchema,
        response: { 200: ZExperiencesSchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      await actorOnAssembly(request, policies.runDay, id);
      return change(id, (tx) => reorderExperiences(tx, id, request.body.ids));
    },
  );

  app.put(
    "/api/assemblies/:id/experiences/:experienceId",
    {
      schema: {
        tags: ["experiences"],
        params: ZExperienceParamsSchema,
        body: ZExperienceInputSchema,
        response: { 200: ZExperiencesSchema },
      },
    },
    async (request) => {
      const { id, experienceId } = request.params;
      const actor = await actorOnAssembly(request, policies.runDay, id);
      const before = await assertExperience(db, id, experienceId);
      return change(id, async (tx) => {
        await updateExperience(tx, experienceId, request.body);
        await audit(tx, actor, "experience.update", experienceId, before, request.body);
      });
    },
  );

  app.delete(
    "/api/assemblies/:id/experiences/:experienceId",
    { schema: { tags: ["experiences"], params: ZExperienceParamsSchema, response: { 200: ZOkSchema } } },
    async (request) => {
      const { id, experienceId } = request.params;
      const actor = await actorOnAssembly(request, policies.runDay, id);
      const before = await assertExperience(db, id, experienceId);
      await change(id, async (tx) => {
        await deleteExperience(tx, experienceId);
        await audit(tx, actor, "experience.delete", experienceId, before, null);
      });
      return { ok: true as const };
    },
  );

  app.post(
    "/api/assemblies/:id/experiences/:experienceId/timer/:action",
    { schema: { tags: ["experiences"], params: ZTimerParamsSchema, response: { 200: ZExperiencesSchema } } },
    async (request) => {
      const { id, experienceId, action } = request.params;
      await actorOnAssembly(request, policies.runDay, id);
      await assertExperience(db, id, experienceId);
      return change(
        id,
        async (tx) => {
          await applyTimer(tx, id, experienceId, action, Date.now());
          // The timer is for the room: starting it puts it on the plenary screen.
          if (action === "start") {
            await setProjector(tx, id, {
              view: "experience_timer",
              experienceId,
              slideId: null,
              tableId: null,
            });
            await appendEvent(tx, {
              assemblyId: id,
              type: "projector.updated",
              payload: { view: "experience_timer" },
            });
          }
        },
        { experienceId, timer: action },
      );
    },
  );

  app.put(
    "/api/assemblies/:id/experiences/:experienceId/systematisation",
    {
      schema: {
        tags: ["experiences"],
        params: ZExperienceParamsSchema,
        body: ZSystematisationInputSchema,
        response: { 200: ZExperiencesSchema },
      },
    },
    async (request) => {
      const { id, experienceId } = request.params;
      const actor = await actorOnAssembly(request, policies.runDay, id);
      await assertExperience(db, id, experienceId);
      return change(id, async (tx) => {
        await saveSystematisation(tx, id, experienceId, request.body, actor.userId);
        await audit(tx, actor, "experience.systematisation", experienceId, null, request.body);
      });
    },
  );

  app.get(
    "/api/assemblies/:id/experiences/systematisation.pdf",
    { schema: { tags: ["experiences"], params: ZIdParamsSchema } },
    async (request, reply) => {
      const { id } = request.params;
      await reader(request, id);
      const pdf = await systematisationPdf(
        await experiencesPage(db, id),
        await documentHeader(db, id, request),
      );
      return reply
        .type("application/pdf")
        .header("content-disposition", 'attachment; filename="sistematizacion-experiencias.pdf"')
        .send(pdf);
    },
  );

  app.get(
    "/api/assemblies/:id/experiences/systematisation.xlsx",
    { schema: { tags: ["experiences"], params: ZIdParamsSchema } },
    async (request, reply) => {
      const { id } = request.params;
      await reader(request, id);
      const file = await systematisationWorkbook(
        await experiencesPage(db, id),
        await documentHeader(db, id, request),
      );
      return reply
        .type(XLSX_TYPE)
        .header("content-disposition", 'attachment; filename="sistematizacion-experiencias.xlsx"')
        .send(file);
    },
  );
};
