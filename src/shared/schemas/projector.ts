import { z } from "zod";
import { ZRunOfDaySchema } from "./run-of-day";

export const PROJECTOR_VIEWS = ["welcome", "block", "slide", "experience_timer", "puzzle"] as const;
export type ProjectorView = (typeof PROJECTOR_VIEWS)[number];
export const SLIDE_KINDS = ["image", "pdf", "video", "link"] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

/** An http(s) address typed by a person. */
export const ZHttpUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .pipe(z.url({ protocol: /^https?$/, error: "Escriba un enlace completo que empiece por https://." }));

export const ZSlideSchema = z
  .object({
    id: z.uuid(),
    position: z.number(),
    title: z.string(),
    kind: z.enum(SLIDE_KINDS),
    /** The link, for slides that are not uploaded files. */
    url: z.string().nullable(),
    fileName: z.string().nullable(),
    mimeType: z.string().nullable(),
    sizeBytes: z.number().nullable(),
  })
  .meta({ id: "Slide" });
export type SlideDto = z.infer<typeof ZSlideSchema>;

export const ZSlideLinkInputSchema = z.object({
  title: z.string().trim().max(200).default(""),
  url: ZHttpUrlSchema,
});
export const ZSlideUploadFieldsSchema = z.object({ title: z.string().trim().max(200).default("") });
export const ZOrderInputSchema = z.object({ ids: z.array(z.uuid()).max(500) });

export const ZProjectorControlSchema = z.object({
  view: z.enum(PROJECTOR_VIEWS, { error: "Elija qué muestra la pantalla." }),
  slideId: z.uuid().nullable().default(null),
  experienceId: z.uuid().nullable().default(null),
  tableId: z.uuid().nullable().default(null),
});
export type ProjectorControl = z.infer<typeof ZProjectorControlSchema>;

export const ZProjectorStateSchema = ZProjectorControlSchema.extend({ updatedAt: z.iso.datetime() }).meta({
  id: "ProjectorState",
});
export type ProjectorStateDto = z.infer<typeof ZProjectorStateSchema>;

/** What the console sees: the state, the screen key for the projector's link, and the slides. */
export const ZProjectorConsoleSchema = z
  .object({ state: ZProjectorStateSchema, screenKey: z.string(), slides: z.array(ZSlideSchema) })
  .meta({ id: "ProjectorConsole" });
export type ProjectorConsoleDto = z.infer<typeof ZProjectorConsoleSchema>;

export const ZProjectorExperienceSchema = z.object({
  id: z.uuid(),
  position: z.number(),
  organization: z.string(),
  presenter: z.string(),
  municipalityName: z.string(),
  theme: z.string(),
  durationSeconds: z.number(),
  timerStartedAt: z.iso.datetime().nullable(),
  timerStoppedAt: z.iso.datetime().nullable(),
});
export type ProjectorExperienceDto = z.infer<typeof ZProjectorExperienceSchema>;

const ZScreenTableSchema = z.object({
  id: z.uuid(),
  position: z.number(),
  name: z.string(),
  color: z.string(),
});

/** Everything the plenary screen shows, read with the screen key (or a staff session). */
export const ZProjectorScreenSchema = z
  .object({
    assembly: z.object({
      id: z.uuid(),
      name: z.string(),
      departmentName: z.string(),
      municipalityName: z.string(),
      venue: z.string(),
      date: z.string(),
      legend: z.string(),
    }),
    attendance: z.object({ present: z.number(), registered: z.number() }),
    state: ZProjectorStateSchema,
    slide: ZSlideSchema.nullable(),
    experience: ZProjectorExperienceSchema.nullable(),
    /** Momento 3's guiding questions, shown beside the experience timer. */
    guidingQuestions: z.array(z.string()),
    table: ZScreenTableSchema.nullable(),
    runOfDay: ZRunOfDaySchema,
    serverTime: z.number(),
  })
  .meta({ id: "ProjectorScreen" });
export type ProjectorScreenDto = z.infer<typeof ZProjectorScreenSchema>;

export const ZScreenKeyQuerySchema = z.object({ key: z.string().max(200).optional() });
