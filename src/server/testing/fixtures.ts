import type { Client } from "./app";

/** A convenio created through the API by the given staff member; returns its id. */
export async function createAgreement(
  client: Client,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const response = await client.post("/api/agreements", {
    number: String(Math.floor(Math.random() * 900_000) + 100),
    year: 2023,
    partnerName: "UNAD",
    ...overrides,
  });
  if (response.statusCode !== 201)
    throw new Error(`createAgreement: ${response.statusCode} ${response.body}`);
  return response.json().id;
}

export async function createAssembly(
  client: Client,
  agreementId: string,
  overrides: Record<string, unknown> = {},
) {
  const response = await client.post("/api/assemblies", {
    agreementId,
    name: "Asamblea de prueba",
    departmentCode: "81",
    municipalityCode: "81001",
    date: "2023-11-18",
    ...overrides,
  });
  if (response.statusCode !== 201) throw new Error(`createAssembly: ${response.statusCode} ${response.body}`);
  return response.json() as { id: string; tables: { id: string }[]; agenda: { id: string }[] };
}
