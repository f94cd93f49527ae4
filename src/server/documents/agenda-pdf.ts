import { type Lang, type Params, translate } from "../../shared/i18n";
import type { AgendaDocumentDto, AgendaDocumentTable } from "../../shared/schemas/agenda-document";
import { codeLabel, dateText, dateTimeText, dueText, voteLines } from "./agenda-labels";
import { type Content, renderPdf } from "./pdf";

type T = (key: string, params?: Params) => string;

const header = (texts: string[]) => texts.map((text) => ({ text, style: "tableHeader" }));
const grid = (widths: (number | string)[], head: string[], rows: string[][]): Content => ({
  table: { headerRows: 1, widths, body: [header(head), ...rows] },
  layout: "lightHorizontalLines",
  margin: [0, 2, 0, 8],
});

export const agendaTitle = (document: AgendaDocumentDto, lang: Lang) =>
  translate(lang, "plenary.doc.title", { region: document.region, period: document.period });

function cover(document: AgendaDocumentDto, t: T, lang: Lang): Content[] {
  const { assembly } = document;
  const place =
    [assembly.municipalityName, assembly.departmentName].join(", ") +
    (assembly.venue ? ` · ${assembly.venue}` : "");
  return [
    { text: agendaTitle(document, lang), fontSize: 24, bold: true, margin: [0, 120, 0, 24] },
    { text: assembly.name, fontSize: 14, bold: true, margin: [0, 0, 0, 6] },
    { text: `${t("plenary.doc.place")}: ${place}` },
    { text: `${t("plenary.doc.date")}: ${dateText(assembly.date, lang)}`, margin: [0, 0, 0, 12] },
    ...(assembly.projectName
      ? [{ text: `${t("plenary.doc.project")}: ${assembly.projectName}`, bold: true }]
      : []),
    ...(assembly.projectDescription
      ? [{ text: assembly.projectDescription, style: "muted", margin: [0, 2, 0, 12] }]
      : []),
    {
      text: document.approvedAt
        ? t("plenary.doc.approvedAt", { at: dateTimeText(document.approvedAt, lang) })
        : t("plenary.doc.draft"),
      bold: true,
      margin: [0, 12, 0, 12],
    },
    { text: document.legend, italics: true, margin: [0, 24, 0, 0] },
    {
      text: t("plenary.doc.contents"),
      style: "h2",
      margin: [0, 36, 0, 6],
    },
    {
      ol: [
        t("plenary.doc.attendance"),
        t("plenary.doc.allies"),
        t("plenary.doc.systematisation"),
        t("plenary.doc.axes"),
        t("plenary.doc.agendaVote"),
        ...(document.associations ? [t("plenary.doc.associations")] : []),
      ],
    },
  ];
}

function attendanceSection(document: AgendaDocumentDto, t: T, lang: Lang): Content[] {
  const { attendance } = document;
  const breakdown = (
    title: string,
    rows: { key: string; label: string; present: number }[],
    label: (row: { key: string; label: string }) => string,
  ): Content[] =>
    rows.length
      ? [
          { text: title, style: "h3" },
          grid(
            ["*", 80],
            [t("plenary.doc.group"), t("plenary.doc.people")],
            rows.map((row) => [label(row), String(row.present)]),
          ),
        ]
      : [];
  return [
    { text: t("plenary.doc.attendance"), style: "h1", pageBreak: "before" },
    grid(
      ["*", 80],
      [t("plenary.doc.field"), t("plenary.doc.value")],
      [
        [t("plenary.doc.registered"), String(attendance.registered)],
        [t("plenary.doc.present"), String(attendance.present)],
        [t("plenary.doc.walkIns"), String(attendance.walkIns)],
      ],
    ),
    ...breakdown(t("plenary.doc.bySex"), attendance.bySex, (row) => codeLabel(lang, "catalog.sex", row.key)),
    ...breakdown(t("plenary.doc.byMunicipality"), attendance.byMunicipality, (row) => row.label),
    ...breakdown(t("plenary.doc.byPopulationGroup"), attendance.byPopulationGroup, (row) =>
      codeLabel(lang, "catalog.populationGroup", row.key),
    ),
  ];
}

function alliesSection(document: AgendaDocumentDto, t: T, lang: Lang): Content[] {
  return [
    { text: t("plenary.doc.allies"), style: "h1", pageBreak: "before" },
    document.allies.length
      ? grid(
          ["*", 70, "*", "*"],
          [
            t("allies.field.institution"),
            t("allies.field.kind"),
            t("allies.field.offer"),
            t("allies.field.pitContribution"),
          ],
          document.allies.map((ally) => [
            ally.institution,
            codeLabel(lang, "allies.kind", ally.kind),
            ally.offer,
            ally.pitContribution,
          ]),
        )
      : { text: t("plenary.doc.empty"), style: "muted" },
  ];
}

