import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { generateDemoPeople } from "../../../domain/demo/people";
import { ARAUCA } from "../../../domain/demo/regions";
import { maskDocument } from "../../../domain/registration/document";
import type { PersonData } from "../../../domain/registration/person";
import { checkIns, consents, registrations, seats } from "../../db/schema";
import { insertPeople } from "../../demo/seed";
import { issueCredential } from "../../registration/credential";
import { saveAllocation } from "../../testing/allocation-fixtures";
import { type Client, freshApp, signIn, type TestContext } from "../../testing/app";
import { createAgreement, createAssembly } from "../../testing/fixtures";
import { personForm } from "../../testing/registration-fixtures";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});

const PEOPLE = generateDemoPeople({ region: ARAUCA, count: 40, seed: 7, assemblyDate: "2023-11-18" }).people;

/** An assembly with registered people, and a desk staff member on it. */
async function deskDay(people: PersonData[] = PEOPLE.slice(0, 10)) {
  const operator = await signIn(ctx, "partner_operator");
  const agreementId = await createAgreement(operator);
  const assembly = await createAssembly(operator, agreementId);
  await insertPeople(ctx.database.db, assembly.id, people, "import");
  const rows = await ctx.database.db
    .select({ id: registrations.id, documentNumber: registrations.documentNumber })
    .from(registrations)
    .where(eq(registrations.assemblyId, assembly.id));
  const idOf = (person: PersonData) => rows.find((r) => r.documentNumber === person.documentNumber)!.id;
  const desk = await signIn(ctx, "desk_staff", { assemblyId: assembly.id });
  return { operator, agreementId, assemblyId: assembly.id, desk, idOf };
}

const mark = (client: Client, assemblyId: string, registrationId: string, desk = "Mesa 1") =>
  client.post(`/api/assemblies/${assemblyId}/checkins`, { registrationId, desk });

