import { and, asc, eq, ne } from "drizzle-orm";
import type { AllyKind } from "../../../domain/allies/kinds";
import { foldText } from "../../../domain/text/normalize";
import type { AllyDto, AllyInput } from "../../../shared/schemas/ally";
import type { Tx } from "../../db/client";
import { allies } from "../../db/schema";
import { AppError, notFound } from "../../errors";

function toAlly(row: typeof allies.$inferSelect): AllyDto {
  return {
    id: row.id,
    institution: row.institution,
    kind: row.kind as AllyKind,
    presenter: row.presenter,
    offer: row.offer,
    pitContribution: row.pitContribution,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    contactEmail: row.contactEmail,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listAllies(db: Tx, assemblyId: string): Promise<AllyDto[]> {
  const rows = await db
    .select()
    .from(allies)
    .where(eq(allies.assemblyId, assemblyId))
    .orderBy(asc(allies.institution));
  return rows.map(toAlly).sort((a, b) => a.institution.localeCompare(b.institution, "es"));
}

/**
 * The institutions recorded as allies of an assembly, alphabetically: Momento 4 offers them as cooperating
 * organisations and as "who" in the puzzle's solutions and work plans.
 */
export async function allyNames(db: Tx, assemblyId: string): Promise<string[]> {
  return (await listAllies(db, assemblyId)).map((a) => a.institution);
}

export async function getAlly(db: Tx, assemblyId: string, allyId: string): Promise<AllyDto> {
  const [row] = await db
    .select()
    .from(allies)
    .where(and(eq(allies.id, allyId), eq(allies.assemblyId, assemblyId)));
  if (!row) throw notFound();
  return toAlly(row);
}

/** One institution is recorded once per assembly, however it is capitalised or accented. */
async function assertUnique(
  tx: Tx,
  assemblyId: string,
  institution: string,
  exceptId?: string,
): Promise<void> {
  const others = await tx
    .select({ institution: allies.institution })
    .from(allies)
    .where(and(eq(allies.assemblyId, assemblyId), exceptId ? ne(allies.id, exceptId) : undefined));
  const folded = foldText(institution);
  const twin = others.find((o) => foldText(o.institution) === folded);
  if (twin)
    throw new AppError(
      "ally.duplicate",
      { institution: twin.institution },
      { institution: "error.ally.duplicate" },
    );
}

export async function createAlly(tx: Tx, assemblyId: string, input: AllyInput): Promise<AllyDto> {
  await assertUnique(tx, assemblyId, input.institution);
  const [row] = await tx
    .insert(allies)
    .values({ ...input, assemblyId })
    .returning();
  return toAlly(row!);
}

export async function updateAlly(
  tx: Tx,
  assemblyId: string,
  allyId: string,
  input: AllyInput,
): Promise<AllyDto> {
  await assertUnique(tx, assemblyId, input.institution, allyId);
  const [row] = await tx
    .update(allies)
    .set({ ...input, updatedAt: new Date() })
    .where(and(eq(allies.id, allyId), eq(allies.assemblyId, assemblyId)))
    .returning();
  return toAlly(row!);
}

export async function deleteAlly(tx: Tx, allyId: string): Promise<void> {
  await tx.delete(allies).where(eq(allies.id, allyId));
}