function systematisationSection(document: AgendaDocumentDto, t: T): Content[] {
  const { systematisation } = document;
  const content: Content[] = [
    { text: t("plenary.doc.systematisation"), style: "h1", pageBreak: "before" },
    { text: t("experiences.questions"), style: "h3" },
    { ol: systematisation.guidingQuestions },
  ];
  const notes = ["contributions", "learnings", "difficulties", "opportunities"] as const;
  for (const experience of systematisation.experiences) {
    content.push(
      { text: `${experience.position}. ${experience.organization}`, style: "h2" },
      {
        text: [experience.presenter, experience.municipalityName, experience.theme]
          .filter(Boolean)
          .join(" · "),
        style: "muted",
      },
    );
    for (const note of notes) {
      if (experience[note])
        content.push({ text: t(`experiences.notes.${note}`), style: "h3" }, { text: experience[note] });
    }
    if (experience.criteria.length)
      content.push({ text: t("experiences.notes.criteria"), style: "h3" }, { ul: experience.criteria });
  }
  if (!systematisation.experiences.length) content.push({ text: t("plenary.doc.empty"), style: "muted" });
  if (systematisation.summary.length) {
    content.push(
      { text: t("experiences.summary.title"), style: "h2" },
      grid(
        ["*", 70, "*"],
        [
          t("experiences.summary.criterion"),
          t("experiences.summary.count"),
          t("experiences.summary.experiences"),
        ],
        systematisation.summary.map((row) => [
          row.criterion,
          String(row.count),
          row.organizations.join(", "),
        ]),
      ),
    );
  }
  return content;
}

function voteContent(vote: AgendaDocumentTable["vote"], t: T, lang: Lang): Content {
  if (!vote) return { text: t("votes.doc.none"), style: "muted" };
  const [outcome, ...rest] = voteLines(vote, lang);
  return { stack: [{ text: outcome, bold: true }, ...rest.map((text) => ({ text, style: "muted" }))] };
}

function axisSection(table: AgendaDocumentTable, t: T, lang: Lang): Content[] {
  const content: Content[] = [
    {
      text: t("plenary.doc.axis", { position: table.position, name: table.name }),
      style: "h1",
      pageBreak: "before",
    },
    { text: table.definition, style: "muted", margin: [0, 0, 0, 6] },
    {
      text: [
        { text: `${t("plenary.doc.spokesperson")}: `, bold: true },
        table.spokesperson
          ? [table.spokesperson.name, table.spokesperson.organization].filter(Boolean).join(" — ")
          : t("plenary.doc.noSpokesperson"),
      ],
    },
    { text: t("plenary.doc.needs"), style: "h2" },
  ];
  if (!table.items.length) content.push({ text: t("plenary.doc.empty"), style: "muted" });
  content.push({
    ol: table.items.map((item) => ({
      stack: [
        { text: item.title, bold: true },
        ...(item.description ? [{ text: item.description }] : []),
        {
          text: t("plenary.doc.fromSubtables", {
            labels: [...new Set(item.originals.map((o) => o.subtableLabel))].join(", "),
          }),
          style: "muted",
          fontSize: 8,
        },
      ],
      margin: [0, 0, 0, 4],
    })),
  });
  content.push({ text: t("plenary.doc.solutions"), style: "h2" });
  const solutions = table.items.flatMap((item) => item.solutions.map((solution) => ({ item, solution })));
  content.push(
    solutions.length
      ? grid(
          [90, "*", 80, "*"],
          [
            t("plenary.doc.need"),
            t("plenary.doc.solution"),
            t("plenary.doc.cooperation"),
            t("plenary.doc.organizations"),
          ],
          solutions.map(({ item, solution }) => [
            `${item.position}. ${item.title}`,
            solution.description,
            codeLabel(lang, "puzzle.cooperation", solution.cooperationForm),
            solution.organizations.join(", "),
          ]),
        )
      : { text: t("plenary.doc.empty"), style: "muted" },
  );
  content.push({ text: t("plenary.doc.plan"), style: "h2" });
  const plan = table.items.flatMap((item) => item.plan.map((planItem) => ({ item, planItem })));
  content.push(
    plan.length
      ? grid(
          [24, "*", 110, 80, 100],
          [
            "#",
            t("plenary.doc.action"),
            t("plenary.doc.who"),
            t("plenary.doc.when"),
            t("plenary.doc.resources"),
          ],
          plan.map(({ item, planItem }) => [
            String(item.position),
            planItem.action,
            planItem.owner,
            dueText(planItem.due, lang),
            planItem.resources,
          ]),
        )
      : { text: t("plenary.doc.empty"), style: "muted" },
  );
  content.push({ text: t("plenary.doc.vote"), style: "h2" }, voteContent(table.vote, t, lang));
  return content;
}

function closingSections(document: AgendaDocumentDto, t: T, lang: Lang): Content[] {
  const content: Content[] = [
    { text: t("plenary.doc.agendaVote"), style: "h1", pageBreak: "before" },
    voteContent(document.agendaVote, t, lang),
  ];
  if (document.associations) {
    content.push(
      { text: t("plenary.doc.associations"), style: "h1", margin: [0, 24, 0, 8] },
      grid(
        ["*", "*"],
        [t("plenary.doc.organizations"), t("plenary.doc.associationNeeds")],
        document.associations.map((group) => [
          group.organizations.join(", "),
          group.needs.map((need) => `${need.title} (${need.tableName})`).join("; "),
        ]),
      ),
    );
  }
  return content;
}

/**
 * The agenda document as a letter-size PDF: cover, attendance, allies, the systematisation of Momento 3, one
 * section per axis (needs, solutions, work plan, spokesperson, vote), the whole agenda's approval and the possible
 * associations. The convenio legend is in the footer of every page.
 */
export async function agendaPdf(document: AgendaDocumentDto, lang: Lang, compress = true): Promise<Buffer> {
  const t: T = (key, params) => translate(lang, key, params);
  const content: Content[] = [
    ...cover(document, t, lang),
    ...attendanceSection(document, t, lang),
    ...alliesSection(document, t, lang),
    ...systematisationSection(document, t),
    ...document.tables.flatMap((table) => axisSection(table, t, lang)),
    ...closingSections(document, t, lang),
  ];
  return renderPdf(content, { legend: document.legend, title: agendaTitle(document, lang), compress });
}
