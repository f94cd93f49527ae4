import { eq } from "drizzle-orm";
import { assemblies } from "../db/schema";
import type { Client, TestContext } from "./app";
import { createAgreement, createAssembly } from "./fixtures";

/** The unified form as a person fills it on the public page (numbers as typed). */
export function personForm(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    documentType: "CC",
    documentNumber: "1.023.456.789",
    firstNames: "María Fernanda",
    lastNames: "Núñez Ríos",
    birthDate: "1990-05-14",
    sex: "mujer",
    phone: "300 123 4567",
    email: "mafe.nunez@gmail.com",
    departmentCode: "81",
    municipalityCode: "81001",
    zone: "urbana",
    populationGroups: ["vendedores_informales", "mujeres"],
    economy: "popular",
    organizationName: "Asociación de Cacaoteros de Arauca",
    organizationNit: "800.197.268-4",
    organizationType: "asociacion",
    organizationRole: "tesorera",
    economicSector: "agropecuario",
    productsServices: "cacao en grano y chocolate de mesa",
    preferredAxes: ["asociatividad", "credito"],
    knowsPit: true,
    heardVia: "organizacion",
    dataConsent: true,
    consentVersion: 1,
    ...overrides,
  };
}

/** A convenio with one assembly open for registration, created by its operator. */
export async function openAssembly(ctx: TestContext, operator: Client, status = "registration_open") {
  const agreementId = await createAgreement(operator);
  const assembly = await createAssembly(operator, agreementId);
  await ctx.database.db.update(assemblies).set({ status }).where(eq(assemblies.id, assembly.id));
  return { agreementId, assemblyId: assembly.id };
}
