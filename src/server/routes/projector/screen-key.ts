import { randomBytes, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { projectorScreens } from "../../db/schema";
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
