import { randomInt } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { generateJoinCode } from "../../domain/allocation/join-code";
import type { Tx } from "../db/client";
import { joinCodes } from "../db/schema";

/** Revokes the sub-table's active code, if any: phones that joined with it lose their capability. */
export async function revokeJoinCode(tx: Tx, subtableId: string, userId: string | null): Promise<boolean> {
  const revoked = await tx
    .update(joinCodes)
    .set({ revokedAt: new Date(), revokedBy: userId })
    .where(and(eq(joinCodes.subtableId, subtableId), isNull(joinCodes.revokedAt)))
    .returning({ id: joinCodes.id });
  return revoked.length > 0;
}

/**
 * New codes for sub-tables without an active one, in one statement. Codes are never reused, so a clash
 * (with an old code or within the batch) draws again for that sub-table.
 */
export async function issueJoinCodes(
  tx: Tx,
  assemblyId: string,
  subtableIds: readonly string[],
  userId: string | null,
): Promise<Map<string, string>> {
  const issued = new Map<string, string>();
  let missing = [...subtableIds];
  while (missing.length) {
    const inserted = await tx
      .insert(joinCodes)
      .values(
        missing.map((subtableId) => ({
          assemblyId,
          subtableId,
          code: generateJoinCode(randomInt),
          createdBy: userId,
        })),
      )
      .onConflictDoNothing({ target: joinCodes.code })
      .returning({ subtableId: joinCodes.subtableId, code: joinCodes.code });
    for (const row of inserted) issued.set(row.subtableId, row.code);
    missing = missing.filter((id) => !issued.has(id));
  }
  return issued;
}

/** A new code for the sub-table, replacing its active one. */
export async function issueJoinCode(
  tx: Tx,
  assemblyId: string,
  subtableId: string,
  userId: string | null,
): Promise<string> {
  await revokeJoinCode(tx, subtableId, userId);
  return (await issueJoinCodes(tx, assemblyId, [subtableId], userId)).get(subtableId)!;
}
