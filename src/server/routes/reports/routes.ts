import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { policies } from "../../../shared/policies";
import { ZIdParamsSchema } from "../../../shared/schemas/common";
import {
  ZAgreementReportQuerySchema,
  ZExportQuerySchema,
  ZNationalReportQuerySchema,
  ZPeopleExportQuerySchema,
  ZReportPeopleSchema,
  ZReportSchema,
} from "../../../shared/schemas/report";
import { type Actor, auditActor } from "../../auth/actor";
import { authorize, authorizeGlobal } from "../../auth/authorize";
import { requireActor } from "../../auth/plugin";
import type { Tx } from "../../db/client";
import { notFound } from "../../errors";
import { appendAudit } from "../../events/outbox";
import { peopleCsv, peopleXlsx } from "../../reports/people-export";
import { reportAssemblies } from "../../reports/sources/assemblies";
import { namedList } from "../../reports/sources/people";
import { assemblyScope } from "../assemblies/store";
import {
  agreementReport,
  assemblyReport,
  assertRange,
  CONTENT_TYPES,
  exportFileName,
  nationalReport,
  renderExport,
} from "./store";

const ZAgreementExportQuerySchema = ZAgreementReportQuerySchema.extend(ZExportQuerySchema.shape);
const ZNationalExportQuerySchema = ZNationalReportQuerySchema.extend(ZExportQuerySchema.shape);

function sendFile(
  reply: FastifyReply,
  file: { body: Buffer | string; contentType: string; fileName: string },
) {
  return reply
    .header("content-type", file.contentType)
    .header("content-disposition", `attachment; filename="${file.fileName}"`)
    .header("cache-control", "no-store")
    .send(file.body);
}

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  /** A convenio's report may be narrowed to one of its assemblies; another convenio's is not found. */
  async function assertAssemblyIn(assemblyId: string | undefined, agreementId: string | undefined) {
    if (!assemblyId) return;
    const scope = await assemblyScope(db, assemblyId);
    if (agreementId && scope.agreementId !== agreementId) throw notFound();
  }

  app.get(
    "/api/reports/assemblies/:id",
    { schema: { tags: ["reports"], params: ZIdParamsSchema, response: { 200: ZReportSchema } } },
    async (request) => {
      authorize(requireActor(request), policies.readReport, await assemblyScope(db, request.params.id));
      return (await assemblyReport(db, request.params.id, request.lang)).report;
    },
  );

  app.get(
    "/api/reports/assemblies/:id/export",
    { schema: { tags: ["reports"], params: ZIdParamsSchema, querystring: ZExportQuerySchema } },
    async (request, reply) => {
      authorize(requireActor(request), policies.readReport, await assemblyScope(db, request.params.id));
      const data = await assemblyReport(db, request.params.id, request.lang);
      return sendFile(reply, await renderExport(data, request.query.format, request.lang));
    },
  );

  app.get(
    "/api/reports/agreements/:id",
    {
      schema: {
        tags: ["reports"],
        params: ZIdParamsSchema,
        querystring: ZAgreementReportQuerySchema,
        response: { 200: ZReportSchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      authorize(requireActor(request), policies.readReport, { agreementId: id });
      assertRange(request.query);
      await assertAssemblyIn(request.query.assemblyId, id);
      return (await agreementReport(db, id, request.query, request.lang)).report;
    },
  );

  app.get(
    "/api/reports/agreements/:id/export",
    { schema: { tags: ["reports"], params: ZIdParamsSchema, querystring: ZAgreementExportQuerySchema } },
    async (request, reply) => {
      const { id } = request.params;
      const { format, ...filters } = request.query;
      authorize(requireActor(request), policies.readReport, { agreementId: id });
      assertRange(filters);
      await assertAssemblyIn(filters.assemblyId, id);
      return sendFile(
        reply,
        await renderExport(await agreementReport(db, id, filters, request.lang), format, request.lang),
      );
    },
  );

  app.get(
    "/api/reports/national",
    {
      schema: {
        tags: ["reports"],
        querystring: ZNationalReportQuerySchema,
        response: { 200: ZReportSchema },
      },
    },
    async (request) => {
      authorizeGlobal(requireActor(request), policies.readNationalReport);
      assertRange(request.query);
      await assertAssemblyIn(request.query.assemblyId, request.query.agreementId);
      return (await nationalReport(db, request.query, request.lang)).report;
    },
  );

  app.get(
    "/api/reports/national/export",
    { schema: { tags: ["reports"], querystring: ZNationalExportQuerySchema } },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      authorizeGlobal(requireActor(request), policies.readNationalReport);
      assertRange(filters);
      await assertAssemblyIn(filters.assemblyId, filters.agreementId);
      return sendFile(
        reply,
        await renderExport(await nationalReport(db, filters, request.lang), format, request.lang),
      );
    },
  );

  /** The named list, read and audited in one transaction: no personal data leaves without its audit entry. */
  async function auditedList(actor: Actor, assemblyId: string, action: string, format: string) {
    authorize(actor, policies.readRegistrations, await assemblyScope(db, assemblyId));
    return db.transaction(async (tx: Tx) => {
      const [assembly] = await reportAssemblies(tx, { assemblyId }, null);
      if (!assembly) throw notFound();
      const people = await namedList(tx, assemblyId);
      await appendAudit(tx, {
        actor: auditActor(actor),
        action,
        entity: "assembly",
        entityId: assemblyId,
        after: { format, people: people.length },
      });
      return { assembly, list: { assemblyId, legend: assembly.legend, people } };
    });
  }

  app.get(
    "/api/reports/assemblies/:id/people",
    { schema: { tags: ["reports"], params: ZIdParamsSchema, response: { 200: ZReportPeopleSchema } } },
    async (request) =>
      (await auditedList(requireActor(request), request.params.id, "report.people.view", "json")).list,
  );

  app.get(
    "/api/reports/assemblies/:id/people/export",
    { schema: { tags: ["reports"], params: ZIdParamsSchema, querystring: ZPeopleExportQuerySchema } },
    async (request, reply) => {
      const { format } = request.query;
      const { assembly, list } = await auditedList(
        requireActor(request),
        request.params.id,
        "report.people.export",
        format,
      );
      return sendFile(reply, {
        body:
          format === "xlsx"
            ? await peopleXlsx(list, request.lang, assembly.name)
            : peopleCsv(list, request.lang),
        contentType: CONTENT_TYPES[format],
        fileName: exportFileName("personas", assembly.name, assembly.date, format),
      });
    },
  );
};
