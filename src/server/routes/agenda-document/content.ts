import { HORIZON } from "../../../domain/puzzle/rules";
import type { Lang } from "../../../shared/i18n";
import type { AgendaDocumentDto, DocumentVoteDto } from "../../../shared/schemas/agenda-document";
import type { VoteDto } from "../../../shared/schemas/vote";
import type { Db, Tx } from "../../db/client";
import { listAllies } from "../allies/store";
import { getAssembly } from "../assemblies/store";
import { possibleAssociations } from "../associativity/matrix";
import { attendance } from "../attendance/store";
import { experiencesPage } from "../experiences/store";
import { activeLock } from "../plenary/lock";
import { plenaryTables, workingAgenda } from "../plenary/store";
import { listVotes } from "../votes/store";

export type Associations = AgendaDocumentDto["associations"];

/** Momento 4's possible associations (issue 10), when there are any. Read outside the agenda's transaction. */
export async function associationsFor(db: Db, assemblyId: string, lang: Lang): Promise<Associations> {
  const groups = await possibleAssociations(db, assemblyId, lang);
  if (!groups.length) return null;
  return groups.map((group) => ({
    organizations: group.organizations.map((organization) => organization.name),
    needs: group.needs.map((need) => ({ title: need.title, tableName: need.tableName })),
  }));
}

function documentVote(vote: VoteDto | undefined): DocumentVoteDto | null {
  if (!vote?.closedAt || !vote.counts || !vote.result) return null;
  return {
    method: vote.method,
    quorum: vote.quorum,
    majority: vote.majority,
    basis: vote.basis,
    openedAt: vote.openedAt,
    closedAt: vote.closedAt,
    counts: vote.counts,
    result: vote.result,
  };
}

/** The agenda document as the agenda stands now (a draft until it is locked). Call in a transaction. */
export async function draftDocument(
  tx: Tx,
  assemblyId: string,
  associations: Associations,
): Promise<AgendaDocumentDto> {
  const working = await workingAgenda(tx, assemblyId);
  const [assembly, tables, people, allies, experiences, votes] = await Promise.all([
    getAssembly(tx, assemblyId),
    plenaryTables(tx, assemblyId, working),
    attendance(tx, assemblyId),
    listAllies(tx, assemblyId),
    experiencesPage(tx, assemblyId),
    listVotes(tx, assemblyId),
  ]);
  // Votes come latest first: each table's result is its latest closed vote.
  const closed = votes.filter((vote) => vote.status === "closed");
  const organizationOf = new Map(experiences.experiences.map((e) => [e.id, e.organization]));
  return {
    kind: "minga.agenda",
    version: 1,
    region: assembly.departmentName,
    period: `${HORIZON.firstYear}–${HORIZON.lastYear}`,
    assembly: {
      id: assembly.id,
      name: assembly.name,
      date: assembly.date,
      venue: assembly.venue,
      departmentName: assembly.departmentName,
      municipalityName: assembly.municipalityName,
      projectName: assembly.projectName,
      projectDescription: assembly.projectDescription,
    },
    legend: assembly.legend,
    approvedAt: null,
    attendance: {
      registered: people.registered,
      present: people.present,
      walkIns: people.walkIns,
      bySex: people.bySex.map(({ key, label, present }) => ({ key, label, present })),
      byMunicipality: people.byMunicipality.map(({ key, label, present }) => ({ key, label, present })),
      byPopulationGroup: people.byPopulationGroup.map(({ key, label, present }) => ({ key, label, present })),
    },
    allies: allies.map(({ institution, kind, offer, pitContribution }) => ({
      institution,
      kind,
      offer,
      pitContribution,
    })),
    systematisation: {
      guidingQuestions: experiences.guidingQuestions,
      experiences: experiences.experiences.map((e) => ({
        position: e.position,
        organization: e.organization,
        presenter: e.presenter,
        municipalityName: e.municipalityName,
        theme: e.theme,
        contributions: e.systematisation.contributions,
        learnings: e.systematisation.learnings,
        difficulties: e.systematisation.difficulties,
        opportunities: e.systematisation.opportunities,
        criteria: e.systematisation.criteria,
      })),
      summary: experiences.summary.map((row) => ({
        criterion: row.criterion,
        count: row.count,
        organizations: row.experienceIds.flatMap((id) => organizationOf.get(id) ?? []),
      })),
    },
    tables: tables.map((table) => ({
      id: table.id,
      position: table.position,
      name: table.name,
      definition: table.definition,
      spokesperson: table.spokesperson && {
        name: table.spokesperson.name,
        organization: table.spokesperson.organization,
      },
      items: table.items,
      vote: documentVote(closed.find((vote) => vote.tableId === table.id)),
    })),
    agendaVote: documentVote(closed.find((vote) => vote.tableId === null)),
    associations,
    generatedAt: new Date().toISOString(),
  };
}

/** The approved agenda as it was locked, or the current draft when it is not locked. */
export async function agendaDocument(db: Db, assemblyId: string, lang: Lang): Promise<AgendaDocumentDto> {
  const lock = await activeLock(db, assemblyId);
  if (lock) return lock.document as AgendaDocumentDto;
  const associations = await associationsFor(db, assemblyId, lang);
  return db.transaction((tx) => draftDocument(tx, assemblyId, associations));
}

/** The approved agenda without people's names or attendance breakdowns, for the public page. */
export function publicAgenda(document: AgendaDocumentDto): AgendaDocumentDto {
  return {
    ...document,
    attendance: { ...document.attendance, bySex: [], byMunicipality: [], byPopulationGroup: [] },
    systematisation: {
      ...document.systematisation,
      experiences: document.systematisation.experiences.map((e) => ({ ...e, presenter: "" })),
    },
    tables: document.tables.map((table) => ({ ...table, spokesperson: null })),
  };
}
