// The slice of pdfmake 0.3's server API that Minga uses (the package ships no types).
declare module "pdfmake" {
  export type Content = string | { [key: string]: unknown } | Content[];
  export interface DocumentDefinition {
    content: Content;
    [key: string]: unknown;
  }
  export interface FontFamily {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }
  interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }
  interface PdfMake {
    setFonts(fonts: Record<string, FontFamily>): void;
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    createPdf(definition: DocumentDefinition, options?: Record<string, unknown>): OutputDocument;
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}
