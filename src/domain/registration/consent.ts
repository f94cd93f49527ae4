// Ley 1581 de 2012 on the unified form: nothing is stored without the convenio's authorisation; sensitive
// data (ethnicity, disability, victim of the armed conflict) only with a separate, explicit authorisation;
// a minor registers only with a legal representative's name, document and authorisation.

import { isMinorOn } from "./age";

export const CONSENT_KINDS = ["data", "sensitive", "guardian"] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export const SENSITIVE_FIELDS = ["ethnicity", "disability", "conflictVictim"] as const;
export type SensitiveField = (typeof SENSITIVE_FIELDS)[number];

export interface ConsentFacts {
  dataConsent: boolean;
  sensitiveConsent: boolean;
  guardianConsent: boolean;
  birthDate: string;
  ethnicity: string | null;
  disability: boolean | null;
  conflictVictim: boolean | null;
  guardianName: string | null;
  guardianDocumentType: string | null;
  guardianDocumentNumber: string | null;
}

export type ConsentRule =
  | "data_consent_required"
  | "sensitive_consent_required"
  | "guardian_required"
  | "guardian_consent_required";

export interface ConsentProblem {
  /** The form field the person must fix. */
  field: string;
  rule: ConsentRule;
}

/** Every reason the answers cannot be stored as they are, on the assembly date. */
export function consentProblems(facts: ConsentFacts, assemblyDate: string): ConsentProblem[] {
  const problems: ConsentProblem[] = [];
  if (!facts.dataConsent) problems.push({ field: "dataConsent", rule: "data_consent_required" });
  if (!facts.sensitiveConsent) {
    for (const field of SENSITIVE_FIELDS) {
      if (facts[field] !== null) problems.push({ field, rule: "sensitive_consent_required" });
    }
  }
  if (isMinorOn(facts.birthDate, assemblyDate)) {
    if (!facts.guardianName) problems.push({ field: "guardianName", rule: "guardian_required" });
    if (!facts.guardianDocumentType)
      problems.push({ field: "guardianDocumentType", rule: "guardian_required" });
    if (!facts.guardianDocumentNumber)
      problems.push({ field: "guardianDocumentNumber", rule: "guardian_required" });
    if (!facts.guardianConsent)
      problems.push({ field: "guardianConsent", rule: "guardian_consent_required" });
  }
  return problems;
}

/** The consents to record for answers that passed `consentProblems`. */
export function consentsGiven(facts: ConsentFacts, assemblyDate: string): ConsentKind[] {
  const kinds: ConsentKind[] = ["data"];
  if (facts.sensitiveConsent) kinds.push("sensitive");
  if (facts.guardianConsent && isMinorOn(facts.birthDate, assemblyDate)) kinds.push("guardian");
  return kinds;
}
