import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import pdfmake, { type Content, type DocumentDefinition } from "pdfmake";

export type { Content };

const robotoDir = join(
  dirname(createRequire(import.meta.url).resolve("pdfmake/package.json")),
  "fonts",
  "Roboto",
);
const FONTS = {
  // The PDF standard font: nothing to embed, and the text stays searchable in the file.
  Helvetica: {
    normal: "Helvetica",
    bold: "Helvetica-Bold",
    italics: "Helvetica-Oblique",
    bolditalics: "Helvetica-BoldOblique",
  },
  // For text outside Latin-1 (names in other scripts).
  Roboto: {
    normal: join(robotoDir, "Roboto-Regular.ttf"),
    bold: join(robotoDir, "Roboto-Medium.ttf"),
    italics: join(robotoDir, "Roboto-Italic.ttf"),
    bolditalics: join(robotoDir, "Roboto-MediumItalic.ttf"),
  },
};
const allowedFiles = new Set(Object.values(FONTS).flatMap((family) => Object.values(family)));
pdfmake.setFonts(FONTS);
// Documents are built from data people typed: never fetch a URL or read a file they name.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => allowedFiles.has(path));

export interface PdfOptions {
  /** The convenio legend, printed in the footer of every page. */
  legend: string;
  title: string;
  pageOrientation?: "portrait" | "landscape";
  /** Uncompressed output keeps the text readable in the bytes (tests). */
  compress?: boolean;
}

export const PDF_STYLES = {
  h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 8] },
  h2: { fontSize: 14, bold: true, margin: [0, 12, 0, 6] },
  h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
  muted: { color: "#475569" },
  tableHeader: { bold: true, fillColor: "#e2e8f0" },
};

/** A letter-size PDF with the legend and the page number in the footer of every page. */
export async function renderPdf(content: Content, options: PdfOptions): Promise<Buffer> {
  const definition: DocumentDefinition = {
    info: { title: options.title, creator: "Minga", subject: options.legend },
    pageSize: "LETTER",
    pageOrientation: options.pageOrientation ?? "portrait",
    pageMargins: [40, 48, 40, 64],
    compress: options.compress ?? true,
    defaultStyle: { font: "Helvetica", fontSize: 10, lineHeight: 1.2 },
    styles: PDF_STYLES,
    content,
    footer: (currentPage: number, pageCount: number) => ({
      margin: [40, 16, 40, 0],
      columns: [
        { text: options.legend, fontSize: 8, color: "#334155" },
        { text: `${currentPage} / ${pageCount}`, fontSize: 8, alignment: "right", width: 48 },
      ],
    }),
  };
  return pdfmake.createPdf(definition).getBuffer();
}
