import type { Role } from "../../../shared/roles";
import type { AssemblySummaryDto } from "../../../shared/schemas/assembly";
import type { UserDto } from "../../../shared/schemas/user";

export type ScopeField = "agreementId" | "assemblyId" | "tableId";
type Scope = UserDto["scopes"][number];

/** The scope picker each role needs (the server refuses an account without it). */
export const SCOPE_OF_ROLE: Record<Role, ScopeField | null> = {
  national_admin: null,
  partner_operator: "agreementId",
  supervisor: "agreementId",
  desk_staff: "assemblyId",
  group_leader: "tableId",
};

/** The scope rows to save for a role, from the picked ids; a group leader also sees its convenio, as in the demo. */
export function scopesFor(
  role: Role,
  picked: { agreementId: string; assemblyId: string; tableId: string },
  assemblies: readonly AssemblySummaryDto[],
): Scope[] {
  const field = SCOPE_OF_ROLE[role];
  if (field === "agreementId")
    return picked.agreementId ? [{ agreementId: picked.agreementId, assemblyId: null, tableId: null }] : [];
  if (field === "assemblyId")
    return picked.assemblyId ? [{ agreementId: null, assemblyId: picked.assemblyId, tableId: null }] : [];
  if (field === "tableId") {
    const assembly = assemblies.find((a) => a.id === picked.assemblyId);
    return assembly && picked.tableId
      ? [{ agreementId: assembly.agreementId, assemblyId: assembly.id, tableId: picked.tableId }]
      : [];
  }
  return [];
}
