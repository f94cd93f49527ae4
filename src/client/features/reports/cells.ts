import type { Lang } from "../../../shared/i18n";
import type { CellDto } from "../../../shared/schemas/report";
import { formatNumber } from "../../i18n/format";

/** A count as the report shows it: the number, or the suppression marker ("<5", "*") as it came. */
export const formatCell = (cell: CellDto, lang: Lang) =>
  typeof cell === "number" ? formatNumber(cell, lang) : cell;

/** Charts draw numbers only: a hidden count has no bar (the table beside it shows the marker). */
export const chartValue = (cell: CellDto | undefined) => (typeof cell === "number" ? cell : null);
