import { randomBytes } from "node:crypto";

export interface FilePart {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/** A multipart/form-data body for `app.inject`: text fields and at most one file under `file`. */
export function multipartBody(fields: Record<string, string>, file?: FilePart) {
  const boundary = `----minga${randomBytes(8).toString("hex")}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      Buffer.from(file.bytes),
      Buffer.from("\r\n"),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

/** The first bytes of real files of each kind, padded: enough for a type check by content. */
export const SAMPLE_FILES = {
  pdf: Buffer.concat([Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"), Buffer.alloc(64)]),
  png: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]),
  jpeg: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64)]),
  exe: Buffer.concat([
    Buffer.from("MZ"),
    Buffer.from([0x90, 0, 3, 0, 0, 0, 4, 0]),
    Buffer.from("This program cannot be run in DOS mode."),
    Buffer.alloc(64),
  ]),
};
