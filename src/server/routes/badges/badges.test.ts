import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { generateDemoPeople } from "../../../domain/demo/people";
import { ARAUCA } from "../../../domain/demo/regions";
import { seatOf } from "../../allocation/seat";
import { auditLog, registrations } from "../../db/schema";
import { insertPeople } from "../../demo/seed";
import { freshApp, signIn, type TestContext } from "../../testing/app";
import { createAgreement, createAssembly } from "../../testing/fixtures";
import { pdfText } from "../../testing/pdf-text";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});

const PEOPLE = generateDemoPeople({ region: ARAUCA, count: 12, seed: 3, assemblyDate: "2023-11-18" }).people;

async function badgeDay() {
  const operator = await signIn(ctx, "partner_operator");
  const agreementId = await createAgreement(operator, { number: "002", year: 2023 });
  const assembly = await createAssembly(operator, agreementId);
  await insertPeople(ctx.database.db, assembly.id, PEOPLE, "import");
  const rows = await ctx.database.db
    .select()
    .from(registrations)
    .where(eq(registrations.assemblyId, assembly.id));
  const desk = await signIn(ctx, "desk_staff", { assemblyId: assembly.id });
  const legend = (await operator.get(`/api/assemblies/${assembly.id}`)).json().legend as string;
  return { operator, agreementId, assemblyId: assembly.id, rows, desk, legend };
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe("badges", () => {
  it("prints every registration on A4 sheets of eight, each badge with the convenio legend", async () => {
    const { assemblyId, desk, legend, rows } = await badgeDay();
    const response = await desk.get(`/api/assemblies/${assemblyId}/badges.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-disposition"]).toBe('attachment; filename="escarapelas.pdf"');
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1").match(/\/Type \/Page\b/g)).toHaveLength(2);
    const text = pdfText(pdf);
    expect(occurrences(text, legend)).toBe(rows.length);
    for (const row of rows) expect(text).toContain(row.lastNames);
    // Before allocation the table and sub-table are left blank, to write by hand.
    expect(occurrences(text, "Mesa: ______________")).toBe(rows.length);
    const [audit] = await ctx.database.db.select().from(auditLog).where(eq(auditLog.action, "badges.print"));
    expect(audit).toMatchObject({ entityId: assemblyId, after: { format: "sheet", count: rows.length } });
  });

  it("prints one person's 62 mm label with their table and sub-table once allocated", async () => {
    const { assemblyId, desk, operator, legend, rows } = await badgeDay();
    const allocated = await operator.post(`/api/assemblies/${assemblyId}/allocation`, {
      source: "registered",
      subtableSize: 8,
    });
    expect(allocated.statusCode, allocated.body).toBe(201);
    const person = rows[0]!;
    const seat = (await seatOf(ctx.database.db, person.id))!;
    const response = await desk.get(
      `/api/assemblies/${assemblyId}/badges.pdf?format=label&registrations=${person.id}`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toBe('attachment; filename="escarapela.pdf"');
    // pdfkit breaks "Sub-mesa" into two runs at its hyphen.
    const text = pdfText(response.rawPayload).replaceAll("- ", "-");
    expect(text).toContain(person.firstNames);
    expect(text).toContain(`Mesa: ${seat.tablePosition}. ${seat.tableName}`);
    expect(text).toContain(`Sub-mesa: ${seat.subtableLabel}`);
    expect(text).toContain(legend);
  });

  it("refuses another assembly's people and other assemblies' desk staff", async () => {
    const { assemblyId, agreementId, operator, desk } = await badgeDay();
    const other = await createAssembly(operator, agreementId, { name: "Otra asamblea" });
    await insertPeople(ctx.database.db, other.id, PEOPLE.slice(0, 1), "import");
    const [foreign] = await ctx.database.db
      .select()
      .from(registrations)
      .where(eq(registrations.assemblyId, other.id));
    expect(
      (await desk.get(`/api/assemblies/${assemblyId}/badges.pdf?registrations=${foreign!.id}`)).statusCode,
    ).toBe(404);
    const outsider = await signIn(ctx, "desk_staff", { assemblyId: other.id });
    expect((await outsider.get(`/api/assemblies/${assemblyId}/badges.pdf`)).statusCode).toBe(404);
    const supervisor = await signIn(ctx, "supervisor", { agreementId });
    expect((await supervisor.get(`/api/assemblies/${assemblyId}/badges.pdf`)).statusCode).toBe(403);
  });
});
