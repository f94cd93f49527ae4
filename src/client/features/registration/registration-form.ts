import type { RegistrationDto } from "../../../shared/schemas/registration";

/** The unified form as the screens hold it: text and choices as strings ("" = not answered). */
export interface RegistrationValues {
  documentType: string;
  documentNumber: string;
  firstNames: string;
  lastNames: string;
  birthDate: string;
  sex: string;
  genderIdentity: string;
  genderIdentityOther: string;
  phone: string;
  email: string;
  departmentCode: string;
  municipalityCode: string;
  zone: string;
  populationGroups: string[];
  economy: string;
  organizationName: string;
  organizationNit: string;
  organizationType: string;
  organizationRole: string;
  economicSector: string;
  productsServices: string;
  /** Axis codes in the order the person ticked them: the first is the most wanted. */
  preferredAxes: string[];
  knowsPit: boolean;
  heardVia: string;
  dataConsent: boolean;
  sensitiveConsent: boolean;
  ethnicity: string;
  /** "si" / "no" / "" (not answered). */
  disability: string;
  conflictVictim: string;
  guardianName: string;
  guardianDocumentType: string;
  guardianDocumentNumber: string;
  guardianConsent: boolean;
  extra: Record<string, string | boolean>;
}

export function blankRegistration(
  place: { departmentCode?: string; municipalityCode?: string } = {},
): RegistrationValues {
  return {
    documentType: "CC",
    documentNumber: "",
    firstNames: "",
    lastNames: "",
    birthDate: "",
    sex: "",
    genderIdentity: "",
    genderIdentityOther: "",
    phone: "",
    email: "",
    departmentCode: place.departmentCode ?? "",
    municipalityCode: place.municipalityCode ?? "",
    zone: "",
    populationGroups: [],
    economy: "",
    organizationName: "",
    organizationNit: "",
    organizationType: "sin_organizacion",
    organizationRole: "",
    economicSector: "",
    productsServices: "",
    preferredAxes: [],
    knowsPit: false,
    heardVia: "",
    dataConsent: false,
    sensitiveConsent: false,
    ethnicity: "",
    disability: "",
    conflictVictim: "",
    guardianName: "",
    guardianDocumentType: "CC",
    guardianDocumentNumber: "",
    guardianConsent: false,
    extra: {},
  };
}

const yesNo = (value: boolean | null) => (value === null ? "" : value ? "si" : "no");

/** A stored registration back in the form, for staff corrections. */
export function fromRegistration(r: RegistrationDto): RegistrationValues {
  return {
    ...blankRegistration(),
    documentType: r.documentType,
    documentNumber: r.documentNumber,
    firstNames: r.firstNames,
    lastNames: r.lastNames,
    birthDate: r.birthDate,
    sex: r.sex,
    genderIdentity: r.genderIdentity ?? "",
    genderIdentityOther: r.genderIdentityOther ?? "",
    phone: r.phone,
    email: r.email ?? "",
    departmentCode: r.departmentCode,
    municipalityCode: r.municipalityCode,
    zone: r.zone,
    populationGroups: r.populationGroups,
    economy: r.economy,
    organizationName: r.organizationName ?? "",
    organizationNit: r.organizationNit ?? "",
    organizationType: r.organizationType,
    organizationRole: r.organizationRole ?? "",
    economicSector: r.economicSector ?? "",
    productsServices: r.productsServices ?? "",
    preferredAxes: r.preferredAxes,
    knowsPit: r.knowsPit,
    heardVia: r.heardVia ?? "",
    dataConsent: r.consents.some((c) => c.kind === "data"),
    sensitiveConsent: r.sensitiveConsent,
    ethnicity: r.ethnicity ?? "",
    disability: yesNo(r.disability),
    conflictVictim: yesNo(r.conflictVictim),
    guardianName: r.guardianName ?? "",
    guardianDocumentType: r.guardianDocumentType ?? "CC",
    guardianDocumentNumber: r.guardianDocumentNumber ?? "",
    guardianConsent: r.consents.some((c) => c.kind === "guardian"),
    extra: Object.fromEntries(
      Object.entries(r.extra).flatMap(([key, value]) => (value === null ? [] : [[key, value]])),
    ),
  };
}

const OPTIONAL_CHOICES = [
  "genderIdentity",
  "economicSector",
  "heardVia",
  "ethnicity",
  "guardianDocumentType",
] as const;

/**
 * The body the API takes: unanswered optional choices are null, sensitive answers go only with their
 * authorisation (the server refuses them otherwise) and a guardian only for a minor.
 */
export function toRegistrationBody(
  values: RegistrationValues,
  consentVersion: number,
  minor: boolean,
): Record<string, unknown> {
  const body: Record<string, unknown> = { ...values, consentVersion };
  for (const key of OPTIONAL_CHOICES) body[key] = values[key] || null;
  body.disability = values.disability === "" ? null : values.disability === "si";
  body.conflictVictim = values.conflictVictim === "" ? null : values.conflictVictim === "si";
  if (!values.sensitiveConsent) {
    body.ethnicity = null;
    body.disability = null;
    body.conflictVictim = null;
  }
  if (!minor) {
    body.guardianName = null;
    body.guardianDocumentType = null;
    body.guardianDocumentNumber = null;
    body.guardianConsent = false;
  }
  if (values.genderIdentity !== "otro") body.genderIdentityOther = null;
  body.extra = Object.fromEntries(Object.entries(values.extra).filter(([, value]) => value !== ""));
  return body;
}
