import { eq } from "drizzle-orm";
import { generateDemoPeople } from "../../domain/demo/people";
import { ARAUCA } from "../../domain/demo/regions";
import type { PersonData } from "../../domain/registration/person";
import { checkIns, registrations } from "../db/schema";
import { insertPeople } from "../demo/seed";
import { type Client, signIn, type TestContext } from "./app";
import { createAgreement, createAssembly } from "./fixtures";

/** An assembly of the convenio's operator with `count` demo people of Arauca registered. */
export async function registeredAssembly(ctx: TestContext, count = 100, seed = 11) {
  const operator = await signIn(ctx, "partner_operator");
  const agreementId = await createAgreement(operator);
  const assembly = await createAssembly(operator, agreementId);
  const people = generateDemoPeople({ region: ARAUCA, count, seed, assemblyDate: "2023-11-18" }).people;
  await insertPeople(ctx.database.db, assembly.id, people, "import");
  const rows = await ctx.database.db
    .select({
      id: registrations.id,
      documentNumber: registrations.documentNumber,
      firstNames: registrations.firstNames,
    })
    .from(registrations)
    .where(eq(registrations.assemblyId, assembly.id));
  const idOf = (person: PersonData) => rows.find((r) => r.documentNumber === person.documentNumber)!.id;
  return {
    operator,
    agreementId,
    assemblyId: assembly.id,
    tables: assembly.tables,
    people,
    ids: rows.map((r) => r.id),
    idOf,
  };
}

/** Marks people present through the check-in table. */
export async function checkIn(
  ctx: TestContext,
  assemblyId: string,
  registrationIds: string[],
): Promise<void> {
  if (registrationIds.length === 0) return;
  await ctx.database.db
    .insert(checkIns)
    .values(registrationIds.map((registrationId) => ({ assemblyId, registrationId, desk: "Mesa 1" })));
}

export const saveAllocation = async (
  client: Client,
  assemblyId: string,
  body: Record<string, unknown> = {},
) => {
  const response = await client.post(`/api/assemblies/${assemblyId}/allocation`, {
    source: "registered",
    subtableSize: 20,
    seed: 5,
    ...body,
  });
  if (response.statusCode !== 201) throw new Error(`saveAllocation: ${response.statusCode} ${response.body}`);
  return response.json();
};
