import { randomBytes, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { type Policy, policies } from "../../../shared/policies";
import { authorize } from "../../auth/authorize";
import type { Tx } from "../../db/client";
import { projectorScreens } from "../../db/schema";
import { AppError } from "../../errors";
import { assemblyScope } from "../assemblies/store";
import { registerLiveKeyCheck } from "../live/access";

export const newScreenKey = () => randomBytes(18).toString("base64url");

/** The projector's row, created with a fresh key the first time the console opens it. */
export async function ensureScreen(db: Tx, assemblyId: string) {
  const read = () => db.select().from(projectorScreens).where(eq(projectorScreens.assemblyId, assemblyId));
  const [row] = await read();
  if (row) return row;
  await db.insert(projectorScreens).values({ assemblyId, screenKey: newScreenKey() }).onConflictDoNothing();
  return (await read())[0]!;
}

export async function screenKeyMatches(db: Tx, assemblyId: string, key: string): Promise<boolean> {
  const [row] = await db
    .select({ screenKey: projectorScreens.screenKey })
    .from(projectorScreens)
    .where(eq(projectorScreens.assemblyId, assemblyId));
  if (!row) return false;
  const expected = Buffer.from(row.screenKey);
  const given = Buffer.from(key);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

// The plenary screen opens the live WebSocket with its key, without a staff session.
registerLiveKeyCheck(screenKeyMatches);

/**
 * A public screen (projector, attendance, plenary) reads with the projector's key; staff read it with their
 * session when `rule` allows them. Neither: `runofday.screen_key`, so the screen can say its key changed.
 */
export async function authorizeScreen(
  request: FastifyRequest,
  assemblyId: string,
  key: string | undefined,
  rule: Policy = policies.readAssembly,
): Promise<void> {
  const db = request.server.database.db;
  const scope = await assemblyScope(db, assemblyId);
  if (key !== undefined && (await screenKeyMatches(db, assemblyId, key))) return;
  if (!request.actor) throw new AppError("runofday.screen_key");
  authorize(request.actor, rule, scope);
}
