import type { ComponentType } from "react";
import type { MessageKey } from "../../shared/i18n";
import type { Role } from "../../shared/roles";

/** A screen module, imported lazily (each screen is its own chunk); its default export is the screen. */
export type ScreenModule = () => Promise<{ default: ComponentType }>;

export interface AppRoute {
  path: string;
  screen: ScreenModule;
  /** Roles that may open it; omitted = every signed-in role; "public" = no sign-in needed. */
  access?: readonly Role[] | "public";
  /** The label of its entry in the main navigation, when it has one. */
  nav?: MessageKey;
}

export interface AssemblyTab {
  /** Relative to `/asambleas/:id`; "" is the assembly's overview. */
  path: string;
  label: MessageKey;
  screen: ScreenModule;
  /** Roles that see the tab and may open it; omitted = everyone who can see the assembly. */
  access?: readonly Role[];
}

const ADMIN: readonly Role[] = ["national_admin"];
const CONVENIO_STAFF: readonly Role[] = ["national_admin", "partner_operator", "supervisor"];
const CREATORS: readonly Role[] = ["national_admin", "partner_operator"];

// Every screen of the app; entries with `nav` appear in the header, in this order. Adding a feature screen is
// ONE line here, for example:
//   { path: "/inscripcion/:code", screen: () => import("../features/registrations/PublicFormScreen"), access: "public" },
export const ROUTES: AppRoute[] = [
  { path: "/ingresar", screen: () => import("../features/auth/LoginScreen"), access: "public" },
  { path: "/", screen: () => import("../features/assemblies/HomeScreen"), nav: "nav.assemblies" },
  {
    path: "/asambleas/nueva",
    screen: () => import("../features/assemblies/AssemblyCreateScreen"),
    access: CREATORS,
  },
  {
    path: "/convenios",
    screen: () => import("../features/agreements/AgreementsScreen"),
    access: CONVENIO_STAFF,
    nav: "nav.agreements",
  },
  {
    path: "/convenios/nuevo",
    screen: () => import("../features/agreements/AgreementScreen"),
    access: CREATORS,
  },
  {
    path: "/convenios/:id",
    screen: () => import("../features/agreements/AgreementScreen"),
    access: CONVENIO_STAFF,
  },
  {
    path: "/usuarios",
    screen: () => import("../features/users/UsersScreen"),
    access: ADMIN,
    nav: "nav.users",
  },
  { path: "/cuenta", screen: () => import("../features/users/AccountScreen"), nav: "nav.account" },
  {
    path: "/proyector/:assemblyId",
    screen: () => import("../features/projector/ProjectorScreen"),
    access: "public",
  },
  {
    path: "/materiales/:assemblyId",
    screen: () => import("../features/run-of-day/PublicMaterialsScreen"),
    access: "public",
  },
  { path: "/moderador/:assemblyId", screen: () => import("../features/run-of-day/ModeratorScreen") },
  {
    path: "/asistencia/:assemblyId",
    screen: () => import("../features/attendance/AttendanceProjectorScreen"),
    // The hall's screen opens with the projector key (`?key=`); staff open it with their session.
    access: "public",
  },
  {
    path: "/plenaria/:assemblyId",
    screen: () => import("../features/plenary/PlenaryScreen"),
    access: "public",
  },
  { path: "/votar/:assemblyId", screen: () => import("../features/votes/VoterScreen"), access: "public" },
  {
    path: "/agenda/:assemblyId",
    screen: () => import("../features/plenary/PublicAgendaScreen"),
    access: "public",
  },
  {
    path: "/donde-me-siento/:assemblyId",
    screen: () => import("../features/allocation/KioskScreen"),
    access: "public",
  },
  { path: "/unirse", screen: () => import("../features/puzzle/JoinScreen"), access: "public" },
  { path: "/unirse/:code", screen: () => import("../features/puzzle/CaptureScreen"), access: "public" },
  { path: "/submesas/:subtableId", screen: () => import("../features/puzzle/StaffSubtableScreen") },
  {
    path: "/submesas/:subtableId/papel",
    screen: () => import("../features/puzzle/PaperScreen"),
    access: ["national_admin", "partner_operator", "group_leader"],
  },
  {
    path: "/rompecabezas/:assemblyId",
    screen: () => import("../features/puzzle/BigPuzzleScreen"),
    access: "public",
  },
  {
    path: "/rompecabezas/:assemblyId/mesa/:tableId",
    screen: () => import("../features/puzzle/BigPuzzleScreen"),
    access: "public",
  },
  {
    path: "/informes",
    screen: () => import("../features/reports/AgreementReportScreen"),
    access: CONVENIO_STAFF,
    nav: "reports.title",
  },
  {
    path: "/registro/:assemblyId",
    screen: () => import("../features/registration/PublicRegistrationScreen"),
    access: "public",
  },
  {
    path: "/formulario",
    screen: () => import("../features/registration/FormFieldsScreen"),
    access: ADMIN,
    nav: "registration.fields.nav",
  },
  {
    path: "/informes/nacional",
    screen: () => import("../features/reports/NationalReportScreen"),
    access: ADMIN,
  },
];

