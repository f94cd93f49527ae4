import { and, asc, eq, max } from "drizzle-orm";
import { linkKind } from "../../../domain/files/link-kind";
import type {
  ProjectorConsoleDto,
  ProjectorControl,
  ProjectorScreenDto,
  ProjectorStateDto,
  ProjectorView,
  SlideDto,
  SlideKind,
} from "../../../shared/schemas/projector";
import type { Tx } from "../../db/client";
import { assemblyTables, experiences, projectorScreens, slides } from "../../db/schema";
import { AppError, notFound } from "../../errors";
import type { StoredFile } from "../../files/uploads";
import { getAssembly } from "../assemblies/store";
import { attendanceCounts } from "../checkin/store";
import { getTemplate, listExperiences } from "../experiences/store";
import { runOfDay } from "../run-of-day/store";
import { ensureScreen, newScreenKey } from "./screen-key";

function toState(row: typeof projectorScreens.$inferSelect): ProjectorStateDto {
  return {
    view: row.view as ProjectorView,
    slideId: row.slideId,
    experienceId: row.experienceId,
    tableId: row.tableId,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toSlide(row: typeof slides.$inferSelect): SlideDto {
  return {
    id: row.id,
    position: row.position,
    title: row.title,
    kind: row.kind as SlideKind,
    url: row.url,
    fileName: row.fileName,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
  };
}

export async function listSlides(db: Tx, assemblyId: string): Promise<SlideDto[]> {
  const rows = await db
    .select()
    .from(slides)
    .where(eq(slides.assemblyId, assemblyId))
    .orderBy(asc(slides.position));
  return rows.map(toSlide);
}

export async function projectorConsole(db: Tx, assemblyId: string): Promise<ProjectorConsoleDto> {
  const screen = await ensureScreen(db, assemblyId);
  return { state: toState(screen), screenKey: screen.screenKey, slides: await listSlides(db, assemblyId) };
}

/** Checks that what the console points the screen at belongs to this assembly. */
async function assertControl(tx: Tx, assemblyId: string, control: ProjectorControl): Promise<void> {
  const checks: [keyof ProjectorControl, string | null, () => Promise<unknown[]>][] = [
    [
      "slideId",
      control.slideId,
      () =>
        tx
          .select({ id: slides.id })
          .from(slides)
          .where(and(eq(slides.id, control.slideId!), eq(slides.assemblyId, assemblyId))),
    ],
    [
      "experienceId",
      control.experienceId,
      () =>
        tx
          .select({ id: experiences.id })
          .from(experiences)
          .where(and(eq(experiences.id, control.experienceId!), eq(experiences.assemblyId, assemblyId))),
    ],
    [
      "tableId",
      control.tableId,
      () =>
        tx
          .select({ id: assemblyTables.id })
          .from(assemblyTables)
          .where(and(eq(assemblyTables.id, control.tableId!), eq(assemblyTables.assemblyId, assemblyId))),
    ],
  ];
  for (const [field, id, query] of checks) {
    if (id !== null && (await query()).length === 0) {
      throw new AppError("runofday.unknown_item", {}, { [field]: "error.runofday.unknown_item" });
    }
  }
}

export async function setProjector(
  tx: Tx,
  assemblyId: string,
  control: ProjectorControl,
): Promise<ProjectorStateDto> {
  await assertControl(tx, assemblyId, control);
  await ensureScreen(tx, assemblyId);
  const [row] = await tx
    .update(projectorScreens)
    .set({ ...control, updatedAt: new Date() })
    .where(eq(projectorScreens.assemblyId, assemblyId))
    .returning();
  return toState(row!);
}

export async function rotateScreenKey(tx: Tx, assemblyId: string): Promise<void> {
  await ensureScreen(tx, assemblyId);
  await tx
    .update(projectorScreens)
    .set({ screenKey: newScreenKey() })
    .where(eq(projectorScreens.assemblyId, assemblyId));
}

export async function getSlide(db: Tx, assemblyId: string, slideId: string) {
  const [row] = await db
    .select()
    .from(slides)
    .where(and(eq(slides.id, slideId), eq(slides.assemblyId, assemblyId)));
  if (!row) throw notFound();
  return row;
}

async function nextPosition(tx: Tx, assemblyId: string): Promise<number> {
  const [last] = await tx
    .select({ position: max(slides.position) })
    .from(slides)
    .where(eq(slides.assemblyId, assemblyId));
  return (last?.position ?? 0) + 1;
}

export async function addFileSlide(
  tx: Tx,
  assemblyId: string,
  title: string,
  file: StoredFile,
): Promise<SlideDto> {
  const { type, ...stored } = file;
  const [row] = await tx
    .insert(slides)
    .values({
      assemblyId,
      title,
      kind: type === "pdf" ? "pdf" : "image",
      ...stored,
      position: await nextPosition(tx, assemblyId),
    })
    .returning();
  return toSlide(row!);
}

export async function addLinkSlide(
  tx: Tx,
  assemblyId: string,
  title: string,
  url: string,
): Promise<SlideDto> {
  const [row] = await tx
    .insert(slides)
    .values({ assemblyId, title, kind: linkKind(url), url, position: await nextPosition(tx, assemblyId) })
    .returning();
  return toSlide(row!);
}

export async function reorderSlides(tx: Tx, assemblyId: string, ids: string[]): Promise<void> {
  const current = (await listSlides(tx, assemblyId)).map((s) => s.id);
  const order = [...ids.filter((id) => current.includes(id)), ...current.filter((id) => !ids.includes(id))];
  for (const [index, id] of order.entries())
    await tx
      .update(slides)
      .set({ position: index + 1 })
      .where(eq(slides.id, id));
}

export async function deleteSlide(tx: Tx, slideId: string): Promise<void> {
  await tx.delete(slides).where(eq(slides.id, slideId));
}

/**
 * Everything the plenary screen shows. With no slide or experience chosen, it shows the first slide and the
 * experience whose timer runs (or the first one).
 */
export async function projectorScreen(
  db: Tx,
  assemblyId: string,
  nowMs = Date.now(),
): Promise<ProjectorScreenDto> {
  const assembly = await getAssembly(db, assemblyId);
  const [screen, counts, slideList, experienceList, run, template] = await Promise.all([
    ensureScreen(db, assemblyId),
    attendanceCounts(db, assemblyId),
    listSlides(db, assemblyId),
    listExperiences(db, assemblyId),
    runOfDay(db, assemblyId, nowMs),
    getTemplate(db, assemblyId),
  ]);
  const state = toState(screen);
  const slide = slideList.find((s) => s.id === state.slideId) ?? slideList[0] ?? null;
  const experience =
    experienceList.find((e) => e.id === state.experienceId) ??
    experienceList.find((e) => e.timerStartedAt !== null && e.timerStoppedAt === null) ??
    experienceList[0] ??
    null;
  const table = assembly.tables.find((t) => t.id === state.tableId) ?? null;
  return {
    assembly: {
      id: assembly.id,
      name: assembly.name,
      departmentName: assembly.departmentName,
      municipalityName: assembly.municipalityName,
      venue: assembly.venue,
      date: assembly.date,
      legend: assembly.legend,
    },
    attendance: { present: counts.present, registered: counts.registered },
    state,
    slide,
    experience: experience && {
      id: experience.id,
      position: experience.position,
      organization: experience.organization,
      presenter: experience.presenter,
      municipalityName: experience.municipalityName,
      theme: experience.theme,
      durationSeconds: experience.durationSeconds,
      timerStartedAt: experience.timerStartedAt,
      timerStoppedAt: experience.timerStoppedAt,
    },
    guidingQuestions: template.guidingQuestions,
    table: table && { id: table.id, position: table.position, name: table.name, color: table.color },
    runOfDay: run,
    serverTime: nowMs,
  };
}
