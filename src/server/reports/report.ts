import { aggregate, type Breakdown, type ReportPerson } from "../../domain/reports/aggregate";
import { dashboard, type TerritoryRow } from "../../domain/reports/dashboard";
import {
  approvalByAssembly,
  NO_DUE,
  type PuzzleSummary,
  summarizePuzzle,
} from "../../domain/reports/participation";
import { suppressColumns, suppressCount, suppressLine } from "../../domain/reports/suppress";
import { type Lang, translate } from "../../shared/i18n";
import type {
  ParticipationDto,
  ReportDto,
  ReportFilters,
  ReportTableDto,
  TerritoryRowDto,
} from "../../shared/schemas/report";
import type { Tx } from "../db/client";
import { agreementLabel, departmentName, municipalityName, organizationTypeLabel, rowLabel } from "./labels";
import type { ReportAssembly } from "./sources/assemblies";
import { attendanceRows } from "./sources/attendance";
import { type ClosedVote, closedVotes } from "./sources/plenary";
import { type AxisLabel, axisLabels, puzzleFacts } from "./sources/puzzle";

export interface ReportSubject {
  kind: ReportDto["kind"];
  title: string;
  filters: ReportFilters;
  /** Legends to carry even when no assembly matches (a convenio's report). */
  legends: string[];
}

/** The report as shown and exported, with the rows behind it for the anonymised data sheet. */
export interface ReportData {
  report: ReportDto;
  assemblies: ReportAssembly[];
  people: ReportPerson[];
}

function presentTable(lang: Lang, breakdown: Breakdown): ReportTableDto {
  const { measures } = breakdown;
  const suppressed = suppressColumns({
    rows: breakdown.rows.map((row) => measures.map((m) => row[m])),
    totals: measures.map((m) => breakdown.total[m]),
    additive: breakdown.additive,
  });
  const note =
    breakdown.id === "arrivals"
      ? "reports.note.arrivals"
      : breakdown.id === "population_group"
        ? "reports.note.population_group"
        : breakdown.id === "organizations"
          ? "reports.note.organizations"
          : breakdown.id === "ethnicity" || breakdown.id === "sensitive_conditions"
            ? "reports.note.sensitive"
            : null;
  return {
    id: breakdown.id,
    title: translate(lang, `reports.table.${breakdown.id}`),
    measures: [...measures],
    additive: breakdown.additive,
    rows: breakdown.rows.map((row, i) => ({
      key: row.key,
      label: rowLabel(lang, breakdown.id, row),
      ...(row.category ? { category: organizationTypeLabel(lang, row.category) } : {}),
      cells: suppressed.rows[i]!,
    })),
    total: suppressed.totals,
    ...(note ? { note: translate(lang, note) } : {}),
  };
}

function presentTerritory(rows: TerritoryRow[], label: (key: string) => string): TerritoryRowDto[] {
  const suppressed = suppressColumns({
    rows: rows.map((r) => [r.registered, r.present]),
    totals: [rows.reduce((n, r) => n + r.registered, 0), rows.reduce((n, r) => n + r.present, 0)],
    additive: true,
  });
  return rows.map((row, i) => ({
    key: row.key,
    label: label(row.key),
    assemblies: row.assemblies,
    registered: suppressed.rows[i]![0]!,
    present: suppressed.rows[i]![1]!,
    organizations: row.organizations,
  }));
}

