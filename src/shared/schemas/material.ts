import { z } from "zod";
import { requiredText } from "./common";
import { ZHttpUrlSchema } from "./projector";

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const blockId = z.uuid({ error: "Elija un bloque de la agenda." });

export const ZMaterialLinkInputSchema = z.object({ blockId, title: requiredText(200), url: ZHttpUrlSchema });
export const ZMaterialUploadFieldsSchema = z.object({ blockId, title: requiredText(200) });

export const ZMaterialSchema = z
  .object({
    id: z.uuid(),
    blockId: z.uuid(),
    title: z.string(),
    kind: z.enum(["file", "link"]),
    url: z.string().nullable(),
    fileName: z.string().nullable(),
    mimeType: z.string().nullable(),
    sizeBytes: z.number().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Material" });
export type MaterialDto = z.infer<typeof ZMaterialSchema>;

/** The assembly's public page: the materials of each agenda block, for participants to open later. */
export const ZPublicMaterialsSchema = z
  .object({
    assemblyId: z.uuid(),
    assemblyName: z.string(),
    legend: z.string(),
    blocks: z.array(
      z.object({
        blockId: z.uuid(),
        title: z.string(),
        start: z.string(),
        end: z.string(),
        materials: z.array(ZMaterialSchema),
      }),
    ),
  })
  .meta({ id: "PublicMaterials" });
export type PublicMaterialsDto = z.infer<typeof ZPublicMaterialsSchema>;

export const ZMaterialParamsSchema = z.object({ id: z.uuid(), materialId: z.uuid() });
