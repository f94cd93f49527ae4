import type { StuckFile } from "../../shared/schemas/puzzle";
import type { QueuedChange } from "./queue";

/** The changes a phone could not send, as the file the operator imports (oldest first). */
export function stuckFile(
  assemblyId: string,
  subtableId: string,
  entries: readonly QueuedChange[],
): StuckFile {
  return {
    kind: "minga.puzzle.changes",
    assemblyId,
    subtableId,
    exportedAt: new Date().toISOString(),
    changes: [...entries].sort((a, b) => a.seq - b.seq).map((e) => e.change),
  };
}

/** Saves `data` as a JSON file through the browser's download. */
export function downloadJson(fileName: string, data: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
