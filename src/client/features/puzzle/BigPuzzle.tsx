import "./big-puzzle.css";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  fitText,
  type LayoutMode,
  layoutPuzzle,
  lineHeight,
  piecePath,
  type Rect,
} from "../../../domain/puzzle/layout";
import { estimateClockOffset, formatCountdown, timerView } from "../../../domain/puzzle/phases";
import type { PuzzleBoardDto } from "../../../shared/schemas/puzzle";
import { useLegend } from "../../app/legend";
import { useLang, useT } from "../../i18n/lang";
import { useLiveEvents } from "../../live/useLiveEvents";
import { boardWithEvent, countsByTable, layoutTables } from "./board";
import { dueLabel, PHASE_LABELS } from "./labels";
import { useServerNow } from "./PhaseClock";

export const FRAME = { width: 1920, height: 1080 } as const;
const NEED_BLUE = "#1e3a8a";
const INK = "#0f172a";

export interface BigPuzzleProps {
  assemblyId: string;
  /** The projector screen's key; staff with a session need none. */
  screenKey?: string | undefined;
  /** Only this table: a table's own page, or the table the console chose. */
  tableId?: string | null | undefined;
  /** One table at a time, cycling every `cycleSeconds` (when no table is fixed). */
  focus?: boolean;
  cycleSeconds?: number;
}

