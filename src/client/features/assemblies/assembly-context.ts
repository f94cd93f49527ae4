import { createContext, useContext } from "react";
import type { AssemblyDto } from "../../../shared/schemas/assembly";

export interface AssemblyContextValue {
  assembly: AssemblyDto;
  /** Whether the signed-in person may change it (policies.editAssembly): without it, show no edit controls. */
  canEdit: boolean;
  /** Replace the assembly with what a write returned. */
  setAssembly: (assembly: AssemblyDto) => void;
  reload: () => void;
}

export const AssemblyContext = createContext<AssemblyContextValue | null>(null);

/** The assembly of the page, for every screen under `/asambleas/:id` (the tabs in ASSEMBLY_TABS). */
export function useAssembly(): AssemblyContextValue {
  const value = useContext(AssemblyContext);
  if (!value) throw new Error("useAssembly outside an assembly page");
  return value;
}
