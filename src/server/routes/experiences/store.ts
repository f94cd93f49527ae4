import { and, asc, eq, max } from "drizzle-orm";
import {
  criteriaSummary,
  DEFAULT_CRITERIA,
  DEFAULT_GUIDING_QUESTIONS,
} from "../../../domain/experiences/criteria";
import { applyTimerAction, type TimerAction } from "../../../domain/experiences/timer";
import type {
  ExperienceDto,
  ExperienceInput,
  ExperiencesDto,
  ExperienceTemplateInput,
  SystematisationInput,
} from "../../../shared/schemas/experience";
import type { Tx } from "../../db/client";
import { experienceSystematisations, experiences, experienceTemplates } from "../../db/schema";
import { AppError, notFound } from "../../errors";
import { divipola } from "../../places";

export async function getTemplate(db: Tx, assemblyId: string): Promise<ExperienceTemplateInput> {
  const [row] = await db
    .select()
    .from(experienceTemplates)
    .where(eq(experienceTemplates.assemblyId, assemblyId));
  return row
    ? { guidingQuestions: row.guidingQuestions, criteria: row.criteria }
    : { guidingQuestions: [...DEFAULT_GUIDING_QUESTIONS], criteria: [...DEFAULT_CRITERIA] };
}

export async function saveTemplate(
  tx: Tx,
  assemblyId: string,
  input: ExperienceTemplateInput,
): Promise<void> {
  const values = { ...input, updatedAt: new Date() };
  await tx
    .insert(experienceTemplates)
    .values({ assemblyId, ...values })
    .onConflictDoUpdate({ target: experienceTemplates.assemblyId, set: values });
}

export async function listExperiences(db: Tx, assemblyId: string): Promise<ExperienceDto[]> {
  const rows = await db
    .select({ experience: experiences, notes: experienceSystematisations })
    .from(experiences)
    .leftJoin(experienceSystematisations, eq(experienceSystematisations.experienceId, experiences.id))
    .where(eq(experiences.assemblyId, assemblyId))
    .orderBy(asc(experiences.position), asc(experiences.createdAt));
  const places = divipola();
  return rows.map(({ experience: e, notes }) => ({
    id: e.id,
    position: e.position,
    organization: e.organization,
    presenter: e.presenter,
    municipalityCode: e.municipalityCode,
    municipalityName: places.municipality(e.municipalityCode)?.name ?? e.municipalityCode,
    theme: e.theme,
    durationSeconds: e.durationSeconds,
    timerStartedAt: e.timerStartedAt?.toISOString() ?? null,
    timerStoppedAt: e.timerStoppedAt?.toISOString() ?? null,
    systematisation: {
      contributions: notes?.contributions ?? "",
      learnings: notes?.learnings ?? "",
      difficulties: notes?.difficulties ?? "",
      opportunities: notes?.opportunities ?? "",
      criteria: notes?.criteria ?? [],
      updatedAt: notes?.updatedAt.toISOString() ?? null,
    },
  }));
}

/** Momento 3 of an assembly as one page: template, experiences and the criteria summary. */
export async function experiencesPage(
  db: Tx,
  assemblyId: string,
  nowMs = Date.now(),
): Promise<ExperiencesDto> {
  const [template, list] = await Promise.all([getTemplate(db, assemblyId), listExperiences(db, assemblyId)]);
  const summary = criteriaSummary(
    template.criteria,
    list.map((e) => ({ id: e.id, criteria: e.systematisation.criteria })),
  );
  return { ...template, experiences: list, summary, serverTime: nowMs };
}

/** 404 unless the experience belongs to the assembly. */
export async function assertExperience(db: Tx, assemblyId: string, experienceId: string) {
  const [row] = await db
    .select()
    .from(experiences)
    .where(and(eq(experiences.id, experienceId), eq(experiences.assemblyId, assemblyId)));
  if (!row) throw notFound();
  return row;
}

