import { beforeEach, describe, expect, it } from "vitest";
import { freshApp, signIn, type TestContext } from "../../testing/app";
import { createAgreement, createAssembly } from "../../testing/fixtures";
import { type FilePart, multipartBody, SAMPLE_FILES } from "../../testing/multipart";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});

async function setup() {
  const operator = await signIn(ctx, "partner_operator");
  const agreementId = await createAgreement(operator);
  const assembly = await createAssembly(operator, agreementId);
  const momento1 = assembly.agenda[4]!.id;
  const upload = (fields: Record<string, string>, file?: FilePart, client = operator) =>
    client.request({
      method: "POST",
      url: `/api/assemblies/${assembly.id}/materials/files`,
      ...multipartBody(fields, file),
    });
  return { operator, agreementId, assembly, momento1, upload };
}

describe("Momento 1 materials", () => {
  it("attaches a PDF and a link to a block; the public page lists them and serves the file", async () => {
    const { operator, assembly, momento1, upload } = await setup();
    const received: string[] = [];
    ctx.app.fanout.subscribe(assembly.id, (event) => received.push(event.type));
    const pdf = await upload(
      { blockId: momento1, title: "Diagnóstico socioeconómico" },
      { name: "diagnóstico.pdf", type: "application/pdf", bytes: SAMPLE_FILES.pdf },
    );
    expect(pdf.statusCode).toBe(201);
    expect(pdf.json()).toMatchObject({
      kind: "file",
      mimeType: "application/pdf",
      fileName: "diagnóstico.pdf",
      sizeBytes: SAMPLE_FILES.pdf.length,
    });
    const link = await operator.post(`/api/assemblies/${assembly.id}/materials/links`, {
      blockId: momento1,
      title: "Cifras DANE",
      url: "https://www.dane.gov.co/",
    });
    expect(link.statusCode).toBe(201);
    await ctx.app.fanout.flush();
    expect(received.filter((t) => t === "materials.updated")).toHaveLength(2);

    const page = await ctx.app.inject({
      method: "GET",
      url: `/api/public/assemblies/${assembly.id}/materials`,
    });
    expect(page.statusCode).toBe(200);
    expect(page.json().blocks).toEqual([
      expect.objectContaining({
        blockId: momento1,
        start: "11:30",
        materials: [
          expect.objectContaining({ title: "Diagnóstico socioeconómico" }),
          expect.objectContaining({ kind: "link", url: "https://www.dane.gov.co/" }),
        ],
      }),
    ]);
    const file = await ctx.app.inject({
      method: "GET",
      url: `/api/public/assemblies/${assembly.id}/materials/${pdf.json().id}/file`,
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("application/pdf");
    expect(file.headers["content-disposition"]).toContain("filename*=UTF-8''diagn%C3%B3stico.pdf");
    expect(file.rawPayload.equals(SAMPLE_FILES.pdf)).toBe(true);

    expect(
      (await operator.delete(`/api/assemblies/${assembly.id}/materials/${pdf.json().id}`)).statusCode,
    ).toBe(200);
    expect(
      (
        await ctx.app.inject({
          method: "GET",
          url: `/api/public/assemblies/${assembly.id}/materials/${pdf.json().id}/file`,
        })
      ).statusCode,
    ).toBe(404);
    expect((await operator.get(`/api/assemblies/${assembly.id}/materials`)).json()).toHaveLength(1);
  });

  it.each([
    ["a renamed .exe", { name: "diagnostico.pdf", type: "application/pdf", bytes: SAMPLE_FILES.exe }],
    [
      "a text file named .png",
      { name: "foto.png", type: "image/png", bytes: Buffer.from("hola, no soy una imagen") },
    ],
  ])("refuses %s by its content, whatever its name and declared type", async (_why, file) => {
    const { momento1, upload, assembly } = await setup();
    const response = await upload({ blockId: momento1, title: "Anexo" }, file);
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: "material.file_type",
      fields: { file: "Solo PDF, PNG, JPG o WebP." },
    });
    expect(response.json().message).toContain(file.name);
    expect(
      (await ctx.app.inject({ method: "GET", url: `/api/public/assemblies/${assembly.id}/materials` })).json()
        .blocks,
    ).toEqual([]);
  });

  it("accepts a JPEG whatever its extension says", async () => {
    const { momento1, upload } = await setup();
    const response = await upload(
      { blockId: momento1, title: "Foto" },
      { name: "foto.bin", type: "application/octet-stream", bytes: SAMPLE_FILES.jpeg },
    );
    expect(response.statusCode).toBe(201);
    expect(response.json().mimeType).toBe("image/jpeg");
  });

  it("refuses a file over 20 MB", async () => {
    const { momento1, upload } = await setup();
    const big = Buffer.concat([SAMPLE_FILES.pdf, Buffer.alloc(20 * 1024 * 1024)]);
    const response = await upload(
      { blockId: momento1, title: "Grande" },
      { name: "grande.pdf", type: "application/pdf", bytes: big },
    );
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({
      code: "material.too_large",
      message: "El archivo supera el límite de 20 MB.",
    });
  });

  it("answers bad input with Spanish field messages", async () => {
    const { operator, agreementId, assembly, momento1, upload } = await setup();
    const missing = await upload({ blockId: momento1, title: "" });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().fields).toEqual({
      title: "Este campo es obligatorio.",
      file: "Adjunte un archivo.",
    });

    const other = await createAssembly(operator, agreementId);
    const foreignBlock = await upload(
      { blockId: other.agenda[0]!.id, title: "x" },
      { name: "a.pdf", type: "application/pdf", bytes: SAMPLE_FILES.pdf },
    );
    expect(foreignBlock.statusCode).toBe(422);
    expect(foreignBlock.json()).toMatchObject({
      code: "material.unknown_block",
      fields: { blockId: "El bloque elegido no está en la agenda de esta asamblea." },
    });

    const badLink = await operator.post(`/api/assemblies/${assembly.id}/materials/links`, {
      blockId: "no",
      title: "x",
      url: "ftp://x",
    });
    expect(badLink.statusCode).toBe(422);
    expect(badLink.json().fields).toMatchObject({
      blockId: "Elija un bloque de la agenda.",
      url: "Escriba un enlace completo que empiece por https://.",
    });

    const json = await operator.post(`/api/assemblies/${assembly.id}/materials/files`, { blockId: momento1 });
    expect(json.statusCode).toBe(422);
    expect(json.json().code).toBe("material.file_missing");
  });
});

