import { and, asc, eq } from "drizzle-orm";
import type { MaterialDto, PublicMaterialsDto } from "../../../shared/schemas/material";
import type { Tx } from "../../db/client";
import { agendaBlocks, materials } from "../../db/schema";
import { AppError, notFound } from "../../errors";
import type { StoredFile } from "../../files/uploads";
import { getAssembly } from "../assemblies/store";

function toMaterial(row: typeof materials.$inferSelect): MaterialDto {
  return {
    id: row.id,
    blockId: row.blockId,
    title: row.title,
    kind: row.fileKey ? "file" : "link",
    url: row.url,
    fileName: row.fileName,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listMaterials(db: Tx, assemblyId: string): Promise<MaterialDto[]> {
  const rows = await db
    .select({ material: materials })
    .from(materials)
    .innerJoin(agendaBlocks, eq(agendaBlocks.id, materials.blockId))
    .where(eq(materials.assemblyId, assemblyId))
    .orderBy(asc(agendaBlocks.position), asc(materials.createdAt));
  return rows.map((r) => toMaterial(r.material));
}

/** The agenda blocks that have materials, each with its materials, for the assembly's public page. */
export async function publicMaterials(db: Tx, assemblyId: string): Promise<PublicMaterialsDto> {
  const assembly = await getAssembly(db, assemblyId);
  const list = await listMaterials(db, assemblyId);
  return {
    assemblyId,
    assemblyName: assembly.name,
    legend: assembly.legend,
    blocks: assembly.agenda
      .map((block) => ({
        blockId: block.id,
        title: block.title,
        start: block.start,
        end: block.end,
        materials: list.filter((m) => m.blockId === block.id),
      }))
      .filter((block) => block.materials.length > 0),
  };
}

export async function assertBlock(db: Tx, assemblyId: string, blockId: string): Promise<void> {
  const [row] = await db
    .select({ id: agendaBlocks.id })
    .from(agendaBlocks)
    .where(and(eq(agendaBlocks.id, blockId), eq(agendaBlocks.assemblyId, assemblyId)));
  if (!row) throw new AppError("material.unknown_block", {}, { blockId: "error.material.unknown_block" });
}

export async function getMaterial(db: Tx, assemblyId: string, materialId: string) {
  const [row] = await db
    .select()
    .from(materials)
    .where(and(eq(materials.id, materialId), eq(materials.assemblyId, assemblyId)));
  if (!row) throw notFound();
  return row;
}

export interface NewMaterial {
  blockId: string;
  title: string;
  createdBy: string;
}

export async function addMaterial(
  tx: Tx,
  assemblyId: string,
  input: NewMaterial,
  source: { url: string } | StoredFile,
) {
  const values = "url" in source ? { url: source.url } : (({ type: _type, ...stored }) => stored)(source);
  const [row] = await tx
    .insert(materials)
    .values({ assemblyId, ...input, ...values })
    .returning();
  return toMaterial(row!);
}

export async function deleteMaterial(tx: Tx, materialId: string): Promise<void> {
  await tx.delete(materials).where(eq(materials.id, materialId));
}
