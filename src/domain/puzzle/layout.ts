// Where every piece of the big solidarity puzzle goes on the projector. One column per table (its axis
// colour), one row per sub-table, two fixed slots per sub-table (its needs, at most two), so pieces never
// move when others arrive. In each slot the blue need piece interlocks with its solution piece, and the
// work-plan items hang from the solution. Pure geometry: the SVG component only draws these boxes.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Frame {
  width: number;
  height: number;
}

export interface LayoutNeed {
  id: string;
  solution: { id: string; planItemIds: readonly string[] } | null;
}

export interface LayoutTable {
  id: string;
  subtables: readonly { id: string; needs: readonly LayoutNeed[] }[];
}

export type LayoutMode = { kind: "overview" } | { kind: "focus"; tableId: string };

export interface TableBox {
  id: string;
  rect: Rect;
  title: Rect;
  fontSize: number;
}

export interface SubtableBox {
  id: string;
  tableId: string;
  rect: Rect;
  label: Rect;
  fontSize: number;
}

export interface PieceBox {
  id: string;
  rect: Rect;
  fontSize: number;
}

export interface NeedBox extends PieceBox {
  subtableId: string;
  /** How far the need's tab reaches into its solution (the solution has the matching notch). */
  tab: number;
}

export interface SolutionBox extends PieceBox {
  needId: string;
  tab: number;
}

export interface PlanItemBox extends PieceBox {
  solutionId: string;
}

/** "+3" when a solution has more plan items than its column shows. */
export interface OverflowBox {
  solutionId: string;
  rect: Rect;
  hidden: number;
  fontSize: number;
}

/** The outline of a piece still to come: an empty first slot, or a need's missing solution. */
export interface SocketBox {
  key: string;
  kind: "need" | "solution";
  rect: Rect;
  tab: number;
}

export interface PuzzleLayout {
  frame: Frame;
  header: Rect;
  footer: Rect;
  tables: TableBox[];
  subtables: SubtableBox[];
  needs: NeedBox[];
  solutions: SolutionBox[];
  planItems: PlanItemBox[];
  overflows: OverflowBox[];
  sockets: SocketBox[];
}

export const NEED_SLOTS = 2;
export const MIN_FONT = 9;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const rect = (x: number, y: number, width: number, height: number): Rect => ({ x, y, width, height });

/** Shares of a slot's width (need, solution, plan column); wide slots give the plan more room. */
const shares = (slotWidth: number) =>
  slotWidth >= 700 ? { need: 0.32, solution: 0.32, plan: 0.36 } : { need: 0.37, solution: 0.37, plan: 0.26 };

interface SlotPlan {
  columns: number;
  rows: number;
  slotWidth: number;
  slotHeight: number;
  pieceHeight: number;
}

/** Two slots side by side or stacked, whichever gives the larger pieces in this cell. */
function planSlots(width: number, height: number, gap: number): SlotPlan {
  const options = [
    { columns: NEED_SLOTS, rows: 1 },
    { columns: 1, rows: NEED_SLOTS },
  ].map(({ columns, rows }) => {
    const slotWidth = (width - gap * (columns - 1)) / columns;
    const slotHeight = (height - gap * (rows - 1)) / rows;
    // Pieces look like pieces when at most as tall as 0.65 × their width.
    const pieceHeight = Math.min(slotHeight, slotWidth * shares(slotWidth).need * 0.65);
    return { columns, rows, slotWidth, slotHeight, pieceHeight };
  });
  return options[0]!.pieceHeight >= options[1]!.pieceHeight ? options[0]! : options[1]!;
}

