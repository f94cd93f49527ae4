import { NATIONAL_AXES } from "../../domain/axes/national-axes";
import type { Tx } from "../db/client";
import { axes } from "../db/schema";

/** The five national axes exist in every database; the national admin edits them afterwards. */
export async function ensureNationalAxes(db: Tx): Promise<void> {
  await db
    .insert(axes)
    .values(NATIONAL_AXES.map((axis) => ({ ...axis })))
    .onConflictDoNothing({ target: axes.code });
}
