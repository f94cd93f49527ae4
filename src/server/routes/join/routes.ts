import { and, eq, isNull } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { normalizeJoinCode } from "../../../domain/allocation/join-code";
import {
  type JoinedSubtableDto,
  ZJoinedSubtableSchema,
  ZJoinInputSchema,
  ZJoinResultSchema,
} from "../../../shared/schemas/allocation";
import {
  assertJoinAllowed,
  capabilityOf,
  grantCapability,
  JOIN_COOKIE,
  JOIN_DAYS,
  recordJoinAttempt,
  resolveSubtableCapability,
} from "../../allocation/capability";
import type { Tx } from "../../db/client";
import { agreements, assemblies, assemblyTables, axes, joinCodes, subtables } from "../../db/schema";
import { AppError } from "../../errors";
import { registerLiveKeyCheck } from "../live/access";

// A sub-table's token opens the live view of its own assembly only.
registerLiveKeyCheck(async (db, assemblyId, key) => (await capabilityOf(db, key))?.assemblyId === assemblyId);

const subtableColumns = {
  joinCodeId: joinCodes.id,
  assemblyId: assemblies.id,
  assemblyName: assemblies.name,
  legend: agreements.legend,
  tableId: assemblyTables.id,
  tableName: assemblyTables.name,
  tablePosition: assemblyTables.position,
  axisCode: axes.code,
  definition: assemblyTables.definition,
  color: assemblyTables.color,
  subtableId: subtables.id,
  subtableLabel: subtables.label,
};

function joinedSubtable(db: Tx) {
  return db
    .select(subtableColumns)
    .from(joinCodes)
    .innerJoin(subtables, eq(subtables.id, joinCodes.subtableId))
    .innerJoin(assemblyTables, eq(assemblyTables.id, subtables.tableId))
    .leftJoin(axes, eq(axes.id, assemblyTables.axisId))
    .innerJoin(assemblies, eq(assemblies.id, joinCodes.assemblyId))
    .innerJoin(agreements, eq(agreements.id, assemblies.agreementId));
}

const present = ({ joinCodeId: _, ...row }: JoinedSubtableDto & { joinCodeId: string }): JoinedSubtableDto =>
  row;

/** A sub-table leader's phone joins with the code on the card: no account, that sub-table only. */
export const joinRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.post(
    "/api/join",
    { schema: { tags: ["allocation"], body: ZJoinInputSchema, response: { 200: ZJoinResultSchema } } },
    async (request, reply) => {
      const code = normalizeJoinCode(request.body.code);
      const attempted = code ?? request.body.code.trim().toUpperCase();
      await assertJoinAllowed(db, request.ip, attempted);
      const [row] = code
        ? await joinedSubtable(db).where(and(eq(joinCodes.code, code), isNull(joinCodes.revokedAt)))
        : [];
      if (!row || (request.body.assemblyId && row.assemblyId !== request.body.assemblyId)) {
        await recordJoinAttempt(db, request.ip, attempted, false);
        throw new AppError("join.invalid_code", {}, { code: "error.join.invalid_code" });
      }
      const token = await grantCapability(db, row.joinCodeId);
      await recordJoinAttempt(db, request.ip, attempted, true);
      reply.setCookie(JOIN_COOKIE, token, {
        path: "/",
        httpOnly: true,
        sameSite: "lax",
        secure: app.config.secureCookies,
        maxAge: JOIN_DAYS * 24 * 3600,
      });
      return { ...present({ ...row, axisCode: row.axisCode ?? null }), token };
    },
  );

  app.get(
    "/api/join/me",
    { schema: { tags: ["allocation"], response: { 200: ZJoinedSubtableSchema } } },
    async (request) => {
      const capability = await resolveSubtableCapability(request);
      if (!capability) throw new AppError("join.required");
      const [row] = await joinedSubtable(db).where(
        and(eq(joinCodes.subtableId, capability.subtableId), isNull(joinCodes.revokedAt)),
      );
      if (!row) throw new AppError("join.required");
      return present({ ...row, axisCode: row.axisCode ?? null });
    },
  );
};
