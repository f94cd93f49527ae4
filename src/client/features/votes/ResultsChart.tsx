import { useId } from "react";
import { VOTE_CHOICES } from "../../../domain/plenary/quorum";
import type { VoteCountsDto } from "../../../shared/schemas/vote";
import { formatNumber } from "../../i18n/format";
import { useLang, useT } from "../../i18n/lang";

const COLORS = {
  light: { for: "#0f5132", against: "#a4161a", abstain: "#4a4f4c", text: "#1b1b1b", track: "#e6ebe8" },
  dark: {
    for: "#7bd389",
    against: "#ff9e94",
    abstain: "#d5dcd8",
    text: "#ffffff",
    track: "rgb(255 255 255 / 0.15)",
  },
};

interface ResultsChartProps {
  counts: VoteCountsDto;
  title: string;
  theme?: "light" | "dark";
}

/**
 * The results as horizontal bars (a favor, en contra, abstención), drawn in SVG with a title and a description
 * for screen readers, and the same numbers as a table that is the chart's text alternative, announced politely
 * as ballots arrive.
 */
export function ResultsChart({ counts, title, theme = "light" }: ResultsChartProps) {
  const t = useT();
  const { lang } = useLang();
  const id = useId();
  const colors = COLORS[theme];
  const max = Math.max(1, ...VOTE_CHOICES.map((choice) => counts[choice]));
  const summary = t("votes.chart.summary", {
    for: formatNumber(counts.for, lang),
    against: formatNumber(counts.against, lang),
    abstain: formatNumber(counts.abstain, lang),
  });
  const rowHeight = 56;
  return (
    <figure className={`results-chart results-chart--${theme}`}>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 600 ${rowHeight * VOTE_CHOICES.length}`}
        className="results-chart__svg"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {VOTE_CHOICES.map((choice, index) => {
          const y = index * rowHeight;
          const width = Math.round((counts[choice] / max) * 380);
          return (
            <g key={choice}>
              <text x="0" y={y + 34} fill={colors.text} fontSize="22">
                {t(`votes.counts.${choice}`)}
              </text>
              <rect x="150" y={y + 10} width="380" height="36" rx="6" fill={colors.track} />
              <rect x="150" y={y + 10} width={width} height="36" rx="6" fill={colors[choice]} />
              <text x="590" y={y + 36} fill={colors.text} fontSize="26" fontWeight="700" textAnchor="end">
                {formatNumber(counts[choice], lang)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <table className="results-chart__table">
          <caption className="visually-hidden">{title}</caption>
          <tbody>
            {VOTE_CHOICES.map((choice) => (
              <tr key={choice}>
                <th scope="row">{t(`votes.counts.${choice}`)}</th>
                <td>{formatNumber(counts[choice], lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="visually-hidden" aria-live="polite">
          {summary}
        </p>
      </figcaption>
    </figure>
  );
}
