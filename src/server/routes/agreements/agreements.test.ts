import { beforeEach, describe, expect, it } from "vitest";
import { freshApp, signIn, type TestContext } from "../../testing/app";
import { createAgreement } from "../../testing/fixtures";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});

describe("agreements", () => {
  it("creates a convenio with the default legend and a first consent text version", async () => {
    const operator = await signIn(ctx, "partner_operator");
    const response = await operator.post("/api/agreements", {
      number: "002",
      year: 2023,
      partnerName: "UNAD",
    });
    expect(response.statusCode).toBe(201);
    const agreement = response.json();
    expect(agreement.legend).toBe(
      "Esta actividad se realiza en el marco del Convenio número 002 de 2023, suscrito entre la Unidad Solidaria y la UNAD",
    );
    expect(agreement.consentVersion).toBe(1);
    // The operator who created it now sees it.
    const list = await operator.get("/api/agreements");
    expect(list.json().map((a: { id: string }) => a.id)).toEqual([agreement.id]);
  });

  it("versions the authorisation text when it changes", async () => {
    const admin = await signIn(ctx, "national_admin");
    const id = await createAgreement(admin);
    const current = (await admin.get(`/api/agreements/${id}`)).json();
    const update = { ...current, consentText: "Nuevo texto de autorización." };
    delete update.id;
    delete update.consentVersion;
    const response = await admin.put(`/api/agreements/${id}`, update);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ consentVersion: 2, consentText: "Nuevo texto de autorización." });
  });

  it("refuses a duplicate number and year with the field", async () => {
    const admin = await signIn(ctx, "national_admin");
    await createAgreement(admin, { number: "7", year: 2024 });
    const response = await admin.post("/api/agreements", { number: "7", year: 2024, partnerName: "Otra" });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: "agreement.duplicate",
      fields: { number: "Ya existe el convenio 7 de 2024." },
    });
  });

  it.each([
    [{ year: 2023, partnerName: "UNAD" }, "number"],
    [{ number: "2", year: "dos mil", partnerName: "UNAD" }, "year"],
    [{ number: "2", year: 2023, partnerName: "" }, "partnerName"],
    [
      { number: "2", year: 2023, partnerName: "UNAD", startsOn: "2024-01-01", endsOn: "2023-01-01" },
      "endsOn",
    ],
  ])("refuses %o with a message on %s", async (body, field) => {
    const admin = await signIn(ctx, "national_admin");
    const response = await admin.post("/api/agreements", body);
    expect(response.statusCode).toBe(422);
    expect(response.json().fields[field]).toBeTruthy();
  });

  it.each([
    ["supervisor", 403],
    ["group_leader", 403],
    ["desk_staff", 403],
  ] as const)("a %s cannot create convenios", async (role, status) => {
    const user = await signIn(ctx, role);
    expect(
      (await user.post("/api/agreements", { number: "3", year: 2023, partnerName: "UNAD" })).statusCode,
    ).toBe(status);
  });

  it("an operator of one convenio gets 404 on another's", async () => {
    const admin = await signIn(ctx, "national_admin");
    const mine = await createAgreement(admin);
    const theirs = await createAgreement(admin);
    const operator = await signIn(ctx, "partner_operator", { agreementId: mine });
    expect((await operator.get(`/api/agreements/${theirs}`)).statusCode).toBe(404);
    expect((await operator.get(`/api/agreements/${mine}`)).statusCode).toBe(200);
  });
});
