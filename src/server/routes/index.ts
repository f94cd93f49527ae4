import type { FastifyPluginAsync } from "fastify";
import { agendaDocumentRoutes } from "./agenda-document/routes";
import { agreementRoutes } from "./agreements/routes";
import { allyRoutes } from "./allies/routes";
import { allocationRoutes } from "./allocation/routes";
import { assemblyRoutes } from "./assemblies/routes";
import { associativityRoutes } from "./associativity/routes";
import { attendanceRoutes } from "./attendance/routes";
import { authRoutes } from "./auth/routes";
import { axisRoutes } from "./axes/routes";
import { badgeRoutes } from "./badges/routes";
import { checkinRoutes } from "./checkin/routes";
import { commitmentRoutes } from "./commitments/routes";
import { experienceRoutes } from "./experiences/routes";
import { healthRoutes } from "./health/routes";
import { importRoutes } from "./imports/routes";
import { joinRoutes } from "./join/routes";
import { kioskRoutes } from "./kiosk/routes";
import { liveRoutes } from "./live/routes";
import { materialRoutes } from "./materials/routes";
import { placeRoutes } from "./places/routes";
import { plenaryRoutes } from "./plenary/routes";
import { projectorRoutes } from "./projector/routes";
import { puzzleRoutes } from "./puzzle/routes";
import { registrationFieldRoutes } from "./registration-fields/routes";
import { registrationRoutes } from "./registrations/routes";
import { reportRoutes } from "./reports/routes";
import { runOfDayRoutes } from "./run-of-day/routes";
import { subtableRoutes } from "./subtables/routes";
import { userRoutes } from "./users/routes";
import { voteRoutes } from "./votes/routes";

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
  checkinRoutes,
  attendanceRoutes,
  badgeRoutes,
  runOfDayRoutes,
  projectorRoutes,
  materialRoutes,
  allyRoutes,
  experienceRoutes,
  reportRoutes,
  registrationRoutes,
  registrationFieldRoutes,
  importRoutes,
  allocationRoutes,
  subtableRoutes,
  joinRoutes,
  kioskRoutes,
  puzzleRoutes,
  associativityRoutes,
  plenaryRoutes,
  voteRoutes,
  commitmentRoutes,
  agendaDocumentRoutes,
];
