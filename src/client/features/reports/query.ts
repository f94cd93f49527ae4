import type { ExportFormat, ReportFilters } from "../../../shared/schemas/report";

export const FILTER_KEYS = ["agreementId", "departmentCode", "from", "to", "assemblyId"] as const;

/** The filters set in the address bar (empty ones left out), so a filtered report can be shared as a link. */
export function filtersFrom(params: URLSearchParams): ReportFilters {
  const filters: ReportFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

export function queryString(filters: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The export of a report: the JSON path with `/export` and the format added. */
export function exportUrl(
  reportPath: string,
  filters: Record<string, string | undefined>,
  format: ExportFormat,
): string {
  return `${reportPath}/export${queryString({ ...filters, format })}`;
}
