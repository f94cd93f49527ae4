import multipart from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { policies } from "../../../shared/policies";
import { ZIdParamsSchema } from "../../../shared/schemas/common";
import { ZImportJobSchema, ZImportMappingSchema, ZImportPreviewSchema } from "../../../shared/schemas/import";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { requireActor } from "../../auth/plugin";
import type { Db } from "../../db/client";
import { XLSX_TYPE } from "../../documents/xlsx-legend";
import { AppError } from "../../errors";
import {
  assertMapping,
  createImportJob,
  getImportJob,
  getImportStatus,
  previewImport,
  runImport,
  startImport,
} from "../../registration/import/job";
import { readSpreadsheet, toImportTable } from "../../registration/import/table";
import { errorsWorkbook, templateWorkbook } from "../../registration/import/workbooks";
import { loadRegistrationContext } from "../../registration/register";
import { assemblyScope } from "../assemblies/store";
import { assemblyHeading } from "../registrations/store";
import { presentImportJob } from "./store";

const MAX_FILE_BYTES = 15 * 1024 * 1024;

/** The one file of a multipart upload, as bytes with its name; 422 beside the field when there is none. */
async function uploadedFile(request: FastifyRequest): Promise<{ name: string; bytes: Buffer }> {
  const part = request.isMultipart() ? await request.file() : undefined;
  if (!part) throw new AppError("request.invalid", {}, { file: "Adjunte un archivo XLSX o CSV." });
  try {
    return { name: part.filename.slice(0, 200) || "archivo", bytes: await part.toBuffer() };
  } catch (error) {
    if ((error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE")
      throw new AppError("request.too_large");
    throw error;
  }
}

/** The job as polled (without the file's rows), once the actor may edit its assembly's registrations. */
async function authorizeJob(db: Db, actor: Actor, jobId: string) {
  const job = await getImportStatus(db, jobId);
  authorize(actor, policies.editRegistrations, await assemblyScope(db, job.assemblyId));
  return job;
}

// Bulk import by the convenio's operator: upload (multipart, one file) → column mapping → preview → run
// (polled) → errors workbook.
export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5 } });

  app.get(
    "/api/assemblies/:id/imports/template.xlsx",
    { schema: { tags: ["import"], params: ZIdParamsSchema } },
    async (request, reply) => {
      const { id } = request.params;
      authorize(requireActor(request), policies.editRegistrations, await assemblyScope(db, id));
      const [context, heading] = await Promise.all([
        loadRegistrationContext(db, id),
        assemblyHeading(db, id),
      ]);
      const file = await templateWorkbook(context, heading.name);
      return reply
        .type(XLSX_TYPE)
        .header("content-disposition", 'attachment; filename="plantilla-inscripcion.xlsx"')
        .send(file);
    },
  );

  app.post(
    "/api/assemblies/:id/imports",
    {
      schema: {
        tags: ["import"],
        params: ZIdParamsSchema,
        consumes: ["multipart/form-data"],
        response: { 201: ZImportJobSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id } = request.params;
      authorize(actor, policies.editRegistrations, await assemblyScope(db, id));
      const file = await uploadedFile(request);
      const context = await loadRegistrationContext(db, id);
      const table = toImportTable(await readSpreadsheet(file.bytes), [...context.extraFields.values()]);
      const jobId = await createImportJob(db, {
        assemblyId: id,
        createdBy: actor.userId,
        fileName: file.name,
        table,
      });
      return reply
        .status(201)
        .send(presentImportJob(await getImportStatus(db, jobId), context, request.lang));
    },
  );

  app.get(
    "/api/imports/:id",
    { schema: { tags: ["import"], params: ZIdParamsSchema, response: { 200: ZImportJobSchema } } },
    async (request) => {
      const job = await authorizeJob(db, requireActor(request), request.params.id);
      return presentImportJob(job, await loadRegistrationContext(db, job.assemblyId), request.lang);
    },
  );

  app.post(
    "/api/imports/:id/preview",
    {
      schema: {
        tags: ["import"],
        params: ZIdParamsSchema,
        body: ZImportMappingSchema,
        response: { 200: ZImportPreviewSchema },
      },
    },
    async (request) => {
      const job = await authorizeJob(db, requireActor(request), request.params.id);
      const context = await loadRegistrationContext(db, job.assemblyId);
      const { allConsented } = request.body;
      const mapping = assertMapping(
        request.body.mapping,
        job.headers.length,
        new Set(context.extraFields.keys()),
        allConsented,
      );
      return previewImport(db, await getImportJob(db, job.id), mapping, allConsented);
    },
  );

  app.post(
    "/api/imports/:id/run",
    {
      schema: {
        tags: ["import"],
        params: ZIdParamsSchema,
        body: ZImportMappingSchema,
        response: { 202: ZImportJobSchema },
      },
    },
    async (request, reply) => {
      const job = await authorizeJob(db, requireActor(request), request.params.id);
      const context = await loadRegistrationContext(db, job.assemblyId);
      const { allConsented } = request.body;
      const mapping = assertMapping(
        request.body.mapping,
        job.headers.length,
        new Set(context.extraFields.keys()),
        allConsented,
      );
      await startImport(db, job.id, mapping, allConsented);
      // The run goes on after the answer; the wizard polls the job for progress. Failures mark the job.
      runImport(db, job.id).catch((error: unknown) => request.log.error(error));
      return reply
        .status(202)
        .send(presentImportJob(await getImportStatus(db, job.id), context, request.lang));
    },
  );

  app.get(
    "/api/imports/:id/errors.xlsx",
    { schema: { tags: ["import"], params: ZIdParamsSchema } },
    async (request, reply) => {
      const status = await authorizeJob(db, requireActor(request), request.params.id);
      if (status.status !== "done" && status.status !== "failed") throw new AppError("import.not_finished");
      const heading = await assemblyHeading(db, status.assemblyId);
      const file = await errorsWorkbook(await getImportJob(db, status.id), heading.legend);
      return reply
        .type(XLSX_TYPE)
        .header("content-disposition", 'attachment; filename="filas-con-errores.xlsx"')
        .send(file);
    },
  );
};
