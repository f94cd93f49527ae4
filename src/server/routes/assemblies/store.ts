import { asc, count, eq, inArray, or } from "drizzle-orm";
import { type AgendaBlockDraft, fromClock, toClock } from "../../../domain/agenda/blocks";
import { seedAgenda } from "../../../domain/agenda/seed-agenda";
import { agendaProblems } from "../../../domain/agenda/validate";
import type {
  AgendaBlockInput,
  AssemblyDto,
  AssemblyInput,
  AssemblyStatus,
  AssemblySummaryDto,
  AssemblyTableDto,
  AssemblyUpdate,
} from "../../../shared/schemas/assembly";
import type { Actor, Scope } from "../../auth/actor";
import type { Db, Tx } from "../../db/client";
import { agendaBlocks, agreements, assemblies, assemblyTables, axes, registrations } from "../../db/schema";
import { AppError, notFound } from "../../errors";
import { divipola } from "../../places";

/**
 * Every request on an assembly checks its scope first. An assembly never changes convenio and is never
 * deleted, so each process reads a scope once (only of assemblies that exist).
 */
const knownScopes = new Map<string, Scope>();

/** The convenio an assembly belongs to, for authorisation; 404 when there is no such assembly. */
export async function assemblyScope(db: Tx, assemblyId: string): Promise<Scope> {
  const known = knownScopes.get(assemblyId);
  if (known) return known;
  const [row] = await db
    .select({ agreementId: assemblies.agreementId })
    .from(assemblies)
    .where(eq(assemblies.id, assemblyId));
  if (!row) throw notFound();
  const scope = { agreementId: row.agreementId, assemblyId };
  if (knownScopes.size >= 10_000) knownScopes.clear();
  knownScopes.set(assemblyId, scope);
  return scope;
}

export function assertPlace(departmentCode: string, municipalityCode: string): void {
  const municipality = divipola().municipality(municipalityCode);
  if (!municipality || municipality.departmentCode !== departmentCode) {
    throw new AppError(
      "place.unknown_municipality",
      { code: municipalityCode, department: departmentCode },
      { municipalityCode: "error.place.unknown_municipality" },
    );
  }
}

export function assertAgenda(blocks: AgendaBlockInput[]): (AgendaBlockDraft & { id?: string | undefined })[] {
  const drafts = blocks.map((b) => ({
    id: b.id,
    kind: b.kind,
    title: b.title,
    startMinute: fromClock(b.start) ?? 0,
    endMinute: fromClock(b.end) ?? 0,
    description: b.description,
    responsible: b.responsible,
  }));
  const [problem, ...rest] = agendaProblems(drafts);
  if (problem) {
    const fields: Record<string, string> = {};
    for (const p of [problem, ...rest]) {
      fields[`blocks.${p.index}.${p.code === "agenda.overlap" ? "start" : "end"}`] =
        p.code === "agenda.overlap" ? `Se cruza con «${p.first}».` : "Debe terminar después de empezar.";
    }
    const params: Record<string, string> =
      problem.code === "agenda.overlap"
        ? { first: problem.first, second: problem.second }
        : { title: problem.title };
    throw new AppError(problem.code, params, fields);
  }
  return drafts;
}

const summaryColumns = {
  assembly: assemblies,
  legend: agreements.legend,
};

function toSummary(
  row: { assembly: typeof assemblies.$inferSelect; legend: string },
  registrationCount: number,
): AssemblySummaryDto {
  const a = row.assembly;
  const places = divipola();
  return {
    id: a.id,
    agreementId: a.agreementId,
    name: a.name,
    departmentCode: a.departmentCode,
    departmentName: places.department(a.departmentCode)?.name ?? a.departmentCode,
    municipalityCode: a.municipalityCode,
    municipalityName: places.municipality(a.municipalityCode)?.name ?? a.municipalityCode,
    venue: a.venue,
    date: a.date,
    capacity: a.capacity,
    projectName: a.projectName,
    projectDescription: a.projectDescription,
    status: a.status as AssemblyStatus,
    legend: row.legend,
    registrations: registrationCount,
  };
}

async function registrationCounts(db: Tx, ids: string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ assemblyId: registrations.assemblyId, n: count() })
    .from(registrations)
    .where(inArray(registrations.assemblyId, ids))
    .groupBy(registrations.assemblyId);
  return new Map(rows.map((r) => [r.assemblyId, r.n]));
}

