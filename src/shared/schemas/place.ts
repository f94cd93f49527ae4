import { z } from "zod";

export const ZDepartmentSchema = z.object({ code: z.string(), name: z.string() }).meta({ id: "Department" });
export const ZMunicipalitySchema = z
  .object({ code: z.string(), name: z.string(), departmentCode: z.string(), departmentName: z.string() })
  .meta({ id: "Municipality" });
export type MunicipalityDto = z.infer<typeof ZMunicipalitySchema>;
