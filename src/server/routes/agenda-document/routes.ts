import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { policies } from "../../../shared/policies";
import type { AgendaDocumentDto } from "../../../shared/schemas/agenda-document";
import { ZAgendaDocumentSchema } from "../../../shared/schemas/agenda-document";
import { ZIdParamsSchema } from "../../../shared/schemas/common";
import { authorize } from "../../auth/authorize";
import { requireActor } from "../../auth/plugin";
import { agendaPdf } from "../../documents/agenda-pdf";
import { agendaWorkbook } from "../../documents/agenda-xlsx";
import { XLSX_TYPE } from "../../documents/xlsx-legend";
import { AppError } from "../../errors";
import { assemblyScope } from "../assemblies/store";
import { activeLock } from "../plenary/lock";
import { agendaDocument, publicAgenda } from "./content";

const tags = ["agenda-document"];

const download = (reply: FastifyReply, type: string, name: string, body: Buffer | string) =>
  reply
    .header("content-type", type)
    .header("content-disposition", `attachment; filename="${name}"`)
    .send(body);

/**
 * The agenda document — PDF, XLSX (one sheet per section) and JSON with the same content — for staff who see the
 * assembly (a draft until the agenda is locked), and the approved agenda read-only on a public page.
 */
export const agendaDocumentRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  const staffDocument = async (
    request: Parameters<typeof requireActor>[0],
    assemblyId: string,
  ): Promise<AgendaDocumentDto> => {
    authorize(requireActor(request), policies.readAssembly, await assemblyScope(db, assemblyId));
    return agendaDocument(db, assemblyId, request.lang);
  };

  app.get(
    "/api/assemblies/:id/agenda-document.pdf",
    { schema: { tags, params: ZIdParamsSchema } },
    async (request, reply) => {
      const document = await staffDocument(request, request.params.id);
      return download(
        reply,
        "application/pdf",
        "agenda-2024-2026.pdf",
        await agendaPdf(document, request.lang),
      );
    },
  );

  app.get(
    "/api/assemblies/:id/agenda-document.xlsx",
    { schema: { tags, params: ZIdParamsSchema } },
    async (request, reply) => {
      const document = await staffDocument(request, request.params.id);
      return download(
        reply,
        XLSX_TYPE,
        "agenda-2024-2026.xlsx",
        await agendaWorkbook(document, request.lang),
      );
    },
  );

  app.get(
    "/api/assemblies/:id/agenda-document.json",
    { schema: { tags, params: ZIdParamsSchema, response: { 200: ZAgendaDocumentSchema } } },
    async (request, reply) => {
      const document = await staffDocument(request, request.params.id);
      reply.header("content-disposition", 'attachment; filename="agenda-2024-2026.json"');
      return document;
    },
  );

  app.get(
    "/api/public/assemblies/:id/agenda",
    { schema: { tags, params: ZIdParamsSchema, response: { 200: ZAgendaDocumentSchema } } },
    async (request) => {
      await assemblyScope(db, request.params.id);
      const lock = await activeLock(db, request.params.id);
      if (!lock) throw new AppError("plenary.not_published");
      return publicAgenda(lock.document as AgendaDocumentDto);
    },
  );
};
