import { and, count, eq, isNull } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { checkIns, registrations } from "../../db/schema";

/** The welcome slide's counter: people checked in at the desks (active check-ins), of those registered. */
export async function attendanceCount(
  db: Tx,
  assemblyId: string,
): Promise<{ present: number; registered: number }> {
  const [[present], [registered]] = await Promise.all([
    db
      .select({ n: count() })
      .from(checkIns)
      .where(and(eq(checkIns.assemblyId, assemblyId), isNull(checkIns.undoneAt))),
    db.select({ n: count() }).from(registrations).where(eq(registrations.assemblyId, assemblyId)),
  ]);
  return { present: present?.n ?? 0, registered: registered?.n ?? 0 };
}
