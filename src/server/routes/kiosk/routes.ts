import { and, asc, desc, eq, like, type SQL } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { parseDeskQuery } from "../../../domain/checkin/query";
import { ZKioskQuerySchema, ZKioskResultSchema, ZKioskSchema } from "../../../shared/schemas/allocation";
import { ZIdParamsSchema } from "../../../shared/schemas/common";
import type { Tx } from "../../db/client";
import {
  agreements,
  allocationRuns,
  assemblies,
  assemblyTables,
  registrations,
  seats,
  subtables,
} from "../../db/schema";
import { AppError, notFound } from "../../errors";

const SHOWN = 5;
/** Per IP: a kiosk at the door answers one person every few seconds; phones on the venue's Wi-Fi share an IP. */
const LOOKUPS_PER_MINUTE = 90;

async function published(db: Tx, assemblyId: string): Promise<boolean> {
  const [run] = await db
    .select({ locked: allocationRuns.locked })
    .from(allocationRuns)
    .where(eq(allocationRuns.assemblyId, assemblyId))
    .orderBy(desc(allocationRuns.createdAt))
    .limit(1);
  return run?.locked ?? false;
}

/** "María Fernanda" "Gómez Ríos" → "María G.": enough to recognise oneself on a projected screen. */
export function displayName(firstNames: string, lastNames: string): string {
  const first = firstNames.trim().split(/\s+/)[0] ?? "";
  const initial = lastNames.trim().charAt(0).toUpperCase();
  return initial ? `${first} ${initial}.` : first;
}

/** "¿Dónde me siento?": public, read-only, for a kiosk or projector at the venue. Seats show once the allocation is locked. */
export const kioskRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const tags = ["kiosk"];

  app.get(
    "/api/kiosk/:id",
    { schema: { tags, params: ZIdParamsSchema, response: { 200: ZKioskSchema } } },
    async (request) => {
      const [row] = await db
        .select({ name: assemblies.name, legend: agreements.legend })
        .from(assemblies)
        .innerJoin(agreements, eq(agreements.id, assemblies.agreementId))
        .where(eq(assemblies.id, request.params.id));
      if (!row) throw notFound();
      return {
        assemblyId: request.params.id,
        assemblyName: row.name,
        legend: row.legend,
        published: await published(db, request.params.id),
      };
    },
  );

  app.get(
    "/api/kiosk/:id/seat",
    {
      config: { rateLimit: { max: LOOKUPS_PER_MINUTE, timeWindow: "1 minute" } },
      schema: {
        tags,
        params: ZIdParamsSchema,
        querystring: ZKioskQuerySchema,
        response: { 200: ZKioskResultSchema },
      },
    },
    async (request) => {
      const assemblyId = request.params.id;
      const [assembly] = await db
        .select({ id: assemblies.id })
        .from(assemblies)
        .where(eq(assemblies.id, assemblyId));
      if (!assembly) throw notFound();
      if (!(await published(db, assemblyId))) throw new AppError("allocation.not_published");
      const query = parseDeskQuery(request.query.q);
      if (query.kind === "too_short") return { matchedBy: "too_short" as const, matches: [], more: false };
      // A document must be typed whole: a prefix would let anyone list the people of the assembly.
      const where: SQL | undefined =
        query.kind === "document"
          ? eq(registrations.documentNumber, query.prefix)
          : and(...query.words.map((word) => like(registrations.searchText, `%${word}%`)));
      const rows = await db
        .select({
          firstNames: registrations.firstNames,
          lastNames: registrations.lastNames,
          tableName: assemblyTables.name,
          tablePosition: assemblyTables.position,
          color: assemblyTables.color,
          subtableLabel: subtables.label,
          place: seats.place,
        })
        .from(seats)
        .innerJoin(registrations, eq(registrations.id, seats.registrationId))
        .innerJoin(assemblyTables, eq(assemblyTables.id, seats.tableId))
        .innerJoin(subtables, eq(subtables.id, seats.subtableId))
        .where(and(eq(seats.assemblyId, assemblyId), where))
        .orderBy(asc(registrations.firstNames), asc(registrations.lastNames))
        .limit(SHOWN + 1);
      return {
        matchedBy: query.kind,
        matches: rows.slice(0, SHOWN).map(({ firstNames, lastNames, ...seat }) => ({
          displayName: displayName(firstNames, lastNames),
          ...seat,
        })),
        more: rows.length > SHOWN,
      };
    },
  );
};
