import type { FastifyRequest } from "fastify";
import type { Policy } from "../../../shared/policies";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { requireActor } from "../../auth/plugin";
import { assemblyScope } from "./store";

/** The signed-in staff member, allowed `rule` on the assembly (404 outside their scope, 403 inside it). */
export async function actorOnAssembly(
  request: FastifyRequest,
  rule: Policy,
  assemblyId: string,
): Promise<Actor> {
  const actor = requireActor(request);
  authorize(actor, rule, await assemblyScope(request.server.database.db, assemblyId));
  return actor;
}