export function layoutPuzzle(
  allTables: readonly LayoutTable[],
  frame: Frame,
  mode: LayoutMode = { kind: "overview" },
): PuzzleLayout {
  const focused = mode.kind === "focus" ? allTables.filter((t) => t.id === mode.tableId) : [];
  const tables = focused.length ? focused : allTables;
  const margin = Math.round(frame.width * 0.0125);
  const header = rect(0, 0, frame.width, Math.round(frame.height * 0.11));
  const footerHeight = Math.round(frame.height * 0.065);
  const footer = rect(0, frame.height - footerHeight, frame.width, footerHeight);
  const layout: PuzzleLayout = {
    frame,
    header,
    footer,
    tables: [],
    subtables: [],
    needs: [],
    solutions: [],
    planItems: [],
    overflows: [],
    sockets: [],
  };
  if (tables.length === 0) return layout;

  const top = header.height + margin / 2;
  const bodyHeight = footer.y - margin / 2 - top;
  const columnGap = Math.round(margin * 0.7);
  const columnWidth = (frame.width - 2 * margin - columnGap * (tables.length - 1)) / tables.length;
  const titleHeight = clamp(bodyHeight * 0.09, 32, 90);
  const rows = Math.max(1, ...tables.map((t) => t.subtables.length));
  const rowGap = clamp(bodyHeight * 0.012, 4, 12);
  const rowHeight = (bodyHeight - titleHeight - rowGap * rows) / rows;
  const labelHeight = clamp(rowHeight * 0.16, 12, 34);
  const innerGap = clamp(rowHeight * 0.04, 2, 10);
  const slots = planSlots(columnWidth, rowHeight - labelHeight - innerGap, innerGap);
  const needFont = clamp(slots.pieceHeight / 4.2, MIN_FONT, 40);

  tables.forEach((table, column) => {
    const x = margin + column * (columnWidth + columnGap);
    layout.tables.push({
      id: table.id,
      rect: rect(x, top, columnWidth, bodyHeight),
      title: rect(x, top, columnWidth, titleHeight),
      fontSize: clamp(titleHeight / 2.8, MIN_FONT, 32),
    });
    table.subtables.forEach((subtable, row) => {
      const y = top + titleHeight + rowGap + row * (rowHeight + rowGap);
      layout.subtables.push({
        id: subtable.id,
        tableId: table.id,
        rect: rect(x, y, columnWidth, rowHeight),
        label: rect(x, y, columnWidth, labelHeight),
        fontSize: clamp(labelHeight * 0.8, MIN_FONT, 28),
      });
      for (let slot = 0; slot < NEED_SLOTS; slot += 1) {
        const slotX = x + (slot % slots.columns) * (slots.slotWidth + innerGap);
        const slotY =
          y + labelHeight + innerGap + Math.floor(slot / slots.columns) * (slots.slotHeight + innerGap);
        placeSlot(
          layout,
          subtable.id,
          subtable.needs[slot],
          slot,
          rect(slotX, slotY, slots.slotWidth, slots.slotHeight),
          slots.pieceHeight,
          needFont,
        );
      }
    });
  });
  return layout;
}

function placeSlot(
  layout: PuzzleLayout,
  subtableId: string,
  need: LayoutNeed | undefined,
  slot: number,
  area: Rect,
  pieceHeight: number,
  font: number,
) {
  const share = shares(area.width);
  const needWidth = area.width * share.need;
  const solutionWidth = area.width * share.solution;
  const tab = Math.min(pieceHeight * 0.22, needWidth * 0.12);
  const needRect = rect(area.x, area.y, needWidth, pieceHeight);
  const solutionRect = rect(area.x + needWidth, area.y, solutionWidth, pieceHeight);
  if (!need) {
    if (slot === 0) layout.sockets.push({ key: `${subtableId}:need`, kind: "need", rect: needRect, tab });
    return;
  }
  layout.needs.push({ id: need.id, subtableId, rect: needRect, fontSize: font, tab });
  if (!need.solution) {
    layout.sockets.push({ key: `${need.id}:solution`, kind: "solution", rect: solutionRect, tab });
    return;
  }
  const solution = need.solution;
  layout.solutions.push({ id: solution.id, needId: need.id, rect: solutionRect, fontSize: font, tab });

  // Plan items hang from the solution in the slot's last column, one under the other.
  const planX = area.x + needWidth + solutionWidth;
  const planWidth = area.width - needWidth - solutionWidth;
  const gap = clamp(area.height * 0.04, 1, 6);
  const itemHeight = clamp((area.height - 2 * gap) / 3, 10, font * 2.2);
  const fits = Math.max(1, Math.floor((area.height + gap) / (itemHeight + gap)));
  const count = solution.planItemIds.length;
  const shown = count > fits ? fits - 1 : count;
  const itemFont = clamp(itemHeight / 2, MIN_FONT * 0.8, 24);
  const inset = planWidth * 0.08;
  solution.planItemIds.slice(0, shown).forEach((id, index) => {
    layout.planItems.push({
      id,
      solutionId: solution.id,
      rect: rect(planX + inset, area.y + index * (itemHeight + gap), planWidth - inset, itemHeight),
      fontSize: itemFont,
    });
  });
  if (count > shown) {
    layout.overflows.push({
      solutionId: solution.id,
      rect: rect(planX + inset, area.y + shown * (itemHeight + gap), planWidth - inset, itemHeight),
      hidden: count - shown,
      fontSize: itemFont,
    });
  }
}

