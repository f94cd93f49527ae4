import type { Lang } from "../../shared/i18n";
import type { Actor } from "../auth/actor";
import type { Database } from "../db/client";
import type { EventFanout } from "../events/fanout";
import type { ReadCache } from "./read-cache";

export interface AppConfig {
  /** Logins per minute per IP before 429. */
  loginRateLimit: number;
  /** Sets the Secure flag on cookies (behind HTTPS). */
  secureCookies: boolean;
  /** Directory of the built client; null when the API runs alone (tests). */
  clientDir: string | null;
  /** Where uploaded files are kept. */
  dataDir: string;
}

declare module "fastify" {
  interface FastifyInstance {
    database: Database;
    fanout: EventFanout;
    config: AppConfig;
    readCache: ReadCache;
  }
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
    lang: Lang;
  }
}
