import type { PlenaryAgendaDto } from "../../shared/schemas/plenary";
import type { VoteDto } from "../../shared/schemas/vote";
import { subtables } from "../db/schema";
import { checkIn, registeredAssembly } from "./allocation-fixtures";
import type { Client, TestContext } from "./app";

export interface PlenarySubtable {
  id: string;
  tableId: string;
  label: string;
}

/** A paper sheet with one need, its solution and its plan items, as a sub-table fills it. */
export function sheet(
  title: string,
  plan: { action: string; owner: string; due: string }[],
  organizations = ["Coopcacao"],
) {
  return {
    needs: [
      {
        title,
        description: "",
        affectedGroups: [],
        solution: {
          description: `Solución para ${title.toLowerCase()}`,
          cooperationForm: "trabajo_en_red",
          organizations,
          plan: plan.map((item) => ({ ...item, resources: "" })),
        },
      },
    ],
  };
}

/**
 * An assembly of 20 registered people (ten checked in) whose tables have two sub-tables each, with the same need
 * written twice on two sub-tables of the first table and another need on the second table.
 */
export async function plenaryAssembly(ctx: TestContext) {
  const base = await registeredAssembly(ctx, 20);
  const subs: PlenarySubtable[] = await ctx.database.db
    .insert(subtables)
    .values(
      base.tables.flatMap((table, t) =>
        [1, 2].map((position) => ({
          assemblyId: base.assemblyId,
          tableId: table.id,
          position,
          label: `${t + 1}.${position}`,
        })),
      ),
    )
    .returning({ id: subtables.id, tableId: subtables.tableId, label: subtables.label });
  const [first, second, other] = subs;
  const paper = async (sub: PlenarySubtable, body: unknown) => {
    const response = await base.operator.post(`/api/puzzle/subtables/${sub.id}/paper`, body);
    if (response.statusCode !== 200) throw new Error(`paper: ${response.statusCode} ${response.body}`);
  };
  await paper(
    first!,
    sheet("Falta de crédito para el cacao", [
      { action: "Crear un fondo rotatorio", owner: "Coopcacao", due: "2024-Q1" },
      { action: "Gestionar línea con Finagro", owner: "Unidad Solidaria", due: "2026-Q4" },
    ]),
  );
  await paper(
    second!,
    sheet("Crédito caro para cacaoteros", [
      { action: "Capacitar en finanzas solidarias", owner: "UNAD", due: "2025-Q2" },
    ]),
  );
  await paper(
    other!,
    sheet("Poca formación en cooperativismo", [
      { action: "Escuela de cooperativismo", owner: "SENA", due: "2025-03" },
    ]),
  );
  await checkIn(ctx, base.assemblyId, base.ids.slice(0, 10));
  return {
    ...base,
    subs,
    first: first!,
    second: second!,
    other: other!,
    tableId: first!.tableId,
    otherTableId: other!.tableId,
  };
}

export async function agendaOf(client: Client, assemblyId: string): Promise<PlenaryAgendaDto> {
  const response = await client.get(`/api/assemblies/${assemblyId}/plenary`);
  if (response.statusCode !== 200) throw new Error(`plenary: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** Opens a hand-count vote and closes it with the given counts. */
export async function handVote(
  client: Client,
  assemblyId: string,
  tableId: string | null,
  counts: { for: number; against: number; abstain: number },
): Promise<VoteDto> {
  const opened = await client.post(`/api/assemblies/${assemblyId}/votes`, { tableId, method: "hand" });
  if (opened.statusCode !== 201) throw new Error(`open vote: ${opened.statusCode} ${opened.body}`);
  const closed = await client.post(`/api/votes/${opened.json().id}/close`, { counts });
  if (closed.statusCode !== 200) throw new Error(`close vote: ${closed.statusCode} ${closed.body}`);
  return closed.json();
}

/** The whole agenda approved by a show of hands and locked. */
export async function approveAndLock(client: Client, assemblyId: string) {
  await handVote(client, assemblyId, null, { for: 8, against: 1, abstain: 0 });
  const locked = await client.post(`/api/assemblies/${assemblyId}/plenary/lock`);
  if (locked.statusCode !== 200) throw new Error(`lock: ${locked.statusCode} ${locked.body}`);
  return locked.json();
}
