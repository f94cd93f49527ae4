import "./associativity.css";
import { useEffect, useId, useState } from "react";
import type { OrganizationSummaryDto, SuggestionsDto } from "../../../shared/schemas/associativity";
import { useApi } from "../../api/useApi";
import { useT } from "../../i18n/lang";
import { Notice } from "../../ui/Notice";
import { SuggestionCards } from "./SuggestionCards";

export interface SuggestedOrganizationsProps {
  /** What the need says now (its title, and its description when there is one). */
  needText: string;
  /** The table's national axis code; when unknown, `tableId` or `needId` lets the server find it. */
  axisCode?: string | null;
  assemblyId?: string;
  tableId?: string;
  /**
   * The need of the puzzle, once saved: the server then knows its assembly, axis and sub-table (whose own
   * solutions do not count as "named together by other sub-tables"). Without it, `assemblyId` is needed.
   */
  needId?: string;
  /** Organisations the solution already names: not suggested again. */
  cooperating?: readonly string[];
  onAdd: (organization: OrganizationSummaryDto) => void;
}

/** Wait until the person stops typing before asking again. */
const SETTLE_MS = 700;

/**
 * "Organizaciones que podrían asociarse": under a solution on the sub-table's phone, the organisations of the
 * assembly and its allies that fit the need best, why, and one tap to add one as cooperating.
 */
export function SuggestedOrganizations({
  needText,
  axisCode = null,
  assemblyId,
  tableId,
  needId,
  cooperating = [],
  onAdd,
}: SuggestedOrganizationsProps) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(needText.trim());
  const [added, setAdded] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setText(needText.trim()), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [needText]);

  const params = new URLSearchParams({ q: text, limit: "5", cooperating: cooperating.join("|") });
  if (!needId && axisCode) params.set("axis", axisCode);
  else if (!needId && tableId) params.set("table", tableId);
  const base = needId
    ? `/api/associativity/needs/${needId}/suggestions`
    : assemblyId
      ? `/api/assemblies/${assemblyId}/associativity/suggestions`
      : null;
  const path = base && text.length >= 3 ? `${base}?${params}` : null;
  // Suggestions only help: offline, or before the need reaches the server, the section stays quiet.
  const { data, loading } = useApi<SuggestionsDto>(path);

  if (path === null) return null;
  const headingId = `${id}-title`;
  return (
    <section className="suggested" aria-labelledby={headingId} aria-busy={loading || undefined}>
      <h3 id={headingId}>{t("associativity.title")}</h3>
      <Notice text={added ? t("associativity.added", { name: added }) : null} />
      {loading && !data ? <p className="field__hint">{t("associativity.loading")}</p> : null}
      {data && data.suggestions.length === 0 ? (
        <p className="field__hint">{t("associativity.empty")}</p>
      ) : null}
      {data && data.suggestions.length > 0 ? (
        <SuggestionCards
          id={id}
          suggestions={data.suggestions}
          onAdd={(organization) => {
            setAdded(organization.name);
            onAdd(organization);
          }}
        />
      ) : null}
    </section>
  );
}
