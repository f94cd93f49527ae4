// The sub-table card handed to its leader: the axis and its definition, the join code and a QR with the link.

import { translate } from "../../shared/i18n";
import { type Content, renderPdf } from "./pdf";
import type { DocumentHeader } from "./rosters";

export interface SubtableCard {
  tablePosition: number;
  tableName: string;
  definition: string;
  color: string;
  label: string;
  leaderName: string | null;
  /** Null when the code was revoked and not regenerated: the card says to ask for a new one. */
  code: string | null;
  /** The link the QR holds: the join page with the code filled in. */
  joinUrl: string | null;
}

/** One card per page, large enough to read across the sub-table. */
export async function subtableCardsPdf(
  cards: SubtableCard[],
  header: DocumentHeader & { joinPage: string },
): Promise<Buffer> {
  const t = (key: string, params?: Record<string, string | number>) => translate(header.lang, key, params);
  const content: Content[] = cards.map((card, index) => ({
    stack: [
      { canvas: [{ type: "rect", x: 0, y: 0, w: 532, h: 10, color: card.color }] },
      {
        text: t("allocation.card.heading", { position: card.tablePosition, label: card.label }),
        fontSize: 26,
        bold: true,
        margin: [0, 12, 0, 4],
      },
      { text: card.tableName, fontSize: 18, bold: true },
      { text: card.definition, fontSize: 12, margin: [0, 6, 0, 12] },
      ...(card.leaderName
        ? [
            {
              text: t("allocation.card.leader", { name: card.leaderName }),
              fontSize: 12,
              margin: [0, 0, 0, 12],
            },
          ]
        : []),
      card.code && card.joinUrl
        ? {
            columns: [
              { qr: card.joinUrl, fit: 190, width: 210 },
              {
                stack: [
                  { text: t("allocation.card.code"), fontSize: 12 },
                  { text: card.code.split("").join(" "), fontSize: 40, bold: true, margin: [0, 4, 0, 12] },
                  { text: t("allocation.card.instructions", { page: header.joinPage }), fontSize: 11 },
                ],
              },
            ],
          }
        : { text: t("allocation.card.no_code"), fontSize: 14, bold: true },
      { text: header.assemblyName, style: "muted", margin: [0, 18, 0, 0] },
    ],
    ...(index > 0 ? { pageBreak: "before" } : {}),
  }));
  return renderPdf(content, {
    legend: header.legend,
    title: t("allocation.card.title", { assembly: header.assemblyName }),
    compress: header.compress,
  });
}
