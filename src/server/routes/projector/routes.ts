import multipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { policies } from "../../../shared/policies";
import { ZIdParamsSchema, ZOkSchema } from "../../../shared/schemas/common";
import {
  ZOrderInputSchema,
  ZProjectorConsoleSchema,
  ZProjectorControlSchema,
  ZProjectorScreenSchema,
  ZProjectorStateSchema,
  ZScreenKeyQuerySchema,
  ZSlideLinkInputSchema,
  ZSlideSchema,
  ZSlideUploadFieldsSchema,
} from "../../../shared/schemas/projector";
import { type Actor, auditActor } from "../../auth/actor";
import type { Tx } from "../../db/client";
import { appendAudit, appendEvent } from "../../events/outbox";
import { readUpload, removeUpload, sendUpload, storeUpload, UPLOAD_OPTIONS } from "../../files/uploads";
import { actorOnAssembly } from "../assemblies/access";
import { authorizeScreen } from "./screen-key";
import {
  addFileSlide,
  addLinkSlide,
  deleteSlide,
  getSlide,
  projectorConsole,
  projectorScreen,
  reorderSlides,
  rotateScreenKey,
  setProjector,
} from "./store";

const ZSlideParamsSchema = z.object({ id: z.uuid(), slideId: z.uuid() });

const audit = (tx: Tx, actor: Actor, action: string, id: string, after: unknown) =>
  appendAudit(tx, {
    actor: auditActor(actor),
    action,
    entity: "assembly",
    entityId: id,
    after,
  });

export const projectorRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  await app.register(multipart, UPLOAD_OPTIONS);

  app.get(
    "/api/assemblies/:id/projector",
    { schema: { tags: ["projector"], params: ZIdParamsSchema, response: { 200: ZProjectorConsoleSchema } } },
    async (request) => {
      await actorOnAssembly(request, policies.runDay, request.params.id);
      return projectorConsole(db, request.params.id);
    },
  );

  app.put(
    "/api/assemblies/:id/projector",
    {
      schema: {
        tags: ["projector"],
        params: ZIdParamsSchema,
        body: ZProjectorControlSchema,
        response: { 200: ZProjectorStateSchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      const actor = await actorOnAssembly(request, policies.runDay, id);
      return db.transaction(async (tx) => {
        const state = await setProjector(tx, id, request.body);
        await audit(tx, actor, "projector.switch", id, request.body);
        await appendEvent(tx, { assemblyId: id, type: "projector.updated", payload: { view: state.view } });
        return state;
      });
    },
  );

  app.post(
    "/api/assemblies/:id/projector/key",
    { schema: { tags: ["projector"], params: ZIdParamsSchema, response: { 200: ZProjectorConsoleSchema } } },
    async (request) => {
      const { id } = request.params;
      const actor = await actorOnAssembly(request, policies.runDay, id);
      await db.transaction(async (tx) => {
        await rotateScreenKey(tx, id);
        await audit(tx, actor, "projector.rotate_key", id, null);
      });
      return projectorConsole(db, id);
    },
  );

  app.post(
    "/api/assemblies/:id/slides",
    {
      schema: {
        tags: ["projector"],
        params: ZIdParamsSchema,
        consumes: ["multipart/form-data"],
        response: { 201: ZSlideSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const actor = await actorOnAssembly(request, policies.runDay, id);
      const upload = await readUpload(request, ZSlideUploadFieldsSchema);
      const stored = await storeUpload(app.config.dataDir, id, upload.file);
      const slide = await db
        .transaction(async (tx) => {
          const created = await addFileSlide(tx, id, upload.fields.title || upload.file.name, stored);
          await audit(tx, actor, "slide.create", id, { slideId: created.id, fileName: stored.fileName });
          await appendEvent(tx, { assemblyId: id, type: "slides.updated" });
          return created;
        })
        .catch(async (error: unknown) => {
          await removeUpload(app.config.dataDir, stored.fileKey);
          throw error;
        });
      return reply.status(201).send(slide);
    },
  );

  app.post(
    "/api/assemblies/:id/slides/links",
    {
      schema: {
        tags: ["projector"],
        params: ZIdParamsSchema,
        body: ZSlideLinkInputSchema,
        response: { 201: ZSlideSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const actor = await actorOnAssembly(request, policies.runDay, id);
      const slide = await db.transaction(async (tx) => {
        const created = await addLinkSlide(tx, id, request.body.title, request.body.url);
        await audit(tx, actor, "slide.create", id, { slideId: created.id, url: request.body.url });
        await appendEvent(tx, { assemblyId: id, type: "slides.updated" });
        return created;
      });
      return reply.status(201).send(slide);
    },
  );

  app.put(
    "/api/assemblies/:id/slides/order",
    {
      schema: {
        tags: ["projector"],
        params: ZIdParamsSchema,
        body: ZOrderInputSchema,
        response: { 200: ZOkSchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      await actorOnAssembly(request, policies.runDay, id);
      await db.transaction(async (tx) => {
        await reorderSlides(tx, id, request.body.ids);
        await appendEvent(tx, { assemblyId: id, type: "slides.updated" });
      });
      return { ok: true as const };
    },
  );

  app.delete(
    "/api/assemblies/:id/slides/:slideId",
    { schema: { tags: ["projector"], params: ZSlideParamsSchema, response: { 200: ZOkSchema } } },
    async (request) => {
      const { id, slideId } = request.params;
      const actor = await actorOnAssembly(request, policies.runDay, id);
      const slide = await getSlide(db, id, slideId);
      await db.transaction(async (tx) => {
        await deleteSlide(tx, slideId);
        await audit(tx, actor, "slide.delete", id, { slideId, title: slide.title });
        await appendEvent(tx, { assemblyId: id, type: "slides.updated" });
      });
      await removeUpload(app.config.dataDir, slide.fileKey);
      return { ok: true as const };
    },
  );

  app.get(
    "/api/projector/:id",
    {
      schema: {
        tags: ["projector"],
        params: ZIdParamsSchema,
        querystring: ZScreenKeyQuerySchema,
        response: { 200: ZProjectorScreenSchema },
      },
    },
    async (request) => {
      await authorizeScreen(request, request.params.id, request.query.key);
      return projectorScreen(db, request.params.id);
    },
  );

  app.get(
    "/api/projector/:id/slides/:slideId/file",
    { schema: { tags: ["projector"], params: ZSlideParamsSchema, querystring: ZScreenKeyQuerySchema } },
    async (request, reply) => {
      const { id, slideId } = request.params;
      await authorizeScreen(request, id, request.query.key);
      return sendUpload(reply, app.config.dataDir, await getSlide(db, id, slideId));
    },
  );
};
