import type {
  DocumentType,
  EconomicSector,
  Economy,
  Ethnicity,
  GenderIdentity,
  OrganizationType,
  OutreachChannel,
  PopulationGroup,
  Sex,
  Zone,
} from "./catalog";

/** An organisation as a participant declares it on the unified form. */
export interface DeclaredOrganization {
  name: string;
  /** NIT with its check digit, digits only: "900123456-8" is stored as "9001234568"; null when unknown. */
  nit: string | null;
  type: OrganizationType;
  role: string | null;
  sector: EconomicSector;
  /** Free text, used to find which organisations can associate (issue 10). */
  productsServices: string;
}

/** Sensitive data under Ley 1581 de 2012: only stored with explicit consent. */
export interface SensitiveData {
  ethnicity: Ethnicity | null;
  disability: boolean | null;
  conflictVictim: boolean | null;
}

/** One person's answers to the unified registration form, already normalised. */
export interface PersonData {
  documentType: DocumentType;
  /** Digits (letters for passports), no dots, spaces or dashes. */
  documentNumber: string;
  firstNames: string;
  lastNames: string;
  /** ISO date, YYYY-MM-DD. */
  birthDate: string;
  sex: Sex;
  genderIdentity: GenderIdentity | null;
  /** Colombian mobile in E.164: +573001234567. */
  phone: string;
  email: string | null;
  /** DIVIPOLA codes as strings: "81", "81001". */
  departmentCode: string;
  municipalityCode: string;
  zone: Zone;
  populationGroups: PopulationGroup[];
  economy: Economy;
  organization: DeclaredOrganization | null;
  /** Thematic axis codes, most preferred first; may be empty. */
  preferredAxes: string[];
  knowsPit: boolean;
  heardVia: OutreachChannel | null;
  /** Present only when the person gave the separate sensitive-data consent. */
  sensitive: SensitiveData | null;
  /** Legal representative of a minor (under 18). */
  guardian: { name: string; documentType: DocumentType; documentNumber: string } | null;
}
