import multipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { policies } from "../../../shared/policies";
import { ZIdParamsSchema, ZOkSchema } from "../../../shared/schemas/common";
import {
  ZMaterialLinkInputSchema,
  ZMaterialParamsSchema,
  ZMaterialSchema,
  ZMaterialUploadFieldsSchema,
  ZPublicMaterialsSchema,
} from "../../../shared/schemas/material";
import { type Actor, auditActor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { requireActor } from "../../auth/plugin";
import type { Tx } from "../../db/client";
import { appendAudit, appendEvent } from "../../events/outbox";
import { readUpload, removeUpload, sendUpload, storeUpload, UPLOAD_OPTIONS } from "../../files/uploads";
import { actorOnAssembly } from "../assemblies/access";
import { assemblyScope } from "../assemblies/store";
import {
  addMaterial,
  assertBlock,
  deleteMaterial,
  getMaterial,
  listMaterials,
  publicMaterials,
} from "./store";

const audit = (tx: Tx, actor: Actor, action: string, id: string, after: unknown) =>
  appendAudit(tx, {
    actor: auditActor(actor),
    action,
    entity: "assembly",
    entityId: id,
    after,
  });

export const materialRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  await app.register(multipart, UPLOAD_OPTIONS);

  app.get(
    "/api/assemblies/:id/materials",
    { schema: { tags: ["materials"], params: ZIdParamsSchema, response: { 200: z.array(ZMaterialSchema) } } },
    async (request) => {
      authorize(requireActor(request), policies.readAssembly, await assemblyScope(db, request.params.id));
      return listMaterials(db, request.params.id);
    },
  );

  app.post(
    "/api/assemblies/:id/materials/links",
    {
      schema: {
        tags: ["materials"],
        params: ZIdParamsSchema,
        body: ZMaterialLinkInputSchema,
        response: { 201: ZMaterialSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const actor = await actorOnAssembly(request, policies.runDay, id);
      const { blockId, title, url } = request.body;
      await assertBlock(db, id, blockId);
      const material = await db.transaction(async (tx) => {
        const created = await addMaterial(tx, id, { blockId, title, createdBy: actor.userId }, { url });
        await audit(tx, actor, "material.create", id, created);
        await appendEvent(tx, { assemblyId: id, type: "materials.updated", payload: { blockId } });
        return created;
      });
      return reply.status(201).send(material);
    },
  );

  app.post(
    "/api/assemblies/:id/materials/files",
    {
      schema: {
        tags: ["materials"],
        params: ZIdParamsSchema,
        consumes: ["multipart/form-data"],
        response: { 201: ZMaterialSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const actor = await actorOnAssembly(request, policies.runDay, id);
      const { fields, file } = await readUpload(request, ZMaterialUploadFieldsSchema);
      await assertBlock(db, id, fields.blockId);
      const stored = await storeUpload(app.config.dataDir, id, file);
      const material = await db
        .transaction(async (tx) => {
          const created = await addMaterial(tx, id, { ...fields, createdBy: actor.userId }, stored);
          await audit(tx, actor, "material.create", id, created);
          await appendEvent(tx, {
            assemblyId: id,
            type: "materials.updated",
            payload: { blockId: fields.blockId },
          });
          return created;
        })
        .catch(async (error: unknown) => {
          await removeUpload(app.config.dataDir, stored.fileKey);
          throw error;
        });
      return reply.status(201).send(material);
    },
  );

  app.delete(
    "/api/assemblies/:id/materials/:materialId",
    { schema: { tags: ["materials"], params: ZMaterialParamsSchema, response: { 200: ZOkSchema } } },
    async (request) => {
      const { id, materialId } = request.params;
      const actor = await actorOnAssembly(request, policies.runDay, id);
      const material = await getMaterial(db, id, materialId);
      await db.transaction(async (tx) => {
        await deleteMaterial(tx, materialId);
        await audit(tx, actor, "material.delete", id, { materialId, title: material.title });
        await appendEvent(tx, {
          assemblyId: id,
          type: "materials.updated",
          payload: { blockId: material.blockId },
        });
      });
      await removeUpload(app.config.dataDir, material.fileKey);
      return { ok: true as const };
    },
  );

  // Public: participants open the materials later from the assembly's public page.
  app.get(
    "/api/public/assemblies/:id/materials",
    { schema: { tags: ["materials"], params: ZIdParamsSchema, response: { 200: ZPublicMaterialsSchema } } },
    async (request) => publicMaterials(db, request.params.id),
  );

  app.get(
    "/api/public/assemblies/:id/materials/:materialId/file",
    { schema: { tags: ["materials"], params: ZMaterialParamsSchema } },
    async (request, reply) =>
      sendUpload(
        reply,
        app.config.dataDir,
        await getMaterial(db, request.params.id, request.params.materialId),
      ),
  );
};
