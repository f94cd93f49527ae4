import { describe, expect, it } from "vitest";
import { sniffFileType } from "./content-type";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe("sniffFileType", () => {
  it.each([
    [bytes("%PDF-1.7\n"), "pdf", "PDF header"],
    [bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), "png", "PNG signature"],
    [bytes([0xff, 0xd8, 0xff, 0xe0]), "jpeg", "JPEG SOI + APP0"],
    [bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 "), "webp", "RIFF container of WebP"],
    [bytes("RIFF", [0x24, 0, 0, 0], "WAVEfmt "), null, "a RIFF that is audio"],
    [bytes("MZ", [0x90, 0, 3, 0]), null, "a Windows executable, whatever its name"],
    [bytes("%PD"), null, "truncated header"],
    [bytes(), null, "empty file"],
    [bytes(" %PDF-1.4"), null, "the signature must be at the start"],
  ])("%o → %s (%s)", (input, expected, _why) => {
    expect(sniffFileType(input)).toBe(expected);
  });
});
