import type { ActorDto } from "../../shared/schemas/auth";

/** The signed-in staff member a request acts for, with the scopes their role is limited to. */
export type Actor = ActorDto;
export type { Scope } from "../../shared/policies";

export const actorLabel = (actor: Actor) => `${actor.name} <${actor.email}>`;
