import type { AgendaBlockDraft } from "./blocks";

export type AgendaProblem =
  | { code: "agenda.end_before_start"; index: number; title: string }
  | { code: "agenda.overlap"; index: number; otherIndex: number; first: string; second: string };

/**
 * Problems of an agenda as typed by a person, in the order they appear. Blocks may touch (one ends at
 * 11:00, the next starts at 11:00) but not overlap; the order given does not matter.
 */
export function agendaProblems(
  blocks: readonly Pick<AgendaBlockDraft, "title" | "startMinute" | "endMinute">[],
): AgendaProblem[] {
  const problems: AgendaProblem[] = [];
  blocks.forEach((block, index) => {
    if (block.endMinute <= block.startMinute)
      problems.push({ code: "agenda.end_before_start", index, title: block.title });
  });
  const order = blocks
    .map((block, index) => ({ block, index }))
    .filter(({ block }) => block.endMinute > block.startMinute)
    .sort((a, b) => a.block.startMinute - b.block.startMinute || a.index - b.index);
  for (let i = 1; i < order.length; i++) {
    const previous = order[i - 1]!;
    const current = order[i]!;
    if (current.block.startMinute < previous.block.endMinute) {
      problems.push({
        code: "agenda.overlap",
        index: Math.max(current.index, previous.index),
        otherIndex: Math.min(current.index, previous.index),
        first: order[i - 1]!.block.title,
        second: current.block.title,
      });
    }
  }
  return problems;
}
