import type { MessageKey } from "../../../shared/i18n";
import type { AttendanceBreakdownDto } from "../../../shared/schemas/attendance";
import type { Translate } from "../../i18n/lang";

/** Catalogue codes read through i18n; municipalities come named by the server. */
export const breakdownLabels = (t: Translate) => ({
  sex: (row: AttendanceBreakdownDto) => t(`catalog.sex.${row.key}` as MessageKey),
  populationGroup: (row: AttendanceBreakdownDto) => t(`catalog.populationGroup.${row.key}` as MessageKey),
  municipality: (row: AttendanceBreakdownDto) => row.label,
});
