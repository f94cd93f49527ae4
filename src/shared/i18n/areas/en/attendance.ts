import type { English } from "../../define";
import type { attendance as spanish } from "../attendance";

export const attendance: English<typeof spanish> = {
  "attendance.tab": "Attendance",
  "attendance.title": "Attendance",
  "attendance.live": "Live: updates by itself as the check-in desks mark arrivals.",
  "attendance.offline": "Offline: the figures may be behind.",
  "attendance.present": "Present",
  "attendance.registered": "Registered",
  "attendance.walkIns": "Walk-ins",
  "attendance.share": "Share present",
  "attendance.arrivals": "Arrivals every {minutes} minutes",
  "attendance.noArrivals": "Nobody has arrived yet.",
  "attendance.time": "Time",
  "attendance.arrivalsCount": "People who arrived",
  "attendance.bySex": "Sex",
  "attendance.byPopulationGroup": "Population group",
  "attendance.byMunicipality": "Municipality of residence",
  "attendance.empty": "No registrations yet.",
  "attendance.projector.open": "Open the projector view (new tab)",
  "attendance.projector.title": "People present",
  "attendance.projector.of": "of {registered} registered",
  "attendance.projector.walkIns": "{walkIns} registered today at the entrance",
  "attendance.projector.fullscreen": "Full screen",
  "attendance.projector.exitFullscreen": "Exit full screen",
};
