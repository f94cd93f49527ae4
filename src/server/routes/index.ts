import type { FastifyPluginAsync } from "fastify";
import { agreementRoutes } from "./agreements/routes";
import { assemblyRoutes } from "./assemblies/routes";
import { authRoutes } from "./auth/routes";
import { axisRoutes } from "./axes/routes";
import { healthRoutes } from "./health/routes";
import { liveRoutes } from "./live/routes";
import { placeRoutes } from "./places/routes";
import { userRoutes } from "./users/routes";

/** Every API resource, one plugin each. */
export const ROUTES: FastifyPluginAsync[] = [
  healthRoutes,
  authRoutes,
  userRoutes,
  agreementRoutes,
  assemblyRoutes,
  axisRoutes,
  placeRoutes,
  liveRoutes,
];
