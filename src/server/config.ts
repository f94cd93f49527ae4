import { resolve } from "node:path";
import { PROJECT_ROOT } from "./paths";

export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Seed the demo day on an empty database (MINGA_DEMO=0 turns it off for a real deployment). */
  seedDemo: boolean;
  /** Logins per minute per IP (10; the e2e server raises it: every journey signs in from 127.0.0.1). */
  loginRateLimit: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: Number(env.PORT ?? 3000),
    // 0.0.0.0 so phones on the venue's Wi-Fi can join.
    host: env.HOST ?? "0.0.0.0",
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.MINGA_DATA_DIR ?? resolve(PROJECT_ROOT, "data")),
    seedDemo: env.MINGA_DEMO !== "0",
    loginRateLimit: Number(env.MINGA_LOGIN_RATE_LIMIT ?? 10),
  };
}
