import { useEffect, useRef } from "react";
import type { ReportTableDto } from "../../../shared/schemas/report";
import { useT } from "../../i18n/lang";
import { chartValue } from "./cells";

// Chart.js is loaded the first time a report draws a chart, never with the rest of the app.
let chartJs: Promise<typeof import("chart.js")> | null = null;
function loadChartJs() {
  chartJs ??= import("chart.js").then((module) => {
    module.Chart.register(
      module.BarController,
      module.BarElement,
      module.CategoryScale,
      module.LinearScale,
      module.Legend,
      module.Tooltip,
    );
    return module;
  });
  return chartJs;
}

const COLORS = { registered: "#7b8794", present: "#0f5132" } as const;
/** Longer breakdowns chart their largest rows; the table has them all. */
export const CHART_MAX_ROWS = 20;

/**
 * A horizontal bar chart of a breakdown. The canvas is an image whose text alternative names the chart and
 * points to the table right after it, which holds the same numbers.
 */
export function ReportChart({ table }: { table: ReportTableDto }) {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const count = Math.min(table.rows.length, CHART_MAX_ROWS);

  useEffect(() => {
    const rows = table.rows.slice(0, CHART_MAX_ROWS);
    let cancelled = false;
    let chart: { destroy(): void } | null = null;
    loadChartJs().then(({ Chart }) => {
      if (cancelled || !canvas.current) return;
      chart = new Chart(canvas.current, {
        type: "bar",
        data: {
          labels: rows.map((row) => row.label),
          datasets: table.measures.map((measure, i) => ({
            label: t(`reports.measure.${measure}`),
            data: rows.map((row) => chartValue(row.cells[i])),
            backgroundColor: COLORS[measure],
          })),
        },
        options: {
          indexAxis: "y",
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
          plugins: { legend: { position: "top", align: "start" } },
        },
      });
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [table, t]);

  const height = 64 + count * table.measures.length * 16;
  return (
    <div className="report-chart" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={t("reports.chartAlt", { title: table.title })} />
    </div>
  );
}