describe("check-in at the desk", () => {
  it("marks a person present with time and desk, and tells a second desk when and where they came in", async () => {
    const { assemblyId, desk, idOf, operator } = await deskDay();
    const person = PEOPLE[0]!;
    const first = await mark(desk, assemblyId, idOf(person), "Mesa 1");
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(body).toMatchObject({
      outcome: "checked_in",
      person: {
        firstNames: person.firstNames,
        lastNames: person.lastNames,
        checkIn: { desk: "Mesa 1", walkIn: false },
      },
      counts: { registered: 10, present: 1, walkIns: 0 },
    });
    expect(body.person.documentMasked).toBe(maskDocument(person.documentNumber));
    expect(JSON.stringify(body)).not.toContain(person.documentNumber);

    const second = await mark(operator, assemblyId, idOf(person), "Mesa 2");
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({
      outcome: "already_present",
      person: { checkIn: { id: body.person.checkIn.id, desk: "Mesa 1", at: body.person.checkIn.at } },
      counts: { present: 1 },
    });
  });

  it("lets two desks mark the same person at the same moment: one check-in, one answer of already present", async () => {
    const { assemblyId, desk, idOf } = await deskDay();
    const other = await signIn(ctx, "desk_staff", { assemblyId });
    const id = idOf(PEOPLE[1]!);
    const answers = await Promise.all([
      mark(desk, assemblyId, id, "Mesa 1"),
      mark(other, assemblyId, id, "Mesa 2"),
    ]);
    expect(answers.map((a) => a.json().outcome).sort()).toEqual(["already_present", "checked_in"]);
    const rows = await ctx.database.db.select().from(checkIns).where(eq(checkIns.registrationId, id));
    expect(rows).toHaveLength(1);
  });

  it("undoes within 2 minutes keeping the record, then the person can be marked again", async () => {
    const { assemblyId, desk, idOf } = await deskDay();
    const id = idOf(PEOPLE[2]!);
    const checkIn = (await mark(desk, assemblyId, id)).json().person.checkIn;
    const undo = await desk.post(`/api/assemblies/${assemblyId}/checkins/${checkIn.id}/undo`);
    expect(undo.statusCode).toBe(200);
    expect(undo.json()).toMatchObject({
      outcome: "undone",
      person: { checkIn: null },
      counts: { present: 0 },
    });
    const [kept] = await ctx.database.db.select().from(checkIns).where(eq(checkIns.id, checkIn.id));
    expect(kept).toMatchObject({ undoneBy: desk.userId });
    expect(kept!.undoneAt).toBeInstanceOf(Date);

    const again = await desk.post(`/api/assemblies/${assemblyId}/checkins/${checkIn.id}/undo`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("checkin.not_active");
    expect((await mark(desk, assemblyId, id, "Mesa 3")).json()).toMatchObject({
      outcome: "checked_in",
      counts: { present: 1 },
    });
  });

  it("refuses to undo after 2 minutes", async () => {
    const { assemblyId, desk, idOf } = await deskDay();
    const checkIn = (await mark(desk, assemblyId, idOf(PEOPLE[3]!))).json().person.checkIn;
    const threeMinutesAgo = new Date(Date.now() - 3 * 60_000);
    await ctx.database.db.update(checkIns).set({ at: threeMinutesAgo }).where(eq(checkIns.id, checkIn.id));
    const late = await desk.post(`/api/assemblies/${assemblyId}/checkins/${checkIn.id}/undo`);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({
      code: "checkin.undo_expired",
      message: expect.stringContaining("2 minutos"),
    });
    expect((await desk.get(`/api/assemblies/${assemblyId}/attendance`)).json().present).toBe(1);
  });

  it("gives desk staff of another assembly nothing, and refuses supervisors and group leaders", async () => {
    const { assemblyId, agreementId, idOf, operator } = await deskDay();
    const elsewhere = await createAssembly(operator, agreementId, { name: "Otra asamblea" });
    const outsider = await signIn(ctx, "desk_staff", { assemblyId: elsewhere.id });
    const id = idOf(PEOPLE[4]!);
    for (const response of [
      await mark(outsider, assemblyId, id),
      await outsider.get(`/api/assemblies/${assemblyId}/checkin/search?q=1234`),
      await outsider.get(`/api/assemblies/${assemblyId}/attendance`),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe("resource.not_found");
    }
    const supervisor = await signIn(ctx, "supervisor", { agreementId });
    expect((await mark(supervisor, assemblyId, id)).statusCode).toBe(403);
    expect((await supervisor.get(`/api/assemblies/${assemblyId}/attendance`)).statusCode).toBe(200);
    expect((await ctx.database.db.select().from(checkIns)).length).toBe(0);
  });

  it("does not mark a registration of another assembly through this one", async () => {
    const { assemblyId, agreementId, operator, desk } = await deskDay();
    const other = await createAssembly(operator, agreementId, { name: "Otra asamblea" });
    await insertPeople(ctx.database.db, other.id, PEOPLE.slice(20, 21), "import");
    const [foreign] = await ctx.database.db
      .select()
      .from(registrations)
      .where(eq(registrations.assemblyId, other.id));
    const response = await mark(desk, assemblyId, foreign!.id);
    expect(response.statusCode).toBe(404);
  });

  it("sends the new counts as live events, without personal data", async () => {
    const { assemblyId, desk, idOf } = await deskDay();
    const received: { type: string; payload: unknown }[] = [];
    const unsubscribe = ctx.app.fanout.subscribe(assemblyId, (event) => received.push(event));
    const person = PEOPLE[5]!;
    const checkIn = (await mark(desk, assemblyId, idOf(person), "Entrada norte")).json().person.checkIn;
    await desk.post(`/api/assemblies/${assemblyId}/checkins/${checkIn.id}/undo`);
    await ctx.app.fanout.flush();
    unsubscribe();
    const checkinEvents = received.filter((e) => e.type.startsWith("checkin."));
    expect(checkinEvents).toEqual([
      {
        type: "checkin.created",
        payload: {
          registered: 10,
          present: 1,
          walkIns: 0,
          desk: "Entrada norte",
          registrationId: idOf(person),
        },
        id: expect.any(Number),
        assemblyId,
        at: expect.any(String),
      },
      {
        type: "checkin.undone",
        payload: {
          registered: 10,
          present: 0,
          walkIns: 0,
          desk: "Entrada norte",
          registrationId: idOf(person),
        },
        id: expect.any(Number),
        assemblyId,
        at: expect.any(String),
      },
    ]);
    expect(JSON.stringify(checkinEvents)).not.toContain(person.lastNames);
  });

  it("refuses an empty desk name with a Spanish message beside the field", async () => {
    const { assemblyId, desk, idOf } = await deskDay();
    const response = await mark(desk, assemblyId, idOf(PEOPLE[6]!), "  ");
    expect(response.statusCode).toBe(422);
    expect(response.json().fields).toEqual({ desk: "Escriba el nombre de esta mesa de registro." });
  });
});

describe("desk search", () => {
  const named = (
    index: number,
    firstNames: string,
    lastNames: string,
    documentNumber: string,
  ): PersonData => ({
    ...PEOPLE[index]!,
    documentType: "CC",
    firstNames,
    lastNames,
    documentNumber,
  });
  const people = [
    named(0, "María José", "Ñáñez Gómez", "1098765432"),
    named(1, "Mario", "Gómez Pérez", "1098001122"),
    named(2, "José Ángel", "Ortiz Ríos", "24567890"),
    ...PEOPLE.slice(3, 20),
  ];
  const search = (client: Client, assemblyId: string, q: string) =>
    client.get(`/api/assemblies/${assemblyId}/checkin/search?q=${encodeURIComponent(q)}`);
  const names = (response: { json(): { people: { firstNames: string }[] } }) =>
    response.json().people.map((p) => p.firstNames);

  it("finds by the first digits of the document, with or without thousands dots", async () => {
    const { assemblyId, desk } = await deskDay(people);
    const byPrefix = await search(desk, assemblyId, "1098");
    expect(byPrefix.statusCode).toBe(200);
    expect(byPrefix.json().matchedBy).toBe("document");
    expect(names(byPrefix)).toEqual(["Mario", "María José"]);
    expect(names(await search(desk, assemblyId, "1.098.765"))).toEqual(["María José"]);
    expect(names(await search(desk, assemblyId, "7654"))).toEqual([]);
  });

  it("finds by parts of the name without accents or capitals, best match first", async () => {
    const { assemblyId, desk } = await deskDay(people);
    expect(names(await search(desk, assemblyId, "nanez"))).toEqual(["María José"]);
    expect(names(await search(desk, assemblyId, "JOSE"))).toEqual(
      expect.arrayContaining(["María José", "José Ángel"]),
    );
    expect(names(await search(desk, assemblyId, "gomez mar"))).toEqual(["Mario", "María José"]);
    expect(names(await search(desk, assemblyId, "ángel ortiz"))).toEqual(["José Ángel"]);
    const tooShort = await search(desk, assemblyId, "jo");
    expect(tooShort.json()).toEqual({ matchedBy: "too_short", people: [] });
  });

  it("shows only name, masked document, organisation and check-in: no sensitive or contact data", async () => {
    const { assemblyId, desk, idOf } = await deskDay(people);
    await mark(desk, assemblyId, idOf(people[0]!), "Mesa 4");
    const [found] = (await search(desk, assemblyId, "ñáñez")).json().people;
    expect(Object.keys(found).sort()).toEqual(
      [
        "checkIn",
        "documentMasked",
        "documentType",
        "firstNames",
        "lastNames",
        "organizationName",
        "registrationId",
        "seat",
      ].sort(),
    );
    expect(found).toMatchObject({ documentMasked: "•••• 5432", checkIn: { desk: "Mesa 4" } });
  });

  it("searches only the assembly's own people", async () => {
    const { assemblyId, agreementId, operator, desk } = await deskDay(people.slice(0, 1));
    const other = await createAssembly(operator, agreementId, { name: "Otra asamblea" });
    await insertPeople(ctx.database.db, other.id, people.slice(1, 2), "import");
    expect(names(await search(desk, assemblyId, "gomez"))).toEqual(["María José"]);
  });
});

describe("QR credential at the desk", () => {
  it("finds the person from the scanned credential, whatever case the scanner typed", async () => {
    const { assemblyId, desk, idOf } = await deskDay();
    const person = PEOPLE[7]!;
    const credential = await issueCredential(ctx.database.db, idOf(person));
    for (const scanned of [credential, ` ${credential.toLowerCase()}\n`]) {
      const response = await desk.get(
        `/api/assemblies/${assemblyId}/checkin/search?q=${encodeURIComponent(scanned)}`,
      );
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        matchedBy: "credential",
        people: [{ registrationId: idOf(person) }],
      });
    }
  });

  it("refuses a forged credential and another assembly's", async () => {
    const { assemblyId, agreementId, operator, desk, idOf } = await deskDay();
    const credential = await issueCredential(ctx.database.db, idOf(PEOPLE[8]!));
    const forged = `${credential.slice(0, -1)}${credential.endsWith("A") ? "B" : "A"}`;
    const other = await createAssembly(operator, agreementId, { name: "Otra asamblea" });
    await insertPeople(ctx.database.db, other.id, PEOPLE.slice(30, 31), "import");
    const [foreign] = await ctx.database.db
      .select()
      .from(registrations)
      .where(eq(registrations.assemblyId, other.id));
    const foreignCredential = await issueCredential(ctx.database.db, foreign!.id);
    for (const scanned of [forged, foreignCredential]) {
      const response = await desk.get(`/api/assemblies/${assemblyId}/checkin/search?q=${scanned}`);
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe("checkin.credential_invalid");
    }
  });
});

