import type { ActorDto } from "../../shared/schemas/auth";

/** The signed-in staff member a request acts for, with the scopes their role is limited to. */
export type Actor = ActorDto;
export type { Scope } from "../../shared/policies";

export const actorLabel = (actor: Actor) => `${actor.name} <${actor.email}>`;

/** Who an audit entry names: the staff member's id and a label that stays readable if the account goes. */
export const auditActor = (actor: Actor) => ({ id: actor.userId, label: actorLabel(actor) });
