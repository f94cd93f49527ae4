import ExcelJS from "exceljs";
import { type Lang, type Params, translate } from "../../shared/i18n";
import type { AgendaDocumentDto, DocumentVoteDto } from "../../shared/schemas/agenda-document";
import { codeLabel, dateText, dateTimeText, dueText } from "./agenda-labels";
import { agendaTitle } from "./agenda-pdf";
import { addRows, sheetWithLegend, workbookBuffer } from "./xlsx-legend";

/** The agenda document as a workbook, one sheet per section, the legend on top of each and in every footer. */
export async function agendaWorkbook(document: AgendaDocumentDto, lang: Lang): Promise<Buffer> {
  const t = (key: string, params?: Params) => translate(lang, key, params);
  const title = agendaTitle(document, lang);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Minga";
  const sheet = (name: string, columns: { header: string; key: string; width: number }[]) =>
    sheetWithLegend(workbook, t(`plenary.doc.sheet.${name}`), title, document.legend, columns);
  const { assembly, attendance } = document;

  addRows(
    sheet("cover", [
      { header: t("plenary.doc.field"), key: "field", width: 32 },
      { header: t("plenary.doc.value"), key: "value", width: 90 },
    ]),
    [
      { field: t("plenary.doc.assembly"), value: assembly.name },
      {
        field: t("plenary.doc.place"),
        value: [assembly.municipalityName, assembly.departmentName, assembly.venue]
          .filter(Boolean)
          .join(", "),
      },
      { field: t("plenary.doc.date"), value: dateText(assembly.date, lang) },
      {
        field: t("plenary.doc.project"),
        value: [assembly.projectName, assembly.projectDescription].filter(Boolean).join(" — "),
      },
      {
        field: t("plenary.doc.vote"),
        value: document.approvedAt
          ? t("plenary.doc.approvedAt", { at: dateTimeText(document.approvedAt, lang) })
          : t("plenary.doc.draft"),
      },
    ],
  );

  const breakdownRows = (
    section: string,
    rows: { key: string; label: string; present: number }[],
    label: (row: { key: string; label: string }) => string,
  ) => rows.map((row) => ({ section, group: label(row), present: row.present }));
  addRows(
    sheet("attendance", [
      { header: t("plenary.doc.attendance"), key: "section", width: 28 },
      { header: t("plenary.doc.group"), key: "group", width: 40 },
      { header: t("plenary.doc.people"), key: "present", width: 12 },
    ]),
    [
      {
        section: t("plenary.doc.attendance"),
        group: t("plenary.doc.registered"),
        present: attendance.registered,
      },
      { section: t("plenary.doc.attendance"), group: t("plenary.doc.present"), present: attendance.present },
      { section: t("plenary.doc.attendance"), group: t("plenary.doc.walkIns"), present: attendance.walkIns },
      ...breakdownRows(t("plenary.doc.bySex"), attendance.bySex, (row) =>
        codeLabel(lang, "catalog.sex", row.key),
      ),
      ...breakdownRows(t("plenary.doc.byMunicipality"), attendance.byMunicipality, (row) => row.label),
      ...breakdownRows(t("plenary.doc.byPopulationGroup"), attendance.byPopulationGroup, (row) =>
        codeLabel(lang, "catalog.populationGroup", row.key),
      ),
    ],
  );

  addRows(
    sheet("allies", [
      { header: t("allies.field.institution"), key: "institution", width: 32 },
      { header: t("allies.field.kind"), key: "kind", width: 20 },
      { header: t("allies.field.offer"), key: "offer", width: 50 },
      { header: t("allies.field.pitContribution"), key: "pitContribution", width: 50 },
    ]),
    document.allies.map((ally) => ({ ...ally, kind: codeLabel(lang, "allies.kind", ally.kind) })),
  );

  addRows(
    sheet("systematisation", [
      { header: "#", key: "position", width: 5 },
      { header: t("experiences.field.organization"), key: "organization", width: 30 },
      { header: t("experiences.field.presenter"), key: "presenter", width: 22 },
      { header: t("experiences.field.municipality"), key: "municipalityName", width: 18 },
      { header: t("experiences.field.theme"), key: "theme", width: 26 },
      ...(["contributions", "learnings", "difficulties", "opportunities"] as const).map((note) => ({
        header: t(`experiences.notes.${note}`),
        key: note,
        width: 40,
      })),
      { header: t("experiences.notes.criteria"), key: "criteria", width: 32 },
    ]),
    document.systematisation.experiences.map((e) => ({ ...e, criteria: e.criteria.join("; ") })),
  );

  const axis = (table: AgendaDocumentDto["tables"][number]) =>
    t("plenary.doc.axis", { position: table.position, name: table.name });
  const axisColumns = [
    { header: t("commitments.field.axis"), key: "axis", width: 30 },
    { header: t("plenary.doc.item"), key: "point", width: 8 },
    { header: t("plenary.doc.need"), key: "need", width: 36 },
  ];
  addRows(
    sheet("needs", [
      ...axisColumns,
      { header: t("plenary.field.description"), key: "description", width: 50 },
      { header: t("plenary.doc.subtable"), key: "subtables", width: 16 },
      { header: t("plenary.doc.originals"), key: "originals", width: 60 },
    ]),
    document.tables.flatMap((table) =>
      table.items.map((item) => ({
        axis: axis(table),
        point: item.position,
        need: item.title,
        description: item.description,
        subtables: [...new Set(item.originals.map((o) => o.subtableLabel))].join(", "),
        originals: item.originals.map((o) => `${o.subtableLabel}: ${o.title}`).join("; "),
      })),
    ),
  );
  addRows(
    sheet("solutions", [
      ...axisColumns,
      { header: t("plenary.doc.solution"), key: "solution", width: 50 },
      { header: t("plenary.doc.cooperation"), key: "cooperation", width: 24 },
      { header: t("plenary.doc.organizations"), key: "organizations", width: 40 },
      { header: t("plenary.doc.subtable"), key: "subtable", width: 12 },
    ]),
    document.tables.flatMap((table) =>
      table.items.flatMap((item) =>
        item.solutions.map((solution) => ({
          axis: axis(table),
          point: item.position,
          need: item.title,
          solution: solution.description,
          cooperation: codeLabel(lang, "puzzle.cooperation", solution.cooperationForm),
          organizations: solution.organizations.join(", "),
          subtable: solution.subtableLabel,
        })),
      ),
    ),
  );
  addRows(
    sheet("plan", [
      ...axisColumns,
      { header: t("plenary.doc.action"), key: "action", width: 44 },
      { header: t("plenary.doc.who"), key: "owner", width: 28 },
      { header: t("plenary.doc.when"), key: "due", width: 20 },
      { header: t("plenary.doc.resources"), key: "resources", width: 30 },
      { header: t("plenary.doc.subtable"), key: "subtable", width: 12 },
    ]),
    document.tables.flatMap((table) =>
      table.items.flatMap((item) =>
        item.plan.map((plan) => ({
          axis: axis(table),
          point: item.position,
          need: item.title,
          action: plan.action,
          owner: plan.owner,
          due: dueText(plan.due, lang),
          resources: plan.resources,
          subtable: plan.subtableLabel,
        })),
      ),
    ),
  );

  const voteRow = (subject: string, spokesperson: string, vote: DocumentVoteDto | null) => ({
    subject,
    spokesperson,
    method: vote ? t(`votes.methodShort.${vote.method}`) : "",
    for: vote?.counts.for,
    against: vote?.counts.against,
    abstain: vote?.counts.abstain,
    basis: vote?.basis,
    required: vote?.result.quorumRequired,
    outcome: vote ? t(`votes.outcome.${vote.result.outcome}`) : t("votes.doc.none"),
    closed: vote ? dateTimeText(vote.closedAt, lang) : "",
  });
  addRows(
    sheet("votes", [
      { header: t("votes.field.subject"), key: "subject", width: 36 },
      { header: t("plenary.doc.spokesperson"), key: "spokesperson", width: 30 },
      { header: t("votes.field.method"), key: "method", width: 16 },
      { header: t("votes.counts.for"), key: "for", width: 10 },
      { header: t("votes.counts.against"), key: "against", width: 10 },
      { header: t("votes.counts.abstain"), key: "abstain", width: 12 },
      { header: t("plenary.doc.present"), key: "basis", width: 14 },
      { header: t("votes.field.quorum"), key: "required", width: 10 },
      { header: t("plenary.doc.vote"), key: "outcome", width: 16 },
      { header: t("plenary.doc.date"), key: "closed", width: 26 },
    ]),
    [
      ...document.tables.map((table) =>
        voteRow(
          axis(table),
          table.spokesperson
            ? [table.spokesperson.name, table.spokesperson.organization].filter(Boolean).join(" — ")
            : "",
          table.vote,
        ),
      ),
      voteRow(t("plenary.doc.agendaVote"), "", document.agendaVote),
    ],
  );

  if (document.associations) {
    addRows(
      sheet("associations", [
        { header: t("plenary.doc.organizations"), key: "organizations", width: 50 },
        { header: t("plenary.doc.associationNeeds"), key: "needs", width: 80 },
      ]),
      document.associations.map((group) => ({
        organizations: group.organizations.join(", "),
        needs: group.needs.map((need) => `${need.title} (${need.tableName})`).join("; "),
      })),
    );
  }
  return workbookBuffer(workbook);
}
