import { z } from "zod";
import { ROLES } from "../roles";
import { requiredText } from "./common";

export const ZUserScopeSchema = z.object({
  agreementId: z.uuid().nullable(),
  assemblyId: z.uuid().nullable(),
  tableId: z.uuid().nullable(),
});

export const ZUserSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    active: z.boolean(),
    scopes: z.array(ZUserScopeSchema),
  })
  .meta({ id: "User" });
export type UserDto = z.infer<typeof ZUserSchema>;

export const ZUserInputSchema = z
  .object({
    email: z.email({ error: "Escriba un correo válido." }).trim().toLowerCase(),
    name: requiredText(120),
    role: z.enum(ROLES),
    password: z.string().min(10, { error: "La contraseña debe tener al menos 10 caracteres." }).max(200),
    scopes: z.array(ZUserScopeSchema).max(50).default([]),
  })
  .superRefine((input, ctx) => {
    // Which scope each role needs: the route would otherwise create accounts that can see nothing.
    const needs: Record<(typeof ROLES)[number], "agreementId" | "assemblyId" | "tableId" | null> = {
      national_admin: null,
      partner_operator: "agreementId",
      supervisor: "agreementId",
      desk_staff: "assemblyId",
      group_leader: "tableId",
    };
    const field = needs[input.role];
    if (field && !input.scopes.some((scope) => scope[field])) {
      ctx.addIssue({
        code: "custom",
        path: ["scopes"],
        message: "Este rol necesita un alcance (convenio, asamblea o mesa).",
      });
    }
  });
export type UserInput = z.infer<typeof ZUserInputSchema>;