function columns(input: ExperienceInput) {
  if (!divipola().municipality(input.municipalityCode)) {
    throw new AppError(
      "experience.unknown_municipality",
      { code: input.municipalityCode },
      { municipalityCode: "error.experience.unknown_municipality" },
    );
  }
  const { durationMinutes, ...rest } = input;
  return { ...rest, durationSeconds: durationMinutes * 60 };
}

export async function createExperience(tx: Tx, assemblyId: string, input: ExperienceInput): Promise<string> {
  const values = columns(input);
  const [last] = await tx
    .select({ position: max(experiences.position) })
    .from(experiences)
    .where(eq(experiences.assemblyId, assemblyId));
  const [row] = await tx
    .insert(experiences)
    .values({ ...values, assemblyId, position: (last?.position ?? 0) + 1 })
    .returning({ id: experiences.id });
  return row!.id;
}

export async function updateExperience(tx: Tx, experienceId: string, input: ExperienceInput): Promise<void> {
  await tx
    .update(experiences)
    .set({ ...columns(input), updatedAt: new Date() })
    .where(eq(experiences.id, experienceId));
}

export async function deleteExperience(tx: Tx, experienceId: string): Promise<void> {
  await tx.delete(experiences).where(eq(experiences.id, experienceId));
}

/** The given ids first, in that order; experiences not named keep their relative order after them. */
export async function reorderExperiences(tx: Tx, assemblyId: string, ids: string[]): Promise<void> {
  const current = (await listExperiences(tx, assemblyId)).map((e) => e.id);
  const order = [...ids.filter((id) => current.includes(id)), ...current.filter((id) => !ids.includes(id))];
  for (const [index, id] of order.entries())
    await tx
      .update(experiences)
      .set({ position: index + 1 })
      .where(eq(experiences.id, id));
}

/** Starts or stops one experience's timer; starting stops any other running in the assembly. */
export async function applyTimer(
  tx: Tx,
  assemblyId: string,
  experienceId: string,
  action: TimerAction,
  nowMs: number,
) {
  const rows = await tx
    .select()
    .from(experiences)
    .where(eq(experiences.assemblyId, assemblyId))
    .for("update");
  const timers = rows.map((r) => ({
    id: r.id,
    startedAt: r.timerStartedAt?.getTime() ?? null,
    stoppedAt: r.timerStoppedAt?.getTime() ?? null,
    durationSeconds: r.durationSeconds,
  }));
  const next = applyTimerAction(timers, experienceId, action, nowMs);
  for (const [index, timer] of next.entries()) {
    const before = timers[index]!;
    if (timer.startedAt === before.startedAt && timer.stoppedAt === before.stoppedAt) continue;
    await tx
      .update(experiences)
      .set({
        timerStartedAt: timer.startedAt === null ? null : new Date(timer.startedAt),
        timerStoppedAt: timer.stoppedAt === null ? null : new Date(timer.stoppedAt),
      })
      .where(eq(experiences.id, timer.id));
  }
}

/**
 * Saves what the systematiser recorded. Criteria come from the assembly's list; a tag already on the
 * experience stays valid after the list is edited.
 */
export async function saveSystematisation(
  tx: Tx,
  assemblyId: string,
  experienceId: string,
  input: SystematisationInput,
  userId: string,
): Promise<void> {
  const { criteria: listed } = await getTemplate(tx, assemblyId);
  const [existing] = await tx
    .select({ criteria: experienceSystematisations.criteria })
    .from(experienceSystematisations)
    .where(eq(experienceSystematisations.experienceId, experienceId));
  const allowed = new Set([...listed, ...(existing?.criteria ?? [])]);
  const criteria = [...new Set(input.criteria)];
  const unknown = criteria.findIndex((c) => !allowed.has(c));
  if (unknown >= 0) {
    throw new AppError(
      "experience.unknown_criterion",
      { criterion: criteria[unknown]! },
      { criteria: "error.experience.unknown_criterion" },
    );
  }
  const values = { ...input, criteria, updatedBy: userId, updatedAt: new Date() };
  await tx
    .insert(experienceSystematisations)
    .values({ experienceId, ...values })
    .onConflictDoUpdate({ target: experienceSystematisations.experienceId, set: values });
}
