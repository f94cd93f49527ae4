import { inArray } from "drizzle-orm";
import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { policies } from "../../../shared/policies";
import { ZIdParamsSchema } from "../../../shared/schemas/common";
import { tableExtras } from "../../allocation/seating";
import { type Actor, auditActor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { requireActor } from "../../auth/plugin";
import { axes, registrations } from "../../db/schema";
import { type AllocationRow, allocationXlsx } from "../../documents/allocation-xlsx";
import { type RosterTable, rosterPdf } from "../../documents/rosters";
import { subtableCardsPdf } from "../../documents/subtable-cards";
import { XLSX_TYPE } from "../../documents/xlsx-legend";
import { AppError } from "../../errors";
import { appendAudit } from "../../events/outbox";
import { divipola } from "../../places";
import { assemblyScope, getAssembly } from "../assemblies/store";
import { currentRun, tableOf } from "./store";
import { loadSeating } from "./view";

const ZPrintQuerySchema = z.object({ tableId: z.uuid().optional(), subtableId: z.uuid().optional() });

const download = (reply: FastifyReply, type: string, name: string, body: Buffer) =>
  reply
    .header("content-type", type)
    .header("content-disposition", `attachment; filename="${name}"`)
    .send(body);

/** Printables and the spreadsheet of the allocation. */
export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const tags = ["allocation"];

  /** Which tables and sub-tables to print, authorised for the actor with `rule` at the narrowest scope asked. */
  async function selection(
    actor: Actor,
    assemblyId: string,
    query: z.infer<typeof ZPrintQuerySchema>,
    rule: (typeof policies)["readSeats"],
  ) {
    const scope = await assemblyScope(db, assemblyId);
    if (query.tableId) await tableOf(db, assemblyId, query.tableId);
    authorize(actor, rule, query.tableId ? { ...scope, tableId: query.tableId } : scope);
    if (!(await currentRun(db, assemblyId))) throw new AppError("allocation.not_allocated");
    const seating = await loadSeating(db, assemblyId);
    const views = seating.views.filter(
      (view) =>
        (!query.tableId || view.tableId === query.tableId) &&
        (!query.subtableId || view.id === query.subtableId),
    );
    if (query.subtableId && views.length === 0) throw new AppError("resource.not_found");
    const tables = seating.tables.filter((table) => views.some((view) => view.tableId === table.id));
    const assembly = await getAssembly(db, assemblyId);
    return { seating, views, tables, assembly };
  }

  const logExport = (actor: Actor, assemblyId: string, what: string, query: unknown) =>
    appendAudit(db, {
      actor: auditActor(actor),
      action: "allocation.export",
      entity: "assembly",
      entityId: assemblyId,
      after: { what, ...(query as object) },
    });

  app.get(
    "/api/assemblies/:id/allocation/roster.pdf",
    { schema: { tags, params: ZIdParamsSchema, querystring: ZPrintQuerySchema } },
    async (request, reply) => {
      const actor = requireActor(request);
      const assemblyId = request.params.id;
      const { seating, views, tables, assembly } = await selection(
        actor,
        assemblyId,
        request.query,
        policies.readSeats,
      );
      const extras = await tableExtras(
        db,
        assemblyId,
        tables.map((t) => t.id),
      );
      const places = divipola();
      const nameOf = (id: string) => {
        const person = seating.people.get(id);
        return person ? `${person.firstNames} ${person.lastNames}` : "";
      };
      const roster: RosterTable[] = tables.map((table) => {
        const spokesperson = extras.spokespeople.get(table.id);
        return {
          position: table.position,
          name: table.name,
          leaders: (extras.leaders.get(table.id) ?? []).map((l) => l.name),
          spokesperson: spokesperson ? nameOf(spokesperson) : null,
          subtables: views
            .filter((view) => view.tableId === table.id)
            .map((view) => ({
              label: view.label,
              leader: view.leader
                ? { name: nameOf(view.leader.registrationId), confirmed: view.leader.status === "confirmed" }
                : null,
              members: view.members.flatMap(({ registrationId, place }) => {
                const person = seating.people.get(registrationId);
                if (!person) return [];
                return [
                  {
                    place,
                    name: `${person.firstNames} ${person.lastNames}`,
                    organization: person.organizationName,
                    municipality:
                      places.municipality(person.municipalityCode)?.name ?? person.municipalityCode,
                    knowsPit: person.participant.knowsPit,
                  },
                ];
              }),
            })),
        };
      });
      const pdf = await rosterPdf(roster, {
        assemblyName: assembly.name,
        legend: assembly.legend,
        lang: request.lang,
      });
      await logExport(actor, assemblyId, "roster.pdf", request.query);
      return download(reply, "application/pdf", "listado-mesas.pdf", pdf);
    },
  );

  app.get(
    "/api/assemblies/:id/allocation/cards.pdf",
    { schema: { tags, params: ZIdParamsSchema, querystring: ZPrintQuerySchema } },
    async (request, reply) => {
      const actor = requireActor(request);
      const assemblyId = request.params.id;
      const { seating, views, tables, assembly } = await selection(
        actor,
        assemblyId,
        request.query,
        policies.leadTable,
      );
      const origin = `${request.protocol}://${request.host}`;
      const cards = views.flatMap((view) => {
        const table = tables.find((t) => t.id === view.tableId);
        if (!table) return [];
        const leader = view.leader ? seating.people.get(view.leader.registrationId) : undefined;
        return [
          {
            tablePosition: table.position,
            tableName: table.name,
            definition: table.definition,
            color: table.color,
            label: view.label,
            leaderName: leader ? `${leader.firstNames} ${leader.lastNames}` : null,
            code: view.joinCode,
            joinUrl: view.joinCode ? `${origin}/unirse/${view.joinCode}` : null,
          },
        ];
      });
      const pdf = await subtableCardsPdf(cards, {
        assemblyName: assembly.name,
        legend: assembly.legend,
        lang: request.lang,
        joinPage: `${origin}/unirse`,
      });
      return download(reply, "application/pdf", "tarjetas-sub-mesas.pdf", pdf);
    },
  );

  app.get(
    "/api/assemblies/:id/allocation.xlsx",
    { schema: { tags, params: ZIdParamsSchema } },
    async (request, reply) => {
      const actor = requireActor(request);
      const assemblyId = request.params.id;
      const { seating, views, tables, assembly } = await selection(actor, assemblyId, {}, policies.allocate);
      const ids = views.flatMap((view) => view.members.map((m) => m.registrationId));
      const documents = ids.length
        ? await db
            .select({
              id: registrations.id,
              type: registrations.documentType,
              number: registrations.documentNumber,
            })
            .from(registrations)
            .where(inArray(registrations.id, ids))
        : [];
      const documentOf = new Map(documents.map((d) => [d.id, d]));
      const axisNames = new Map(
        (await db.select({ code: axes.code, name: axes.name }).from(axes)).map((a) => [a.code, a.name]),
      );
      const extras = await tableExtras(
        db,
        assemblyId,
        tables.map((t) => t.id),
      );
      const spokespeople = new Set(extras.spokespeople.values());
      const places = divipola();
      const rows: AllocationRow[] = tables.flatMap((table) =>
        views
          .filter((view) => view.tableId === table.id)
          .flatMap((view) =>
            view.members.flatMap(({ registrationId, place }): AllocationRow[] => {
              const person = seating.people.get(registrationId);
              if (!person) return [];
              const leads = view.leader?.registrationId === registrationId;
              return [
                {
                  tablePosition: table.position,
                  tableName: table.name,
                  subtableLabel: view.label,
                  place,
                  firstNames: person.firstNames,
                  lastNames: person.lastNames,
                  documentType: documentOf.get(registrationId)?.type ?? "",
                  documentNumber: documentOf.get(registrationId)?.number ?? "",
                  organization: person.organizationName,
                  municipality: places.municipality(person.municipalityCode)?.name ?? person.municipalityCode,
                  knowsPit: person.participant.knowsPit,
                  preferredAxes: person.participant.preferredAxes
                    .map((code) => axisNames.get(code) ?? code)
                    .join("; "),
                  role: leads
                    ? view.leader?.status === "confirmed"
                      ? "leader"
                      : "suggested_leader"
                    : spokespeople.has(registrationId)
                      ? "spokesperson"
                      : null,
                },
              ];
            }),
          ),
      );
      const xlsx = await allocationXlsx(rows, {
        assemblyName: assembly.name,
        legend: assembly.legend,
        lang: request.lang,
      });
      await logExport(actor, assemblyId, "allocation.xlsx", {});
      return download(reply, XLSX_TYPE, "distribucion-mesas.xlsx", xlsx);
    },
  );
};
