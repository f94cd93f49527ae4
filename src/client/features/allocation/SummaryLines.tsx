import type { AllocationSummaryDto } from "../../../shared/schemas/allocation";
import { useT } from "../../i18n/lang";

/** The allocation's summary, one readable line per fact ("82 % quedó en su primera opción"). */
export function SummaryLines({ summary }: { summary: AllocationSummaryDto }) {
  const t = useT();
  return (
    <ul className="allocation-summary">
      {summary.lines.map((line) => (
        <li key={line.code}>{t(`allocation.summary.${line.code}`, line.params)}</li>
      ))}
    </ul>
  );
}
