import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { policies } from "../../../shared/policies";
import { ZIdParamsSchema } from "../../../shared/schemas/common";
import { auditActor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { requireActor } from "../../auth/plugin";
import { renderBadges } from "../../documents/badges";
import { appendAudit } from "../../events/outbox";
import { assemblyScope } from "../assemblies/store";
import { badgeHeading, badgesOf } from "./store";

const MAX_LISTED = 1000;

const ZBadgeQuerySchema = z.object({
  /** An A4 sheet of eight to cut, or one 62 mm label per page. */
  format: z.enum(["sheet", "label"]).default("sheet"),
  /** Comma-separated registration ids; absent means every registration of the assembly. */
  registrations: z
    .string()
    .transform((text) => [
      ...new Set(
        text
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.uuid()).min(1).max(MAX_LISTED))
    .optional(),
});

export const badgeRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    "/api/assemblies/:id/badges.pdf",
    { schema: { tags: ["checkin"], params: ZIdParamsSchema, querystring: ZBadgeQuerySchema } },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id } = request.params;
      authorize(actor, policies.printBadges, await assemblyScope(db, id));
      const { format, registrations } = request.query;
      const [heading, badges] = await Promise.all([
        badgeHeading(db, id),
        badgesOf(db, id, registrations ?? null),
      ]);
      // Badges carry names: a printed batch is recorded like an export.
      await appendAudit(db, {
        actor: auditActor(actor),
        action: "badges.print",
        entity: "assembly",
        entityId: id,
        after: { format, count: badges.length, registrationIds: registrations ?? "all" },
      });
      const pdf = await renderBadges(badges, {
        format,
        assemblyName: heading.name,
        legend: heading.legend,
        lang: request.lang,
      });
      const name = badges.length === 1 ? "escarapela.pdf" : "escarapelas.pdf";
      return reply
        .type("application/pdf")
        .header("content-disposition", `attachment; filename="${name}"`)
        .header("cache-control", "no-store")
        .send(pdf);
    },
  );
};
