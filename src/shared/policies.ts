import type { ActorDto as Actor } from "./schemas/auth";

/** Where a resource lives: the convenio always, the assembly and table when it belongs to one. */
export interface Scope {
  agreementId: string;
  assemblyId?: string;
  tableId?: string;
}

// Every rule of who may do what, one line each. The server enforces them; the client uses the same rules
// only to hide buttons a person could not use.
const isAdmin = (a: Actor) => a.role === "national_admin";
const inAgreement = (a: Actor, s: Scope) => a.agreementIds.includes(s.agreementId);
const inAssembly = (a: Actor, s: Scope) => s.assemblyId !== undefined && a.assemblyIds.includes(s.assemblyId);
const isOperatorOf = (a: Actor, s: Scope) => a.role === "partner_operator" && inAgreement(a, s);

export const policies = {
  /** Can the actor know the resource exists? Outside this, answers are 404, never data. */
  see: (a: Actor, s: Scope) => isAdmin(a) || inAgreement(a, s) || inAssembly(a, s),
  manageUsers: (a: Actor) => isAdmin(a),
  manageAxes: (a: Actor) => isAdmin(a),
  createAgreement: (a: Actor) => isAdmin(a) || a.role === "partner_operator",
  editAgreement: (a: Actor, s: Scope) => isAdmin(a) || isOperatorOf(a, s),
  readAssembly: (a: Actor, s: Scope) => isAdmin(a) || inAgreement(a, s) || inAssembly(a, s),
  editAssembly: (a: Actor, s: Scope) => isAdmin(a) || isOperatorOf(a, s),
} satisfies Record<string, (a: Actor, s: Scope) => boolean>;

export type Policy = (typeof policies)[keyof typeof policies];
