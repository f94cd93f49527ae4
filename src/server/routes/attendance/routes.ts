import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { policies } from "../../../shared/policies";
import { ZAttendanceSchema } from "../../../shared/schemas/attendance";
import { ZIdParamsSchema } from "../../../shared/schemas/common";
import { ZScreenKeyQuerySchema } from "../../../shared/schemas/projector";
import { authorizeScreen } from "../projector/screen-key";
import { attendance } from "./store";

export const attendanceRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    "/api/assemblies/:id/attendance",
    {
      schema: {
        tags: ["attendance"],
        params: ZIdParamsSchema,
        querystring: ZScreenKeyQuerySchema,
        response: { 200: ZAttendanceSchema },
      },
    },
    async (request) => {
      // Staff who may read attendance, or the hall's projector with its screen key (counts only, no names).
      await authorizeScreen(request, request.params.id, request.query.key, policies.readAttendance);
      return attendance(db, request.params.id);
    },
  );
};