/** Lines of text inside a box, centred vertically, clipped to what fits. */
function TextBox({
  text,
  box,
  maxFont,
  fill,
  weight = 700,
  align = "start",
}: {
  text: string;
  box: Rect;
  maxFont: number;
  fill: string;
  weight?: number;
  align?: "start" | "middle";
}) {
  const fitted = fitText(text, box.width, box.height, maxFont, Math.min(9, maxFont));
  const height = fitted.lines.length * lineHeight(fitted.fontSize);
  const top = box.y + (box.height - height) / 2 + fitted.fontSize * 0.9;
  const x = align === "middle" ? box.x + box.width / 2 : box.x;
  return (
    <text x={x} y={top} fontSize={fitted.fontSize} fontWeight={weight} fill={fill} textAnchor={align}>
      {fitted.lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one text never reorder.
        <tspan key={i} x={x} dy={i === 0 ? 0 : lineHeight(fitted.fontSize)}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

const inset = (r: Rect, dx: number, dy = dx, right = dx): Rect => ({
  x: r.x + dx,
  y: r.y + dy,
  width: Math.max(1, r.width - dx - right),
  height: Math.max(1, r.height - 2 * dy),
});

/**
 * The big solidarity puzzle, live: per table (its axis colour) and sub-table, each blue need interlocks with
 * its solution and the work plan hangs from it; new pieces animate in as they are saved anywhere. The convenio
 * legend and the pieces per table stay on screen. The run-of-day projector mounts it as its puzzle view.
 */
export function BigPuzzle({
  assemblyId,
  screenKey,
  tableId = null,
  focus = false,
  cycleSeconds = 20,
}: BigPuzzleProps) {
  const t = useT();
  const { lang } = useLang();
  const [board, setBoard] = useState<PuzzleBoardDto | null>(null);
  const [offset, setOffset] = useState(0);
  const [focusIndex, setFocusIndex] = useState(0);
  const known = useRef<Set<string> | null>(null);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());

  const load = useCallback(async () => {
    const sent = Date.now();
    const query = screenKey ? `?key=${encodeURIComponent(screenKey)}` : "";
    try {
      const response = await fetch(`/api/puzzle/assemblies/${assemblyId}/board${query}`, {
        credentials: "same-origin",
        headers: { accept: "application/json" },
      });
      if (!response.ok) return;
      const next = (await response.json()) as PuzzleBoardDto;
      setOffset(estimateClockOffset(sent, next.serverTime, Date.now()));
      setBoard(next);
    } catch {
      // Keep showing the last board; the live view's reconnection reads it again.
    }
  }, [assemblyId, screenKey]);

  const live = useLiveEvents(
    assemblyId,
    (event) => {
      setBoard((current) => {
        if (!current) return current;
        const next = boardWithEvent(current, event);
        if (next === null) void load();
        return next ?? current;
      });
    },
    screenKey,
  );
  useEffect(() => {
    if (live.connected) void load();
  }, [live.connected, load]);
  useEffect(() => {
    void load();
  }, [load]);

  // Pieces that arrive after the first reading animate in.
  useEffect(() => {
    if (!board) return;
    const ids = [...board.needs, ...board.solutions, ...board.planItems].map((p) => p.id);
    if (known.current === null) {
      known.current = new Set(ids);
      return;
    }
    const added = ids.filter((id) => !known.current!.has(id));
    if (added.length === 0) return;
    for (const id of added) known.current.add(id);
    setFresh((f) => new Set([...f, ...added]));
    const timer = setTimeout(
      () => setFresh((f) => new Set([...f].filter((id) => !added.includes(id)))),
      4000,
    );
    return () => clearTimeout(timer);
  }, [board]);

  const tableCount = board?.tables.length ?? 0;
  const cycling = !tableId && focus && tableCount > 1;
  useEffect(() => {
    if (!cycling) return;
    const timer = setInterval(() => setFocusIndex((i) => (i + 1) % tableCount), cycleSeconds * 1000);
    return () => clearInterval(timer);
  }, [cycling, tableCount, cycleSeconds]);

  useLegend(board?.assembly.legend);
  const now = useServerNow(offset);
  const tables = useMemo(() => (board ? layoutTables(board) : []), [board]);
  if (!board) return <div className="big-puzzle big-puzzle--loading" />;

  const focusedId = tableId ?? (focus ? board.tables[focusIndex % Math.max(1, tableCount)]?.id : undefined);
  const mode: LayoutMode = focusedId ? { kind: "focus", tableId: focusedId } : { kind: "overview" };
  const layout = layoutPuzzle(tables, FRAME, mode);
  const counts = countsByTable(board);
  const total = board.needs.length + board.solutions.length + board.planItems.length;
  const tableOf = new Map(board.tables.map((table) => [table.id, table]));
  const subtableOf = new Map(
    board.tables.flatMap((table) => table.subtables.map((s) => [s.id, { ...s, color: table.color }])),
  );
  const needOf = new Map(board.needs.map((n) => [n.id, n]));
  const solutionOf = new Map(board.solutions.map((s) => [s.id, s]));
  const itemOf = new Map(board.planItems.map((p) => [p.id, p]));
  const colorOfSolution = (id: string) => {
    const solution = solutionOf.get(id);
    return (solution && tableOf.get(solution.tableId)?.color) ?? INK;
  };
  const enter = (id: string) => (fresh.has(id) ? "bp-piece bp-piece--new" : "bp-piece");
  const sameForAll = board.tables.every(
    (table) =>
      table.timer.phase === board.tables[0]?.timer.phase &&
      table.timer.startedAt === board.tables[0]?.timer.startedAt,
  );
  const headerTimer = focusedId
    ? tableOf.get(focusedId)?.timer
    : sameForAll
      ? board.tables[0]?.timer
      : undefined;
  const headerView = headerTimer ? timerView(headerTimer, now) : null;
  const chipWidth = (FRAME.width - 48) / Math.max(1, counts.length);

  return (
    <div className="big-puzzle">
      <p className="visually-hidden" aria-live="polite">
        {t("puzzle.board.total", { pieces: total })}
        {". "}
        {counts
          .map(
            (c) =>
              `${tableOf.get(c.tableId)?.name}: ${t("puzzle.board.counter", { needs: c.needs, solutions: c.solutions, plan: c.planItems })}`,
          )
          .join(". ")}
      </p>
      <svg
        className="big-puzzle__svg"
        viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
        role="img"
        aria-labelledby="bp-title bp-desc"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id="bp-title">{`${t("puzzle.board.title")} · ${board.assembly.name}`}</title>
        <desc id="bp-desc">{t("puzzle.board.description", { tables: board.tables.length })}</desc>
        <rect width={FRAME.width} height={FRAME.height} fill="#ffffff" />

        {/* Header: title, phase and countdown, pieces per table */}
        <rect x={0} y={0} width={FRAME.width} height={layout.header.height} fill="#f1f5f9" />
        <text x={24} y={46} fontSize={36} fontWeight={800} fill={INK}>
          {focusedId
            ? `${t("puzzle.title")} · ${tableOf.get(focusedId)?.position}. ${tableOf.get(focusedId)?.name}`
            : t("puzzle.board.title")}
        </text>
        {headerView ? (
          <text
            x={FRAME.width - 24}
            y={46}
            fontSize={36}
            fontWeight={800}
            fill={headerView.timeUp ? "#a4161a" : INK}
            textAnchor="end"
            className="bp-clock"
          >
            {`${t(PHASE_LABELS[headerView.phase])}${headerView.phase === "idle" || headerView.phase === "done" ? "" : ` · ${formatCountdown(headerView.remainingMs)}`}`}
          </text>
        ) : null}
        {counts.map((count, i) => {
          const table = tableOf.get(count.tableId)!;
          const x = 24 + i * chipWidth;
          return (
            <g key={count.tableId}>
              <rect x={x} y={64} width={22} height={46} rx={4} fill={table.color} />
              <TextBox
                text={`${table.position}. ${t("puzzle.board.counterShort", { pieces: count.needs + count.solutions + count.planItems })}`}
                box={{ x: x + 30, y: 60, width: chipWidth - 40, height: 28 }}
                maxFont={24}
                fill={INK}
                weight={800}
              />
              <TextBox
                text={t("puzzle.board.counter", {
                  needs: count.needs,
                  solutions: count.solutions,
                  plan: count.planItems,
                })}
                box={{ x: x + 30, y: 88, width: chipWidth - 40, height: 24 }}
                maxFont={18}
                fill={INK}
                weight={500}
              />
            </g>
          );
        })}

        {layout.tables.map((box) => {
          const table = tableOf.get(box.id)!;
          const view = timerView(table.timer, now);
          const running = view.phase !== "idle" && view.phase !== "done";
          return (
            <g key={box.id}>
              <rect
                x={box.rect.x}
                y={box.rect.y}
                width={box.rect.width}
                height={box.rect.height}
                rx={10}
                fill="none"
                stroke={table.color}
                strokeWidth={3}
              />
              <rect
                x={box.title.x}
                y={box.title.y}
                width={box.title.width}
                height={box.title.height}
                rx={10}
                fill={table.color}
              />
              <TextBox
                text={`${table.position}. ${table.name}${mode.kind === "overview" && running ? ` · ${formatCountdown(view.remainingMs)}` : ""}`}
                box={inset(box.title, 12, 4)}
                maxFont={box.fontSize}
                fill="#ffffff"
              />
            </g>
          );
        })}

        {layout.subtables.map((box) => (
          <TextBox
            key={box.id}
            text={t("puzzle.capture.subtable", { label: subtableOf.get(box.id)?.name ?? "" })}
            box={inset(box.label, 6, 0)}
            maxFont={box.fontSize}
            fill={INK}
            weight={600}
          />
        ))}

        {layout.sockets.map((socket) => (
          <path
            key={socket.key}
            d={
              socket.kind === "need"
                ? piecePath(socket.rect, { tabRight: socket.tab })
                : piecePath(socket.rect, { notchLeft: socket.tab })
            }
            fill="none"
            stroke="#94a3b8"
            strokeWidth={2}
            strokeDasharray="8 6"
          />
        ))}

        {layout.solutions.map((box) => {
          const solution = solutionOf.get(box.id);
          const color = colorOfSolution(box.id);
          return (
            <g key={box.id} className={enter(box.id)} data-piece="solution">
              <title>{solution?.description}</title>
              <path
                d={piecePath(box.rect, { notchLeft: box.tab })}
                fill="#ffffff"
                stroke={color}
                strokeWidth={4}
              />
              <TextBox
                text={solution?.description ?? ""}
                box={inset(
                  box.rect,
                  box.tab * 2 + box.rect.height * 0.06,
                  box.rect.height * 0.08,
                  box.rect.height * 0.1,
                )}
                maxFont={box.fontSize}
                fill={INK}
                weight={600}
              />
            </g>
          );
        })}

        {layout.needs.map((box) => (
          <g key={box.id} className={enter(box.id)} data-piece="need">
            <title>{needOf.get(box.id)?.title}</title>
            <path
              d={piecePath(box.rect, { tabRight: box.tab })}
              fill={NEED_BLUE}
              stroke="#ffffff"
              strokeWidth={2}
            />
            <TextBox
              text={needOf.get(box.id)?.title ?? ""}
              box={inset(box.rect, box.rect.height * 0.1, box.rect.height * 0.08)}
              maxFont={box.fontSize}
              fill="#ffffff"
            />
          </g>
        ))}

        {layout.planItems.map((box) => {
          const item = itemOf.get(box.id);
          const color = colorOfSolution(box.solutionId);
          const solution = layout.solutions.find((s) => s.id === box.solutionId);
          const from = solution
            ? { x: solution.rect.x + solution.rect.width, y: solution.rect.y + solution.rect.height / 2 }
            : null;
          return (
            <g key={box.id} className={enter(box.id)}>
              {from ? (
                <path
                  d={`M${from.x},${from.y} L${box.rect.x - 4},${box.rect.y + box.rect.height / 2}`}
                  stroke={color}
                  strokeWidth={2}
                  fill="none"
                />
              ) : null}
              <rect
                x={box.rect.x}
                y={box.rect.y}
                width={box.rect.width}
                height={box.rect.height}
                rx={6}
                fill="#f8fafc"
                stroke={color}
                strokeWidth={2}
              />
              <TextBox
                text={item ? `${item.owner} · ${dueLabel(item.due, lang, t, "short")}` : ""}
                box={inset(box.rect, 6, 2)}
                maxFont={box.fontSize}
                fill={INK}
                weight={600}
              />
            </g>
          );
        })}

        {layout.overflows.map((box) => (
          <TextBox
            key={`more-${box.solutionId}`}
            text={t("puzzle.board.more", { count: box.hidden })}
            box={box.rect}
            maxFont={box.fontSize}
            fill={INK}
          />
        ))}

        {total === 0 ? (
          <text
            x={FRAME.width / 2}
            y={FRAME.height / 2}
            fontSize={48}
            fontWeight={700}
            fill="#475569"
            textAnchor="middle"
          >
            {t("puzzle.board.waiting")}
          </text>
        ) : null}

        {/* The convenio legend, always on screen */}
        <rect x={0} y={layout.footer.y} width={FRAME.width} height={layout.footer.height} fill={INK} />
        <TextBox
          text={board.assembly.legend}
          box={inset(layout.footer, 24, 8)}
          maxFont={30}
          fill="#ffffff"
          weight={600}
          align="middle"
        />
      </svg>
      {live.connected ? null : (
        <p className="big-puzzle__offline" role="status">
          {t("puzzle.board.offline")}
        </p>
      )}
    </div>
  );
}
