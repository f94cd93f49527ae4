import { z } from "zod";
import { ROLES } from "../roles";

export const ZLoginSchema = z.object({
  email: z.email({ error: "Escriba un correo válido." }).trim().toLowerCase(),
  password: z.string().min(1, { error: "Escriba su contraseña." }).max(200),
});

export const ZActorSchema = z
  .object({
    userId: z.uuid(),
    name: z.string(),
    email: z.string(),
    role: z.enum(ROLES),
    agreementIds: z.array(z.uuid()),
    assemblyIds: z.array(z.uuid()),
    tableIds: z.array(z.uuid()),
  })
  .meta({ id: "Actor" });
export type ActorDto = z.infer<typeof ZActorSchema>;

export const ZSessionSchema = z
  .object({ actor: ZActorSchema, csrfToken: z.string() })
  .meta({ id: "Session" });

export const ZPasswordChangeSchema = z.object({
  currentPassword: z.string().min(1, { error: "Escriba su contraseña actual." }),
  newPassword: z
    .string()
    .min(10, { error: "La nueva contraseña debe tener al menos 10 caracteres." })
    .max(200),
});
