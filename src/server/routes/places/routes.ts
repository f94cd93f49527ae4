import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZDepartmentSchema, ZMunicipalitySchema } from "../../../shared/schemas/place";
import { divipola } from "../../places";

// Public: the registration form needs them before anyone signs in.
export const placeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/places/departments",
    { schema: { tags: ["places"], response: { 200: z.array(ZDepartmentSchema) } } },
    async () => divipola().departments,
  );
  app.get(
    "/api/places/municipalities",
    {
      schema: {
        tags: ["places"],
        querystring: z.object({
          department: z
            .string()
            .regex(/^\d{2}$/)
            .optional(),
          q: z.string().max(80).default(""),
          limit: z.coerce.number().int().min(1).max(2000).default(50),
        }),
        response: { 200: z.array(ZMunicipalitySchema) },
      },
    },
    async (request) => divipola().search(request.query.q, request.query.department, request.query.limit),
  );
};
