import type { FastifyRequest } from "fastify";
import { policies } from "../../../shared/policies";
import { resolveSubtableCapability } from "../../allocation/capability";
import { actorLabel } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import type { Tx } from "../../db/client";
import { AppError, notFound } from "../../errors";
import { assemblyScope } from "../assemblies/store";
import { liveAccess } from "../live/access";
import type { SubtableRef, Writer } from "./changes";
import { subtableRef } from "./store";

/**
 * Who may open or change a sub-table's puzzle: a phone holding that sub-table's capability (its join
 * token) — never another sub-table's — or staff by policy (reading: anyone who sees the assembly;
 * writing: the operator or that table's leader, audited). A capability for another sub-table answers 404,
 * as if this one did not exist.
 */
export async function subtableAccess(
  db: Tx,
  request: FastifyRequest,
  subtableId: string,
  need: "read" | "write",
  staffSource: "staff" | "paper" = "staff",
): Promise<{ target: SubtableRef; writer: Writer }> {
  // A phone's capability names its sub-table, assembly and table: no other read on the hot path.
  const capability = await resolveSubtableCapability(request);
  if (capability?.subtableId === subtableId) return { target: capability, writer: { kind: "phone" } };
  const target = await subtableRef(db, subtableId);
  const actor = request.actor;
  if (actor) {
    authorize(actor, need === "read" ? policies.readAssembly : policies.leadTable, target);
    return {
      target,
      writer: { kind: "staff", userId: actor.userId, label: actorLabel(actor), source: staffSource },
    };
  }
  if (capability) throw notFound();
  throw new AppError("auth.required");
}

/** The big puzzle is read by staff who see the assembly, or by a screen with a live key (the projector's). */
export async function boardAccess(db: Tx, request: FastifyRequest, assemblyId: string, key?: string) {
  const scope = await assemblyScope(db, assemblyId);
  if (key !== undefined && (await liveAccess(db, assemblyId, key))) return;
  if (request.actor) return authorize(request.actor, policies.readAssembly, scope);
  const capability = await resolveSubtableCapability(request);
  if (capability?.assemblyId === assemblyId) return;
  throw new AppError("auth.required");
}
