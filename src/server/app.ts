import { loadMessages } from "../shared/i18n";
import "../shared/zod-locale";
import "./http/types";
import { existsSync } from "node:fs";
import cookie from "@fastify/cookie";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import websocket from "@fastify/websocket";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { authPlugin } from "./auth/plugin";
import type { Database } from "./db/client";
import { EventFanout } from "./events/fanout";
import { errorBody, handleError } from "./http/errors";
import { ReadCache } from "./http/read-cache";
import { securityHeaders } from "./http/security-headers";
import { memoSerializerCompiler } from "./http/serializer";
import type { AppConfig } from "./http/types";
import { ROUTES } from "./routes";

/** How long a cached read may be served when the write came from another process. */
const READ_CACHE_MS = 1000;

export interface BuildAppOptions {
  database: Database;
  logger?: boolean;
  config?: Partial<AppConfig>;
}

/** Builds the whole HTTP app on an open, migrated database. Tests use it through `app.inject`. */
export async function buildApp({
  database,
  logger = false,
  config = {},
}: BuildAppOptions): Promise<FastifyInstance> {
  // Answers and documents in English need its messages; the client loads them only when asked for.
  await loadMessages("en");
  const app = Fastify({
    logger: logger ? { level: "info" } : false,
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(memoSerializerCompiler);
  app.setErrorHandler(handleError);

  const fanout = new EventFanout(database);
  await fanout.start();
  app.decorate("database", database);
  app.decorate("fanout", fanout);
  app.decorate("config", {
    loginRateLimit: 10,
    secureCookies: false,
    clientDir: null,
    dataDir: ".",
    ...config,
  } satisfies AppConfig);
  app.addHook("onClose", async () => fanout.stop());
  app.decorate("readCache", new ReadCache(READ_CACHE_MS));

  securityHeaders(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(websocket);
  await app.register(authPlugin);
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Minga API",
        version: "1.0.0",
        description: "Asambleas regionales de economía solidaria",
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  for (const routes of ROUTES) await app.register(routes);
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  const clientDir = app.config.clientDir;
  if (clientDir && existsSync(clientDir)) {
    await app.register(fastifyStatic, { root: clientDir, wildcard: false });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api/") || !clientDir || request.method !== "GET") {
      return reply.status(404).send(errorBody(request.lang, "resource.not_found"));
    }
    // The client is a single-page app: every other path is one of its screens.
    return reply.type("text/html").sendFile("index.html");
  });
  return app;
}
