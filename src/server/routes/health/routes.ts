import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { appliedVersions } from "../../db/migrate";

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/health",
    {
      schema: {
        tags: ["health"],
        response: {
          200: z.object({
            ok: z.literal(true),
            database: z.enum(["pglite", "postgres"]),
            migration: z.string(),
          }),
        },
      },
    },
    async () => {
      const versions = await appliedVersions(app.database);
      return {
        ok: true as const,
        database: app.database.kind,
        migration: versions.at(-1)?.version ?? "none",
      };
    },
  );
};