describe("materials scope", () => {
  it("another convenio's operator gets 404; a supervisor reads but gets 403 on uploads and deletes", async () => {
    const { agreementId, assembly, momento1, upload, operator } = await setup();
    const admin = await signIn(ctx, "national_admin");
    const outsider = await signIn(ctx, "partner_operator", { agreementId: await createAgreement(admin) });
    const supervisor = await signIn(ctx, "supervisor", { agreementId });
    const file = { name: "a.pdf", type: "application/pdf", bytes: SAMPLE_FILES.pdf };
    const created = (await upload({ blockId: momento1, title: "A" }, file)).json();

    expect((await upload({ blockId: momento1, title: "B" }, file, outsider)).statusCode).toBe(404);
    expect((await outsider.get(`/api/assemblies/${assembly.id}/materials`)).statusCode).toBe(404);
    expect((await outsider.delete(`/api/assemblies/${assembly.id}/materials/${created.id}`)).statusCode).toBe(
      404,
    );
    expect((await upload({ blockId: momento1, title: "B" }, file, supervisor)).statusCode).toBe(403);
    expect(
      (await supervisor.delete(`/api/assemblies/${assembly.id}/materials/${created.id}`)).statusCode,
    ).toBe(403);
    expect((await supervisor.get(`/api/assemblies/${assembly.id}/materials`)).json()).toHaveLength(1);
    expect((await operator.get(`/api/assemblies/${assembly.id}/materials`)).json()).toHaveLength(1);
  });
});
