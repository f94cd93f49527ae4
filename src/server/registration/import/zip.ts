import { inflateRawSync } from "node:zlib";

/** A partner's list is a few MB; a file that inflates beyond this is not a list (or is a zip bomb). */
const MAX_ENTRY_BYTES = 256 * 1024 * 1024;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * The files of a zip archive (an XLSX is one) by name, each inflated when first read. Reads the central
 * directory, which has the true sizes even when the local headers defer them to a data descriptor.
 * Throws on anything that is not a plain zip (stored or deflated entries).
 */
export function readZip(bytes: Buffer): Map<string, () => Buffer> {
  let end = -1;
  // The end record is the last 22 bytes, unless the archive has a comment (up to 65,535 bytes).
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error("zip: no central directory");
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries = new Map<string, () => Buffer>();
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== CENTRAL_ENTRY) throw new Error("zip: broken central directory");
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localHeader = bytes.readUInt32LE(at + 42);
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    entries.set(name, () => {
      if (bytes.readUInt32LE(localHeader) !== LOCAL_HEADER) throw new Error("zip: broken entry");
      const start =
        localHeader + 30 + bytes.readUInt16LE(localHeader + 26) + bytes.readUInt16LE(localHeader + 28);
      const data = bytes.subarray(start, start + compressedSize);
      if (method === 0) return data;
      if (method === 8) return inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES });
      throw new Error(`zip: compression method ${method}`);
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