/** Do two boxes share any area? Boxes that only touch along an edge do not. */
export function overlaps(a: Rect, b: Rect, epsilon = 0.01): boolean {
  return (
    a.x < b.x + b.width - epsilon &&
    b.x < a.x + a.width - epsilon &&
    a.y < b.y + b.height - epsilon &&
    b.y < a.y + a.height - epsilon
  );
}

// ——— Shapes: the outline of a piece with its tab or notch ———

/**
 * The SVG path of a puzzle piece in `r`: with `tabRight` > 0 a knob sticks out of its right edge (the need);
 * with `notchLeft` > 0 its left edge has the matching hollow (the solution), so the two interlock.
 */
export function piecePath(
  r: Rect,
  { tabRight = 0, notchLeft = 0 }: { tabRight?: number; notchLeft?: number },
): string {
  const { x, y, width: w, height: h } = r;
  const radius = Math.min(8, h * 0.08, w * 0.05);
  const f = (n: number) => Math.round(n * 10) / 10;
  const knob = (edgeX: number, size: number, direction: 1 | -1, downwards: boolean) => {
    // A round knob centred on the edge's middle: neck, bulb, neck.
    const mid = y + h / 2;
    const neck = size * 0.55;
    const sign = downwards ? 1 : -1;
    const start = mid - sign * neck;
    const end = mid + sign * neck;
    const out = edgeX + direction * size;
    return `L${f(edgeX)},${f(start)} C${f(edgeX + direction * size * 0.2)},${f(start)} ${f(out)},${f(mid - sign * size * 1.1)} ${f(out)},${f(mid)} C${f(out)},${f(mid + sign * size * 1.1)} ${f(edgeX + direction * size * 0.2)},${f(end)} ${f(edgeX)},${f(end)} `;
  };
  let d = `M${f(x + radius)},${f(y)} L${f(x + w - radius)},${f(y)} Q${f(x + w)},${f(y)} ${f(x + w)},${f(y + radius)} `;
  if (tabRight > 0) d += knob(x + w, tabRight, 1, true);
  d += `L${f(x + w)},${f(y + h - radius)} Q${f(x + w)},${f(y + h)} ${f(x + w - radius)},${f(y + h)} L${f(x + radius)},${f(y + h)} Q${f(x)},${f(y + h)} ${f(x)},${f(y + h - radius)} `;
  if (notchLeft > 0) d += knob(x, notchLeft, 1, false);
  d += `L${f(x)},${f(y + radius)} Q${f(x)},${f(y)} ${f(x + radius)},${f(y)} Z`;
  return d;
}

// ——— Text: wrap into lines that fit a box, shrinking the type down to a floor, then cutting with "…" ———

export interface FittedText {
  fontSize: number;
  lines: string[];
}

/** Average advance of a character of a bold sans-serif face, in ems: an estimate that errs wide. */
const CHAR_WIDTH = 0.6;
const LINE_HEIGHT = 1.18;

export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > maxChars) {
      if (line) {
        lines.push(line);
        line = "";
      }
      lines.push(rest.slice(0, maxChars));
      rest = rest.slice(maxChars);
    }
    if (!rest) continue;
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= maxChars) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function fitText(
  text: string,
  width: number,
  height: number,
  maxFont: number,
  minFont = MIN_FONT,
): FittedText {
  for (let fontSize = Math.floor(maxFont); fontSize >= minFont; fontSize -= 1) {
    const maxChars = Math.max(1, Math.floor(width / (fontSize * CHAR_WIDTH)));
    const lines = wrapWords(text, maxChars);
    if (lines.length * fontSize * LINE_HEIGHT <= height) return { fontSize, lines };
  }
  const fontSize = Math.max(1, Math.min(minFont, Math.floor(maxFont)));
  const maxChars = Math.max(1, Math.floor(width / (fontSize * CHAR_WIDTH)));
  const maxLines = Math.max(1, Math.floor(height / (fontSize * LINE_HEIGHT)));
  const lines = wrapWords(text, maxChars);
  if (lines.length <= maxLines) return { fontSize, lines };
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, maxChars - 1)).trimEnd()}…`;
  return { fontSize, lines: kept };
}

export const lineHeight = (fontSize: number) => fontSize * LINE_HEIGHT;
