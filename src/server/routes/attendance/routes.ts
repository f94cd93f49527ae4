import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { policies } from "../../../shared/policies";
import { ZAttendanceSchema } from "../../../shared/schemas/attendance";
import { ZIdParamsSchema } from "../../../shared/schemas/common";
import { authorize } from "../../auth/authorize";
import { requireActor } from "../../auth/plugin";
import { assemblyScope } from "../assemblies/store";
import { attendance } from "./store";

export const attendanceRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    "/api/assemblies/:id/attendance",
    { schema: { tags: ["attendance"], params: ZIdParamsSchema, response: { 200: ZAttendanceSchema } } },
    async (request) => {
      authorize(requireActor(request), policies.readAttendance, await assemblyScope(db, request.params.id));
      return attendance(db, request.params.id);
    },
  );
};
