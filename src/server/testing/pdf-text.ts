import { inflateSync } from "node:zlib";

// The few Windows-1252 codes above 0x7f that are not Latin-1, as pdfkit writes them for standard fonts.
const WIN_ANSI: Record<number, string> = {
  145: "‘",
  146: "’",
  147: "“",
  148: "”",
  150: "–",
  151: "—",
  133: "…",
};

const decodeHex = (hex: string) =>
  (hex.match(/../g) ?? []).map((pair) => {
    const code = Number.parseInt(pair, 16);
    return WIN_ANSI[code] ?? String.fromCharCode(code);
  });

/**
 * The text a PDF draws with the standard fonts, for tests: inflates each content stream and decodes the
 * hex strings of its TJ arrays (pdfkit splits words at kerning points, so the parts of one array are joined).
 */
export function pdfText(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf).toString("latin1");
  const parts: string[] = [];
  // pdfkit writes "stream\n", the bytes, "\nendstream": a compressed stream may itself end with a \r byte,
  // so none is stripped before "endstream" (that corrupted one page in 256 and lost its text).
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\nendstream/g)) {
    const bytes = Buffer.from(match[1]!, "latin1");
    let text: string;
    try {
      text = inflateSync(bytes).toString("latin1");
    } catch {
      text = match[1]!;
    }
    for (const array of text.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      parts.push([...array[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].flatMap((hex) => decodeHex(hex[1]!)).join(""));
    }
  }
  return parts.join(" ").replace(/\s+/g, " ").trim();
}
