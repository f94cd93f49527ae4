// Rosters of the allocation: one table per page (or one sub-table), with a column to sign attendance.

import { type Lang, translate } from "../../shared/i18n";
import { type Content, renderPdf } from "./pdf";

export interface RosterMember {
  place: number;
  name: string;
  organization: string | null;
  municipality: string;
  knowsPit: boolean;
}

export interface RosterSubtable {
  label: string;
  leader: { name: string; confirmed: boolean } | null;
  members: RosterMember[];
}

export interface RosterTable {
  position: number;
  name: string;
  leaders: string[];
  spokesperson: string | null;
  subtables: RosterSubtable[];
}

export interface DocumentHeader {
  assemblyName: string;
  /** The convenio legend: in the footer of every page. */
  legend: string;
  lang: Lang;
  compress?: boolean;
}

function subtableBlock(
  subtable: RosterSubtable,
  t: (key: string, params?: Record<string, string | number>) => string,
): Content[] {
  const header = [
    "#",
    t("allocation.roster.name"),
    t("allocation.roster.organization"),
    t("allocation.roster.municipality"),
    t("allocation.roster.pit"),
    t("allocation.roster.signature"),
  ];
  const leader = subtable.leader
    ? t(
        subtable.leader.confirmed
          ? "allocation.roster.leader_confirmed"
          : "allocation.roster.leader_suggested",
        {
          name: subtable.leader.name,
        },
      )
    : t("allocation.roster.leader_none");
  return [
    {
      text: t("allocation.roster.subtable", { label: subtable.label, count: subtable.members.length }),
      style: "h2",
      headlineLevel: 2,
    },
    { text: leader, style: "muted", margin: [0, 0, 0, 4] },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [18, "*", "*", 80, 28, 90],
        body: [
          header.map((text) => ({ text, style: "tableHeader" })),
          ...subtable.members.map((m) => [
            String(m.place),
            m.name,
            m.organization ?? "—",
            m.municipality,
            m.knowsPit ? t("allocation.roster.yes") : "",
            "",
          ]),
        ],
      },
      layout: {
        hLineWidth: () => 0.5,
        vLineWidth: () => 0.5,
        hLineColor: () => "#94a3b8",
        vLineColor: () => "#94a3b8",
        paddingTop: () => 5,
        paddingBottom: () => 5,
      },
    },
  ];
}

/** One page or more per table; each sub-table is listed with its leader and a column to sign. */
export async function rosterPdf(tables: RosterTable[], header: DocumentHeader): Promise<Buffer> {
  const t = (key: string, params?: Record<string, string | number>) => translate(header.lang, key, params);
  const content: Content[] = tables.map((table, index) => ({
    stack: [
      { text: t("allocation.roster.table", { position: table.position, name: table.name }), style: "h1" },
      { text: header.assemblyName, style: "muted" },
      {
        text: t("allocation.roster.table_leaders", {
          names: table.leaders.length ? table.leaders.join(", ") : t("allocation.roster.none"),
        }),
        margin: [0, 4, 0, 0],
      },
      ...(table.spokesperson
        ? [{ text: t("allocation.roster.spokesperson", { name: table.spokesperson }) }]
        : []),
      ...table.subtables.flatMap((subtable) => subtableBlock(subtable, t)),
    ],
    ...(index > 0 ? { pageBreak: "before" } : {}),
  }));
  return renderPdf(content, {
    legend: header.legend,
    title: t("allocation.roster.title", { assembly: header.assemblyName }),
    compress: header.compress,
  });
}