export async function listAssemblies(db: Db, actor: Actor): Promise<AssemblySummaryDto[]> {
  const none = "00000000-0000-0000-0000-000000000000";
  const visible =
    actor.role === "national_admin"
      ? undefined
      : or(
          inArray(assemblies.agreementId, [...actor.agreementIds, none]),
          inArray(assemblies.id, [...actor.assemblyIds, none]),
        );
  const rows = await db
    .select(summaryColumns)
    .from(assemblies)
    .innerJoin(agreements, eq(agreements.id, assemblies.agreementId))
    .where(visible)
    .orderBy(asc(assemblies.date), asc(assemblies.name));
  const counts = await registrationCounts(
    db,
    rows.map((r) => r.assembly.id),
  );
  return rows.map((row) => toSummary(row, counts.get(row.assembly.id) ?? 0));
}

export async function getAssembly(db: Tx, id: string): Promise<AssemblyDto> {
  const [row] = await db
    .select(summaryColumns)
    .from(assemblies)
    .innerJoin(agreements, eq(agreements.id, assemblies.agreementId))
    .where(eq(assemblies.id, id));
  if (!row) throw notFound();
  const [blocks, tables, counts] = await Promise.all([
    db.select().from(agendaBlocks).where(eq(agendaBlocks.assemblyId, id)).orderBy(asc(agendaBlocks.position)),
    listTables(db, id),
    registrationCounts(db, [id]),
  ]);
  return {
    ...toSummary(row, counts.get(id) ?? 0),
    agenda: blocks.map((b) => ({
      id: b.id,
      position: b.position,
      kind: b.kind as AgendaBlockInput["kind"],
      title: b.title,
      start: toClock(b.startMinute),
      end: toClock(b.endMinute),
      description: b.description,
      responsible: b.responsible,
    })),
    tables,
  };
}

export async function listTables(db: Tx, assemblyId: string): Promise<AssemblyTableDto[]> {
  const rows = await db
    .select({ table: assemblyTables, axisCode: axes.code })
    .from(assemblyTables)
    .leftJoin(axes, eq(axes.id, assemblyTables.axisId))
    .where(eq(assemblyTables.assemblyId, assemblyId))
    .orderBy(asc(assemblyTables.position));
  return rows.map(({ table, axisCode }) => ({
    id: table.id,
    axisId: table.axisId,
    axisCode,
    position: table.position,
    name: table.name,
    definition: table.definition,
    color: table.color,
    capacity: table.capacity,
    enabled: table.enabled,
  }));
}

/** A new assembly starts with the seed's agenda and one table per active national axis. */
export async function createAssembly(tx: Tx, input: AssemblyInput): Promise<string> {
  assertPlace(input.departmentCode, input.municipalityCode);
  const [row] = await tx.insert(assemblies).values(input).returning({ id: assemblies.id });
  const id = row!.id;
  await replaceAgenda(tx, id, seedAgenda());
  const activeAxes = await tx.select().from(axes).where(eq(axes.active, true)).orderBy(asc(axes.position));
  const perTable = Math.ceil(input.capacity / Math.max(activeAxes.length, 1));
  if (activeAxes.length) {
    await tx.insert(assemblyTables).values(
      activeAxes.map((axis, index) => ({
        assemblyId: id,
        axisId: axis.id,
        position: index + 1,
        name: axis.name,
        definition: axis.definition,
        color: axis.color,
        capacity: perTable,
      })),
    );
  }
  return id;
}

export async function updateAssembly(tx: Tx, id: string, input: AssemblyUpdate): Promise<void> {
  assertPlace(input.departmentCode, input.municipalityCode);
  await tx
    .update(assemblies)
    .set({ ...input, updatedAt: new Date() })
    .where(eq(assemblies.id, id));
}

/** Saves the agenda as given: blocks with a known id are updated in place, the others inserted, the missing deleted. */
export async function replaceAgenda(
  tx: Tx,
  assemblyId: string,
  blocks: (AgendaBlockDraft & { id?: string | undefined })[],
): Promise<void> {
  const existing = new Set(
    (
      await tx
        .select({ id: agendaBlocks.id })
        .from(agendaBlocks)
        .where(eq(agendaBlocks.assemblyId, assemblyId))
    ).map((b) => b.id),
  );
  const kept = new Set(blocks.flatMap((b) => (b.id && existing.has(b.id) ? [b.id] : [])));
  const removed = [...existing].filter((id) => !kept.has(id));
  if (removed.length) await tx.delete(agendaBlocks).where(inArray(agendaBlocks.id, removed));
  for (const [index, { id, ...block }] of blocks.entries()) {
    const values = { ...block, assemblyId, position: index + 1 };
    if (id && kept.has(id)) await tx.update(agendaBlocks).set(values).where(eq(agendaBlocks.id, id));
    else await tx.insert(agendaBlocks).values(values);
  }
}
