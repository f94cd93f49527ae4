import { z } from "zod";

const ZBreakdownSchema = z.object({
  key: z.string(),
  /** The place name for municipalities; catalogue codes (sex, population group) are labelled by the client. */
  label: z.string(),
  registered: z.number().int(),
  present: z.number().int(),
});
export type AttendanceBreakdownDto = z.infer<typeof ZBreakdownSchema>;

export const ZAttendanceSchema = z
  .object({
    assemblyId: z.uuid(),
    assemblyName: z.string(),
    legend: z.string(),
    registered: z.number().int(),
    present: z.number().int(),
    walkIns: z.number().int(),
    bucketMinutes: z.number().int(),
    arrivals: z.array(z.object({ start: z.iso.datetime(), count: z.number().int() })),
    bySex: z.array(ZBreakdownSchema),
    byMunicipality: z.array(ZBreakdownSchema),
    byPopulationGroup: z.array(ZBreakdownSchema),
  })
  .meta({ id: "Attendance" });
export type AttendanceDto = z.infer<typeof ZAttendanceSchema>;
