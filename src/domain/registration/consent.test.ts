import { describe, expect, it } from "vitest";
import { type ConsentFacts, consentProblems, consentsGiven } from "./consent";

const adult: ConsentFacts = {
  dataConsent: true,
  sensitiveConsent: false,
  guardianConsent: false,
  birthDate: "1990-05-01",
  ethnicity: null,
  disability: null,
  conflictVictim: null,
  guardianName: null,
  guardianDocumentType: null,
  guardianDocumentNumber: null,
};
const minor: ConsentFacts = {
  ...adult,
  birthDate: "2007-01-10",
  guardianName: "Luz Marina Pérez",
  guardianDocumentType: "CC",
  guardianDocumentNumber: "40123456",
  guardianConsent: true,
};
const ON = "2023-11-18";

describe("consentProblems", () => {
  it.each<[string, Partial<ConsentFacts>, string[]]>([
    ["an adult with the data authorisation", {}, []],
    ["no data authorisation", { dataConsent: false }, ["dataConsent:data_consent_required"]],
    [
      "ethnicity without the sensitive authorisation",
      { ethnicity: "indigena" },
      ["ethnicity:sensitive_consent_required"],
    ],
    [
      "a declared 'no' is still sensitive data",
      { disability: false, conflictVictim: true },
      ["disability:sensitive_consent_required", "conflictVictim:sensitive_consent_required"],
    ],
    [
      "sensitive data with its authorisation",
      { sensitiveConsent: true, ethnicity: "raizal", disability: true },
      [],
    ],
    ["sensitive authorisation without sensitive data", { sensitiveConsent: true }, []],
  ])("adult: %s", (_why, change, expected) => {
    expect(consentProblems({ ...adult, ...change }, ON).map((p) => `${p.field}:${p.rule}`)).toEqual(expected);
  });

  it.each<[string, Partial<ConsentFacts>, string[]]>([
    ["with a complete legal representative", {}, []],
    ["without the representative's name", { guardianName: null }, ["guardianName:guardian_required"]],
    [
      "without the representative's document",
      { guardianDocumentType: null, guardianDocumentNumber: null },
      ["guardianDocumentType:guardian_required", "guardianDocumentNumber:guardian_required"],
    ],
    [
      "without the representative's authorisation",
      { guardianConsent: false },
      ["guardianConsent:guardian_consent_required"],
    ],
    [
      "who turns 18 on the assembly day",
      { birthDate: "2005-11-18", guardianName: null, guardianConsent: false },
      [],
    ],
    [
      "who turns 18 the day after the assembly",
      { birthDate: "2005-11-19", guardianName: null },
      ["guardianName:guardian_required"],
    ],
  ])("minor %s", (_why, change, expected) => {
    expect(consentProblems({ ...minor, ...change }, ON).map((p) => `${p.field}:${p.rule}`)).toEqual(expected);
  });
});

describe("consentsGiven", () => {
  it.each<[string, ConsentFacts, string[]]>([
    ["adult, data only", adult, ["data"]],
    [
      "adult with sensitive data",
      { ...adult, sensitiveConsent: true, ethnicity: "rom" },
      ["data", "sensitive"],
    ],
    ["minor with representative", minor, ["data", "guardian"]],
    ["an adult's stray guardian tick is not recorded", { ...adult, guardianConsent: true }, ["data"]],
  ])("%s", (_why, facts, expected) => {
    expect(consentsGiven(facts, ON)).toEqual(expected);
  });
});
