import type { Db } from "../../db/client";

type KeyCheck = (db: Db, assemblyId: string, key: string) => Promise<boolean>;

/**
 * Capabilities that open a live view without a staff session. Features that hand out keys (a sub-table
 * join code, a projector screen key) register their check here.
 */
const checks: KeyCheck[] = [];

export function registerLiveKeyCheck(check: KeyCheck): void {
  checks.push(check);
}

export async function liveAccess(db: Db, assemblyId: string, key: string): Promise<boolean> {
  for (const check of checks) if (await check(db, assemblyId, key)) return true;
  return false;
}
