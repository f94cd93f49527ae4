import { eq } from "drizzle-orm";
import { clampStep, presentationSteps } from "../../../domain/plenary/approval";
import type {
  PlenaryConsoleDto,
  PlenaryScreenDto,
  PlenaryTableDto,
  ScreenControl,
} from "../../../shared/schemas/plenary";
import type { Tx } from "../../db/client";
import { plenaryScreens } from "../../db/schema";
import { notFound } from "../../errors";
import { getAssembly } from "../assemblies/store";
import { ensureScreen } from "../projector/screen-key";
import { listVotes } from "../votes/store";
import { plenaryTables, workingAgenda } from "./store";

async function screenRow(db: Tx, assemblyId: string): Promise<{ tableId: string | null; step: number }> {
  const [row] = await db.select().from(plenaryScreens).where(eq(plenaryScreens.assemblyId, assemblyId));
  return row ?? { tableId: null, step: 0 };
}

const stepsOf = (table: PlenaryTableDto | null) =>
  presentationSteps(table ? table.items.map((item) => item.id) : []);

/** What the plenary screen shows now. Call in a transaction. */
export async function plenaryScreen(tx: Tx, assemblyId: string): Promise<PlenaryScreenDto> {
  const working = await workingAgenda(tx, assemblyId);
  const [assembly, tables, state, votes] = await Promise.all([
    getAssembly(tx, assemblyId),
    plenaryTables(tx, assemblyId, working),
    screenRow(tx, assemblyId),
    listVotes(tx, assemblyId),
  ]);
  const table = tables.find((t) => t.id === state.tableId) ?? null;
  const steps = stepsOf(table);
  const step = clampStep(state.step, steps.length);
  const current = steps[step]!;
  const tableId = table?.id ?? null;
  return {
    assembly: {
      id: assembly.id,
      name: assembly.name,
      region: assembly.departmentName,
      legend: assembly.legend,
    },
    tableId,
    step,
    stepCount: steps.length,
    current: current.kind,
    table,
    item: current.kind === "item" ? (table?.items.find((item) => item.id === current.itemId) ?? null) : null,
    tables: tables.map((t) => ({
      id: t.id,
      position: t.position,
      name: t.name,
      color: t.color,
      items: t.items.map((item) => ({ id: item.id, title: item.title })),
    })),
    // Votes are listed latest first, the open one (if any) among them.
    vote: votes.find((vote) => vote.tableId === tableId) ?? null,
    serverTime: Date.now(),
  };
}

/** Moves the screen to a table (null: the whole agenda) and a step, kept within the steps there are. */
export async function moveScreen(tx: Tx, assemblyId: string, control: ScreenControl): Promise<void> {
  const working = await workingAgenda(tx, assemblyId);
  const tables = await plenaryTables(tx, assemblyId, working);
  const table = control.tableId === null ? null : tables.find((t) => t.id === control.tableId);
  if (table === undefined) throw notFound();
  const step = clampStep(control.step, stepsOf(table).length);
  const now = new Date();
  await tx
    .insert(plenaryScreens)
    .values({ assemblyId, tableId: control.tableId, step, updatedAt: now })
    .onConflictDoUpdate({
      target: plenaryScreens.assemblyId,
      set: { tableId: control.tableId, step, updatedAt: now },
    });
}

/** The moderator's view: the projector's key (the plenary screen opens with it) and where the screen stands. */
export async function plenaryConsole(tx: Tx, assemblyId: string): Promise<PlenaryConsoleDto> {
  const screen = await plenaryScreen(tx, assemblyId);
  const { screenKey } = await ensureScreen(tx, assemblyId);
  return { screenKey, tableId: screen.tableId, step: screen.step, stepCount: screen.stepCount };
}