// The tabs of an assembly's page (`/asambleas/:id/<path>`), under its name and with its convenio legend in the
// footer; their screens read the assembly with `useAssembly()`. Adding a tab is ONE line here, for example:
//   { path: "inscripciones", label: "registrations.tab", screen: () => import("../features/registrations/RegistrationsScreen") },
export const ASSEMBLY_TABS: AssemblyTab[] = [
  {
    path: "",
    label: "assemblies.tab.overview",
    screen: () => import("../features/assemblies/AssemblyOverviewScreen"),
  },
  {
    path: "inscripciones",
    label: "registration.tab",
    screen: () => import("../features/registration/RegistrationsScreen"),
    access: CONVENIO_STAFF,
  },
  { path: "dia", label: "runofday.tab", screen: () => import("../features/run-of-day/RunOfDayScreen") },
  { path: "aliados", label: "allies.title", screen: () => import("../features/allies/AlliesScreen") },
  {
    path: "experiencias",
    label: "experiences.title",
    screen: () => import("../features/experiences/ExperiencesScreen"),
  },
  { path: "mesas", label: "allocation.tab", screen: () => import("../features/allocation/AllocationScreen") },
  {
    path: "ingreso",
    label: "checkin.tab",
    screen: () => import("../features/checkin/DeskScreen"),
    access: ["national_admin", "partner_operator", "desk_staff"],
  },
  {
    path: "asistencia",
    label: "attendance.tab",
    screen: () => import("../features/attendance/AttendanceScreen"),
  },
  {
    path: "asociatividad",
    label: "associativity.tab",
    screen: () => import("../features/associativity/AssociativityScreen"),
    access: ["national_admin", "partner_operator", "supervisor", "group_leader"],
  },
  { path: "rompecabezas", label: "puzzle.tab", screen: () => import("../features/puzzle/ProgressScreen") },
  {
    path: "informe",
    label: "reports.tab",
    screen: () => import("../features/reports/AssemblyReportScreen"),
    access: CONVENIO_STAFF,
  },
  { path: "plenaria", label: "plenary.tab", screen: () => import("../features/plenary/ConsolidationScreen") },
  {
    path: "votaciones",
    label: "votes.tab",
    screen: () => import("../features/votes/VoteConsoleScreen"),
    access: CONVENIO_STAFF,
  },
  {
    path: "compromisos",
    label: "commitments.tab",
    screen: () => import("../features/commitments/CommitmentsScreen"),
  },
];

export function mayOpen(access: AppRoute["access"], role: Role): boolean {
  return access === undefined || access === "public" || access.includes(role);
}
