import type { Role } from "../../shared/roles";

/** The signed-in staff member a request acts for, with the scopes their role is limited to. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  role: Role;
  agreementIds: string[];
  assemblyIds: string[];
  tableIds: string[];
}

/** Where a resource lives: the convenio always, the assembly and table when it belongs to one. */
export interface Scope {
  agreementId: string;
  assemblyId?: string;
  tableId?: string;
}

export const actorLabel = (actor: Actor) => `${actor.name} <${actor.email}>`;
