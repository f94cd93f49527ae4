import { randomUUID } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import { ACCEPTED_FILE_TYPES, type AcceptedFileType, sniffFileType } from "../../domain/files/content-type";
import { MAX_UPLOAD_BYTES } from "../../shared/schemas/material";
import { AppError } from "../errors";

export interface StoredFile {
  fileKey: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  type: AcceptedFileType;
}

/** Options of @fastify/multipart, registered in each plugin that takes uploads: one file of at most 20 MB. */
export const UPLOAD_OPTIONS = {
  limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 10_000 },
};

export interface Upload<T> {
  fields: T;
  file: { name: string; bytes: Buffer; type: AcceptedFileType };
}

/**
 * Reads a multipart form with one file: the fields are checked by `schema` (422 with Spanish field messages)
 * and the file by its first bytes — a renamed executable is refused whatever its name or declared type.
 */
export async function readUpload<S extends z.ZodType>(
  request: FastifyRequest,
  schema: S,
): Promise<Upload<z.infer<S>>> {
  if (!request.isMultipart())
    throw new AppError("material.file_missing", {}, { file: "error.material.file_missing" });
  const raw: Record<string, string> = {};
  let file: { name: string; bytes: Buffer } | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === "file") file = { name: part.filename.slice(0, 200), bytes: await part.toBuffer() };
      else if (typeof part.value === "string") raw[part.fieldname] = part.value;
    }
  } catch (error) {
    if ((error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") {
      throw new AppError("material.too_large", {}, { file: "error.material.too_large" });
    }
    throw error;
  }
  const parsed = schema.safeParse(raw);
  const fields: Record<string, string> = {};
  if (!parsed.success)
    for (const issue of parsed.error.issues) fields[issue.path.join(".") || "_"] ??= issue.message;
  if (!file || file.bytes.length === 0) fields.file = "Adjunte un archivo.";
  if (Object.keys(fields).length) throw new AppError("request.invalid", {}, fields);
  const type = sniffFileType(file!.bytes);
  if (!type)
    throw new AppError("material.file_type", { name: file!.name }, { file: "Solo PDF, PNG, JPG o WebP." });
  return { fields: parsed.data as z.infer<S>, file: { ...file!, type } };
}

const uploadsDir = (dataDir: string) => resolve(dataDir, "uploads");

/** Writes the file under dataDir/uploads/<assembly>/ with a name of our own (never the person's). */
export async function storeUpload(
  dataDir: string,
  assemblyId: string,
  file: Upload<unknown>["file"],
): Promise<StoredFile> {
  const fileKey = `${assemblyId}/${randomUUID()}.${file.type === "jpeg" ? "jpg" : file.type}`;
  const path = join(uploadsDir(dataDir), fileKey);
  await mkdir(join(uploadsDir(dataDir), assemblyId), { recursive: true });
  await writeFile(path, file.bytes);
  return {
    fileKey,
    fileName: file.name,
    mimeType: ACCEPTED_FILE_TYPES[file.type],
    sizeBytes: file.bytes.length,
    type: file.type,
  };
}

function pathOf(dataDir: string, fileKey: string): string {
  const root = uploadsDir(dataDir);
  const path = resolve(root, fileKey);
  if (!path.startsWith(root + sep)) throw new AppError("resource.not_found");
  return path;
}

export async function removeUpload(dataDir: string, fileKey: string | null): Promise<void> {
  if (fileKey) await rm(pathOf(dataDir, fileKey), { force: true });
}

/** Sends a stored file inline (PDFs and images open in the browser) under the name it was uploaded with. */
export function sendUpload(
  reply: FastifyReply,
  dataDir: string,
  file: { fileKey: string | null; fileName: string | null; mimeType: string | null },
): FastifyReply {
  if (!file.fileKey || !file.mimeType) throw new AppError("resource.not_found");
  const path = pathOf(dataDir, file.fileKey);
  if (!existsSync(path)) throw new AppError("resource.not_found");
  const name = file.fileName ?? "archivo";
  return reply
    .type(file.mimeType)
    .header(
      "content-disposition",
      `inline; filename="${name.replace(/[^\w.-]+/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    .header("cache-control", "private, max-age=3600")
    .send(createReadStream(path));
}
