import { type Policy, policies } from "../../shared/policies";
import { forbidden, notFound } from "../errors";
import type { Actor, Scope } from "./actor";

/**
 * Throws 404 when the actor may not know the resource exists (another convenio's assembly), 403 when they
 * may see it but the rule refuses the action (a supervisor editing).
 */
export function authorize(actor: Actor, rule: Policy, scope: Scope): void {
  if (!policies.see(actor, scope)) throw notFound();
  if (!rule(actor, scope)) throw forbidden();
}

/** For actions that are not tied to a convenio (create a convenio, manage users). */
export function authorizeGlobal(actor: Actor, rule: (a: Actor) => boolean): void {
  if (!rule(actor)) throw forbidden();
}