function presentParticipation(
  lang: Lang,
  puzzle: PuzzleSummary,
  votes: ClosedVote[],
  axes: AxisLabel[],
  severalAssemblies: boolean,
): ParticipationDto {
  const axisName = new Map(axes.map((a) => [a.key, a.label]));
  return {
    byAxis: puzzle.byAxis.map((row) => ({
      ...row,
      label: axisName.get(row.key) ?? row.key.replace(/^table:/, ""),
    })),
    byCooperationForm: puzzle.byCooperationForm.map((c) => ({
      ...c,
      label: translate(lang, `puzzle.cooperation.${c.key}`),
    })),
    commitmentsByOwner: puzzle.commitmentsByOwner.map((c) => ({
      ...c,
      label: translate(lang, `reports.ownerType.${c.key}`),
    })),
    commitmentsByYear: puzzle.commitmentsByYear.map((c) => ({
      ...c,
      label: c.key === NO_DUE ? translate(lang, "reports.participation.noDue") : c.key,
    })),
    approvals: votes.map((v) => {
      const subject = v.tableName ?? translate(lang, "reports.participation.wholeAgenda");
      return {
        key: v.id,
        label: severalAssemblies ? `${v.assemblyName} — ${subject}` : subject,
        outcome: v.outcome,
        result: translate(lang, `reports.outcome.${v.outcome}`),
        inFavour: v.votesFor,
        against: v.votesAgainst,
        abstentions: v.votesAbstain,
      };
    }),
  };
}

/** Reads and counts everything a report shows; every count of people goes through small-cell suppression. */
export async function buildReport(
  db: Tx,
  subject: ReportSubject,
  assemblies: ReportAssembly[],
  lang: Lang,
): Promise<ReportData> {
  const ids = assemblies.map((a) => a.id);
  const people = await attendanceRows(db, ids);
  const [facts, votes, axes] = await Promise.all([
    puzzleFacts(db, ids),
    closedVotes(db, ids),
    axisLabels(db),
  ]);
  const puzzle = summarizePuzzle(
    facts,
    axes.map((a) => a.key),
  );
  const approvals = approvalByAssembly(votes);
  const counts = aggregate(people);
  const board = dashboard(assemblies, people);
  const { attendance } = counts;
  const [present, absent] = suppressLine([attendance.present, attendance.absent], true);
  const returning = counts.breakdowns
    .find((b) => b.id === "returning")
    ?.rows.find((r) => r.key === "returning");

  const perAssembly = assemblies.map(
    (a) => board.byAssembly.get(a.id) ?? { registered: 0, present: 0, walkIns: 0 },
  );
  const assemblyCells = suppressColumns({
    rows: perAssembly.map((c) => [c.registered, c.present, c.walkIns]),
    totals: [attendance.registered, attendance.present, attendance.walkIns],
    additive: true,
  });

  const legends = [...new Set([...subject.legends, ...assemblies.map((a) => a.legend)])];
  const report: ReportDto = {
    kind: subject.kind,
    title: subject.title,
    legends,
    generatedAt: new Date().toISOString(),
    filters: subject.filters,
    headline: {
      assemblies: assemblies.length,
      registered: suppressCount(attendance.registered),
      present: present!,
      absent: absent!,
      walkIns: suppressCount(attendance.walkIns),
      returning: suppressCount(returning?.present ?? 0),
      organizations: counts.organizations.registered,
      organizationsPresent: counts.organizations.present,
    },
    tables: counts.breakdowns.map((b) => presentTable(lang, b)),
    assemblies: assemblies.map((a, i) => ({
      id: a.id,
      name: a.name,
      agreement: agreementLabel(lang, a),
      status: a.status,
      date: a.date,
      departmentName: departmentName(a.departmentCode),
      municipalityName: municipalityName(a.municipalityCode),
      registered: assemblyCells.rows[i]![0]!,
      present: assemblyCells.rows[i]![1]!,
      walkIns: assemblyCells.rows[i]![2]!,
      puzzleCompletion: puzzle.completion.get(a.id) ?? null,
      approval: approvals.get(a.id) ?? null,
    })),
    byDepartment: presentTerritory(board.byDepartment, departmentName),
    byYear: presentTerritory(board.byYear, (key) => key),
    participation:
      facts.needs.length > 0 || votes.length > 0
        ? presentParticipation(lang, puzzle, votes, axes, assemblies.length > 1)
        : null,
  };
  return { report, assemblies, people };
}
