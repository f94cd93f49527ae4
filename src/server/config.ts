import { resolve } from "node:path";
import { PROJECT_ROOT } from "./paths";

export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Seed the demo day on an empty database (MINGA_DEMO=0 turns it off for a real deployment). */
  seedDemo: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: Number(env.PORT ?? 3000),
    // 0.0.0.0 so phones on the venue's Wi-Fi can join.
    host: env.HOST ?? "0.0.0.0",
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.MINGA_DATA_DIR ?? resolve(PROJECT_ROOT, "data")),
    seedDemo: env.MINGA_DEMO !== "0",
  };
}
