import type { AgreementInput } from "../../shared/schemas/agreement";
import type { AssemblyInput } from "../../shared/schemas/assembly";
import type { Tx } from "../db/client";
import { createAgreement } from "../routes/agreements/store";
import { createAssembly } from "../routes/assemblies/store";

// Written straight to the database, below the API: for benchmarks and for tests of what lies under it.

/** The Convenio número 002 de 2023 with the UNAD, unless overridden; returns its id. */
export function storeAgreement(db: Tx, overrides: Partial<AgreementInput> = {}): Promise<string> {
  return createAgreement(db, {
    number: "002",
    year: 2023,
    partnerName: "UNAD",
    supervisorName: "",
    startsOn: null,
    endsOn: null,
    legend: "",
    consentText: "",
    ...overrides,
  });
}

/** An assembly of 500 in Arauca on 18 November 2023, unless overridden; returns its id. */
export function storeAssembly(
  db: Tx,
  agreementId: string,
  overrides: Partial<AssemblyInput> = {},
): Promise<string> {
  return createAssembly(db, {
    agreementId,
    name: "Asamblea PIT Arauca",
    departmentCode: "81",
    municipalityCode: "81001",
    venue: "",
    date: "2023-11-18",
    capacity: 500,
    projectName: "",
    projectDescription: "",
    ...overrides,
  });
}
