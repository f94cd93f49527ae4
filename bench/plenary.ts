// The agenda document of a full assembly: 5 tables × 5 sub-tables × 2 needs, each need with its solution and
// 3 plan items (150 commitments), 500 people registered, allies and a vote per table and for the whole agenda.
// acta.pdf_ms is what downloading the approved agenda costs (read the locked document, render the PDF);
// acta.draft_pdf_ms is the same before the lock, when the agenda and its possible associations are read live.

import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { eq } from "drizzle-orm";
import { generateDemoPeople } from "../src/domain/demo/people";
import { ARAUCA } from "../src/domain/demo/regions";
import { type Db, openDatabase } from "../src/server/db/client";
import { migrate } from "../src/server/db/migrate";
import {
  allies,
  assemblyTables,
  plenaryLocks,
  plenaryVotes,
  puzzleNeeds,
  puzzlePlanItems,
  puzzleSolutions,
  subtables,
} from "../src/server/db/schema";
import { ensureNationalAxes } from "../src/server/demo/reference-data";
import { insertPeople } from "../src/server/demo/seed";
import { agendaPdf } from "../src/server/documents/agenda-pdf";
import { agendaWorkbook } from "../src/server/documents/agenda-xlsx";
import { agendaDocument, associationsFor, draftDocument } from "../src/server/routes/agenda-document/content";
import { storeAgreement, storeAssembly } from "../src/server/testing/store-fixtures";
import { DEFAULT_PARTNER_LEGEND } from "../src/shared/schemas/agreement";
import { type Measure, round } from "./measure";

const SUBTABLES = 5;
const NEEDS = 2;
const PLAN_ITEMS = 3;
const RUNS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return median(times);
}

async function fill(db: Db): Promise<string> {
  await ensureNationalAxes(db);
  const agreementId = await storeAgreement(db, { legend: DEFAULT_PARTNER_LEGEND("002", 2023, "UNAD") });
  const assemblyId = await storeAssembly(db, agreementId, {
    name: "Asamblea Regional — PIT Arauca",
    venue: "Coliseo cubierto",
    projectName: "PIT Arauca: cadena del cacao",
  });
  const { people } = generateDemoPeople({ region: ARAUCA, count: 500, seed: 8, assemblyDate: "2023-11-18" });
  await insertPeople(db, assemblyId, people, "demo");
  await db.insert(allies).values(
    ["Agencia de Desarrollo Rural", "SENA Regional Arauca", "Gobernación de Arauca"].map((institution) => ({
      assemblyId,
      institution,
      kind: "nacional",
      offer: "Cofinanciación y asistencia técnica para organizaciones solidarias",
      pitContribution: "Acompañamiento a la cadena del cacao",
    })),
  );
  const tables = await db.select().from(assemblyTables).where(eq(assemblyTables.assemblyId, assemblyId));
  for (const table of tables) {
    const subs = await db
      .insert(subtables)
      .values(
        Array.from({ length: SUBTABLES }, (_, i) => ({
          assemblyId,
          tableId: table.id,
          position: i + 1,
          label: `${table.position}.${i + 1}`,
        })),
      )
      .returning({ id: subtables.id, label: subtables.label });
    for (const sub of subs) {
      const base = { assemblyId, tableId: table.id, subtableId: sub.id, updatedBy: "Banco de pruebas" };
      for (let n = 1; n <= NEEDS; n += 1) {
        const needId = randomUUID();
        const solutionId = randomUUID();
        await db.insert(puzzleNeeds).values({
          ...base,
          id: needId,
          title: `Necesidad ${n} de la sub-mesa ${sub.label}: acceso a mercados para el cacao`,
        });
        await db.insert(puzzleSolutions).values({
          ...base,
          id: solutionId,
          needId,
          description:
            "Centro de acopio comunitario administrado por las asociaciones cacaoteras del municipio",
          cooperationForm: "asociatividad",
          organizations: [
            "Asociación de Cacaoteros de Arauca",
            "Cooperativa Multiactiva del Sarare",
            "SENA Regional Arauca",
          ],
        });
        await db.insert(puzzlePlanItems).values(
          Array.from({ length: PLAN_ITEMS }, (_, p) => ({
            ...base,
            id: randomUUID(),
            solutionId,
            action: `Acción ${p + 1}: formular y gestionar el proyecto de centro de acopio con las asociaciones`,
            owner: "Asociación de Cacaoteros de Arauca",
            due: `${2024 + p}-Q${1 + n}`,
            resources: "Cofinanciación ADR, aportes en especie de las asociaciones",
          })),
        );
      }
    }
  }
  const closed = (tableId: string | null) => ({
    assemblyId,
    tableId,
    method: "hand",
    quorumKind: "majority",
    majority: "simple",
    quorumBasis: 450,
    status: "closed",
    closedAt: new Date(),
    votesFor: 300,
    votesAgainst: 40,
    votesAbstain: 20,
    quorumRequired: 226,
    quorumMet: true,
    outcome: "approved",
  });
  await db.insert(plenaryVotes).values([...tables.map((table) => closed(table.id)), closed(null)]);
  return assemblyId;
}

export async function run(): Promise<Measure[]> {
  const database = await openDatabase({});
  try {
    await migrate(database);
    const { db } = database;
    const assemblyId = await fill(db);
    const download = async (render: typeof agendaPdf) =>
      render(await agendaDocument(db, assemblyId, "es"), "es");
    const draftMs = await timed(() => download(agendaPdf));
    const associations = await associationsFor(db, assemblyId, "es");
    const document = await db.transaction((tx) => draftDocument(tx, assemblyId, associations));
    await db.insert(plenaryLocks).values({
      assemblyId,
      document: { ...document, approvedAt: new Date().toISOString() },
      lockedByLabel: "Banco de pruebas",
    });
    const pdfMs = await timed(() => download(agendaPdf));
    const xlsxMs = await timed(() => download(agendaWorkbook));
    return [
      { name: "acta.pdf_ms", value: round(pdfMs), unit: "ms" },
      { name: "acta.draft_pdf_ms", value: round(draftMs), unit: "ms" },
      { name: "acta.xlsx_ms", value: round(xlsxMs), unit: "ms" },
    ];
  } finally {
    await database.close();
  }
}
