import type { VoteDto } from "../../../shared/schemas/vote";
import { useLang, useT } from "../../i18n/lang";
import { bogotaDateTime } from "../plenary/time";

/** Every vote of the assembly, the latest first, with its method, result, counts and times. */
export function VoteList({ votes, subjectOf }: { votes: VoteDto[]; subjectOf: (vote: VoteDto) => string }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <section aria-labelledby="vote-list-title" className="section">
      <h3 id="vote-list-title">{t("votes.list.title")}</h3>
      {votes.length === 0 ? <p>{t("votes.list.empty")}</p> : null}
      <ul className="plenary-list">
        {votes.map((vote) => (
          <li key={vote.id}>
            <p className="plenary-list__main">
              {t("votes.list.entry", {
                subject: subjectOf(vote),
                method: t(`votes.methodShort.${vote.method}`),
                outcome: vote.result ? t(`votes.outcome.${vote.result.outcome}`) : t("votes.status.open"),
              })}
            </p>
            {vote.result && vote.counts ? (
              <p className="plenary-list__meta">
                {t("votes.list.counts", {
                  ...vote.counts,
                  participating: vote.result.participating,
                  required: vote.result.quorumRequired,
                })}
              </p>
            ) : null}
            <p className="plenary-list__meta">
              {t("votes.list.times", {
                opened: bogotaDateTime(vote.openedAt, lang, "short"),
                closed: vote.closedAt ? bogotaDateTime(vote.closedAt, lang, "short") : "—",
              })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