describe("walk-ins", () => {
  it("registers a person at the desk with the consent captured there, and checks them in as a walk-in", async () => {
    const { assemblyId, desk } = await deskDay();
    const response = await desk.post(`/api/assemblies/${assemblyId}/walk-ins`, {
      ...personForm(),
      desk: "Mesa 2",
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      created: true,
      outcome: "checked_in",
      person: {
        firstNames: "María Fernanda",
        documentMasked: "•••• 6789",
        checkIn: { desk: "Mesa 2", walkIn: true },
      },
      counts: { registered: 11, present: 1, walkIns: 1 },
    });
    const [row] = await ctx.database.db
      .select()
      .from(registrations)
      .where(eq(registrations.id, body.person.registrationId));
    expect(row).toMatchObject({ source: "desk", documentNumber: "1023456789" });
    const given = await ctx.database.db.select().from(consents).where(eq(consents.registrationId, row!.id));
    expect(given.map((c) => [c.kind, c.channel])).toEqual([["data", "desk"]]);
  });

  it("seats a walk-in who arrives after the allocation, without moving anyone", async () => {
    const { assemblyId, desk, operator } = await deskDay();
    await saveAllocation(operator, assemblyId);
    const seatedBefore = await ctx.database.db.select().from(seats).where(eq(seats.assemblyId, assemblyId));
    const response = await desk.post(`/api/assemblies/${assemblyId}/walk-ins`, {
      ...personForm(),
      desk: "Mesa 2",
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().person.seat).toMatchObject({
      tableName: expect.any(String),
      subtableLabel: /^\d\.\d$/,
    });
    const seatedAfter = await ctx.database.db.select().from(seats).where(eq(seats.assemblyId, assemblyId));
    expect(seatedAfter).toHaveLength(seatedBefore.length + 1);
    for (const seat of seatedBefore)
      expect(seatedAfter.find((s) => s.registrationId === seat.registrationId)?.subtableId).toBe(
        seat.subtableId,
      );
  });

  it("takes only the core fields, and refuses without the person's authorisation, field by field", async () => {
    const { assemblyId, desk } = await deskDay();
    const core = {
      documentType: "CC",
      documentNumber: "1 098 111 222",
      firstNames: "Yeison",
      lastNames: "Quintero Parra",
      birthDate: "1985-02-01",
      sex: "hombre",
      phone: "3101234567",
      departmentCode: "81",
      municipalityCode: "81065",
      zone: "rural",
      economy: "popular",
      consentVersion: 1,
      desk: "Mesa 1",
    };
    const refused = await desk.post(`/api/assemblies/${assemblyId}/walk-ins`, core);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().fields).toEqual({
      dataConsent: "Debe aceptar la autorización de tratamiento de datos para inscribirse.",
    });
    const accepted = await desk.post(`/api/assemblies/${assemblyId}/walk-ins`, {
      ...core,
      dataConsent: true,
    });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json().person.checkIn.walkIn).toBe(true);
  });

  it("refuses sensitive data without its separate consent", async () => {
    const { assemblyId, desk } = await deskDay();
    const response = await desk.post(`/api/assemblies/${assemblyId}/walk-ins`, {
      ...personForm({ ethnicity: "indigena" }),
      desk: "Mesa 1",
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().fields.ethnicity).toBe(
      "Para guardar este dato debe dar la autorización de datos sensibles.",
    );
    expect((await desk.get(`/api/assemblies/${assemblyId}/attendance`)).json()).toMatchObject({
      registered: 10,
      present: 0,
    });
  });

  it("checks in someone already registered who came to the walk-in line, without counting a walk-in", async () => {
    const { assemblyId, desk } = await deskDay();
    const first = await desk.post(`/api/assemblies/${assemblyId}/walk-ins`, {
      ...personForm(),
      desk: "Mesa 1",
    });
    const checkIn = first.json().person.checkIn;
    await desk.post(`/api/assemblies/${assemblyId}/checkins/${checkIn.id}/undo`);
    const again = await desk.post(`/api/assemblies/${assemblyId}/walk-ins`, {
      ...personForm(),
      desk: "Mesa 3",
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({
      created: false,
      outcome: "checked_in",
      person: { checkIn: { desk: "Mesa 3", walkIn: false } },
    });
  });

  it("is for desk staff of the assembly only", async () => {
    const { assemblyId, agreementId, operator } = await deskDay();
    const elsewhere = await createAssembly(operator, agreementId, { name: "Otra asamblea" });
    const outsider = await signIn(ctx, "desk_staff", { assemblyId: elsewhere.id });
    const response = await outsider.post(`/api/assemblies/${assemblyId}/walk-ins`, {
      ...personForm(),
      desk: "Mesa 1",
    });
    expect(response.statusCode).toBe(404);
    expect(
      (await ctx.database.db.select().from(registrations).where(eq(registrations.source, "desk"))).length,
    ).toBe(0);
  });
});
