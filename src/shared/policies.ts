import type { ActorDto as Actor } from "./schemas/auth";

/** Where a resource lives: the convenio always, the assembly and table when it belongs to one. */
export interface Scope {
  agreementId: string;
  assemblyId?: string;
  tableId?: string;
}

// Every rule of who may do what, one line each. The server enforces them; the client uses the same rules
// only to hide buttons a person could not use.
const isAdmin = (a: Actor) => a.role === "national_admin";
const inAgreement = (a: Actor, s: Scope) => a.agreementIds.includes(s.agreementId);
const inAssembly = (a: Actor, s: Scope) => s.assemblyId !== undefined && a.assemblyIds.includes(s.assemblyId);
const isOperatorOf = (a: Actor, s: Scope) => a.role === "partner_operator" && inAgreement(a, s);
const leadsTable = (a: Actor, s: Scope) =>
  a.role === "group_leader" && s.tableId !== undefined && a.tableIds.includes(s.tableId);
const staffOf = (a: Actor, s: Scope) =>
  a.role !== "group_leader" && (isAdmin(a) || inAgreement(a, s) || inAssembly(a, s));

export const policies = {
  /** Can the actor know the resource exists? Outside this, answers are 404, never data. */
  see: (a: Actor, s: Scope) => isAdmin(a) || inAgreement(a, s) || inAssembly(a, s),
  manageUsers: (a: Actor) => isAdmin(a),
  manageAxes: (a: Actor) => isAdmin(a),
  createAgreement: (a: Actor) => isAdmin(a) || a.role === "partner_operator",
  editAgreement: (a: Actor, s: Scope) => isAdmin(a) || isOperatorOf(a, s),
  readAssembly: (a: Actor, s: Scope) => isAdmin(a) || inAgreement(a, s) || inAssembly(a, s),
  editAssembly: (a: Actor, s: Scope) => isAdmin(a) || isOperatorOf(a, s),
  checkIn: (a: Actor, s: Scope) =>
    isAdmin(a) || isOperatorOf(a, s) || (a.role === "desk_staff" && inAssembly(a, s)),
  printBadges: (a: Actor, s: Scope) =>
    isAdmin(a) || isOperatorOf(a, s) || (a.role === "desk_staff" && inAssembly(a, s)),
  readAttendance: (a: Actor, s: Scope) => isAdmin(a) || inAgreement(a, s) || inAssembly(a, s),
  /** Names, documents and contact of registered people: the national admin and the convenio's operator. */
  readRegistrations: (a: Actor, s: Scope) => isAdmin(a) || isOperatorOf(a, s),
  /** Registration lists without personal data (supervisors read anonymised rows). */
  listRegistrations: (a: Actor, s: Scope) =>
    isAdmin(a) || isOperatorOf(a, s) || (a.role === "supervisor" && inAgreement(a, s)),
  editRegistrations: (a: Actor, s: Scope) => isAdmin(a) || isOperatorOf(a, s),
  manageRegistrationFields: (a: Actor) => isAdmin(a),
  /** Run the day: agenda clock, projector, slides, materials, allies, experiences and their systematisation. */
  runDay: (a: Actor, s: Scope) => isAdmin(a) || isOperatorOf(a, s),
  /** Anonymised reports of a convenio's assemblies: the national admin, the convenio's operator and supervisor. */
  readReport: (a: Actor, s: Scope) =>
    isAdmin(a) || ((a.role === "partner_operator" || a.role === "supervisor") && inAgreement(a, s)),
  readNationalReport: (a: Actor) => isAdmin(a),
  /** The whole allocation (summary, every table): staff of the convenio or assembly; a group leader sees only its table. */
  readAllocation: (a: Actor, s: Scope) => staffOf(a, s),
  readTable: (a: Actor, s: Scope) => staffOf(a, s) || leadsTable(a, s),
  /** Names on the rosters: the operator, the desks and the table's own leader. */
  readSeats: (a: Actor, s: Scope) =>
    isAdmin(a) || isOperatorOf(a, s) || (a.role === "desk_staff" && inAssembly(a, s)) || leadsTable(a, s),
  /** Run, move, lock and unlock the allocation, export it, assign table leaders. */
  allocate: (a: Actor, s: Scope) => isAdmin(a) || isOperatorOf(a, s),
  seatLateArrivals: (a: Actor, s: Scope) =>
    isAdmin(a) || isOperatorOf(a, s) || (a.role === "desk_staff" && inAssembly(a, s)),
  /** Confirm sub-table leaders, record the spokesperson, manage join codes and print the cards. */
  leadTable: (a: Actor, s: Scope) => isAdmin(a) || isOperatorOf(a, s) || leadsTable(a, s),
  /** Associativity: suggestions, the needs × organisations matrix and possible associations; not the desks. */
  readAssociativity: (a: Actor, s: Scope) =>
    isAdmin(a) || (a.role !== "desk_staff" && (inAgreement(a, s) || inAssembly(a, s))),
  /** Merge duplicated organisations of an assembly's registry. */
  mergeOrganizations: (a: Actor, s: Scope) => isAdmin(a) || isOperatorOf(a, s),
  /** Consolidate a table's agenda for the plenary (merge, reword, reorder, undo): the moderator or the table's leader. */
  consolidateAgenda: (a: Actor, s: Scope) => isAdmin(a) || isOperatorOf(a, s) || leadsTable(a, s),
  /** Moderate the plenary: its screen, the votes (open, hand counts, close), lock and reopen the agenda. */
  moderatePlenary: (a: Actor, s: Scope) => isAdmin(a) || isOperatorOf(a, s),
  /** Follow the commitments after the day: the convenio's operator and the national admin. */
  updateCommitments: (a: Actor, s: Scope) => isAdmin(a) || isOperatorOf(a, s),
} satisfies Record<string, (a: Actor, s: Scope) => boolean>;

export type Policy = (typeof policies)[keyof typeof policies];
