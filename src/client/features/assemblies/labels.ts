import type { MessageKey } from "../../../shared/i18n";
import type { AssemblyStatus } from "../../../shared/schemas/assembly";

// Typed as a full record so a new status in the schema fails to compile here until it has a label.
export const STATUS_LABELS: Record<AssemblyStatus, MessageKey> = {
  draft: "assemblies.status.draft",
  registration_open: "assemblies.status.registration_open",
  in_progress: "assemblies.status.in_progress",
  closed: "assemblies.status.closed",
};

export const STATUSES = Object.keys(STATUS_LABELS) as AssemblyStatus[];
