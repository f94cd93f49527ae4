import { and, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { policies } from "../../../shared/policies";
import {
  ZJoinCodeSchema,
  ZRegistrationChoiceSchema,
  ZTableAllocationSchema,
} from "../../../shared/schemas/allocation";
import { ZIdParamsSchema, ZOkSchema } from "../../../shared/schemas/common";
import { issueJoinCode, revokeJoinCode } from "../../allocation/join-codes";
import { type Actor, auditActor, type Scope } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { requireActor } from "../../auth/plugin";
import type { Tx } from "../../db/client";
import { seats, subtables } from "../../db/schema";
import { AppError, notFound } from "../../errors";
import { appendAudit, appendEvent } from "../../events/outbox";
import { tableView } from "../allocation/view";
import { assemblyScope } from "../assemblies/store";

/** A sub-table's convenio, assembly and table, for authorisation; 404 when there is no such sub-table. */
async function subtableScope(
  db: Tx,
  subtableId: string,
): Promise<Scope & { assemblyId: string; tableId: string }> {
  const [row] = await db
    .select({ assemblyId: subtables.assemblyId, tableId: subtables.tableId })
    .from(subtables)
    .where(eq(subtables.id, subtableId));
  if (!row) throw notFound();
  return { ...(await assemblyScope(db, row.assemblyId)), assemblyId: row.assemblyId, tableId: row.tableId };
}

const audit = (tx: Tx, actor: Actor, action: string, id: string, after: unknown) =>
  appendAudit(tx, {
    actor: auditActor(actor),
    action,
    entity: "subtable",
    entityId: id,
    after,
  });

/** A sub-table's leader and join code: the operator or the table's own leader. */
export const subtableRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const tags = ["allocation"];

  app.put(
    "/api/subtables/:id/leader",
    {
      schema: {
        tags,
        params: ZIdParamsSchema,
        body: ZRegistrationChoiceSchema,
        response: { 200: ZTableAllocationSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const subtableId = request.params.id;
      const scope = await subtableScope(db, subtableId);
      authorize(actor, policies.leadTable, scope);
      const { registrationId } = request.body;
      await db.transaction(async (tx) => {
        const [member] = await tx
          .select({ id: seats.registrationId })
          .from(seats)
          .where(and(eq(seats.subtableId, subtableId), eq(seats.registrationId, registrationId)));
        if (!member)
          throw new AppError(
            "allocation.not_in_subtable",
            {},
            { registrationId: "error.allocation.not_in_subtable" },
          );
        await tx
          .update(subtables)
          .set({
            leaderRegistrationId: registrationId,
            leaderStatus: "confirmed",
            leaderConfirmedBy: actor.userId,
            leaderConfirmedAt: new Date(),
          })
          .where(eq(subtables.id, subtableId));
        await audit(tx, actor, "subtable.leader", subtableId, { registrationId });
        await appendEvent(tx, {
          assemblyId: scope.assemblyId,
          type: "subtable.leader_confirmed",
          payload: { subtableId },
        });
      });
      return tableView(db, actor, scope.assemblyId, scope.tableId, request.lang);
    },
  );

  app.post(
    "/api/subtables/:id/join-code",
    { schema: { tags, params: ZIdParamsSchema, response: { 200: ZJoinCodeSchema } } },
    async (request) => {
      const actor = requireActor(request);
      const subtableId = request.params.id;
      const scope = await subtableScope(db, subtableId);
      authorize(actor, policies.leadTable, scope);
      const code = await db.transaction(async (tx) => {
        const issued = await issueJoinCode(tx, scope.assemblyId, subtableId, actor.userId);
        await audit(tx, actor, "subtable.join_code.regenerate", subtableId, null);
        await appendEvent(tx, {
          assemblyId: scope.assemblyId,
          type: "subtable.join_code_changed",
          payload: { subtableId },
        });
        return issued;
      });
      return { code };
    },
  );

  app.delete(
    "/api/subtables/:id/join-code",
    { schema: { tags, params: ZIdParamsSchema, response: { 200: ZOkSchema } } },
    async (request) => {
      const actor = requireActor(request);
      const subtableId = request.params.id;
      const scope = await subtableScope(db, subtableId);
      authorize(actor, policies.leadTable, scope);
      await db.transaction(async (tx) => {
        if (await revokeJoinCode(tx, subtableId, actor.userId)) {
          await audit(tx, actor, "subtable.join_code.revoke", subtableId, null);
          await appendEvent(tx, {
            assemblyId: scope.assemblyId,
            type: "subtable.join_code_changed",
            payload: { subtableId },
          });
        }
      });
      return { ok: true as const };
    },
  );
};
