import { quorumRequired } from "../../../domain/plenary/quorum";
import type { VoteDto } from "../../../shared/schemas/vote";
import { api } from "../../api/client";
import { formatNumber } from "../../i18n/format";
import { useLang, useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { FormErrors } from "../../ui/FormErrors";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";
import { ResultsChart } from "./ResultsChart";

interface CurrentVoteProps {
  vote: VoteDto;
  subject: string;
  canModerate: boolean;
  onClosed: (vote: VoteDto) => void;
}

/** The open vote: its quorum, the live results of a digital vote, the hand count, and closing it. */
export function CurrentVote({ vote, subject, canModerate, onClosed }: CurrentVoteProps) {
  const t = useT();
  const { lang } = useLang();
  const form = useForm({ counts: { for: "", against: "", abstain: "" } }, { idPrefix: `close-${vote.id}` });
  const required = quorumRequired(vote.quorum, vote.basis);
  const hand = vote.method === "hand";
  const toNumber = (value: string) => (value.trim() === "" ? undefined : Number(value));
  const ballots = vote.counts ? vote.counts.for + vote.counts.against + vote.counts.abstain : 0;
  return (
    <section aria-labelledby="current-vote-title" className="card vote-current">
      <h3 id="current-vote-title">{t("votes.current.title", { subject })}</h3>
      <p>
        {t("votes.current.basis", {
          basis: formatNumber(vote.basis, lang),
          required: formatNumber(required, lang),
        })}
      </p>
      {vote.counts ? (
        <>
          <p aria-live="polite">{t("votes.current.ballots", { count: formatNumber(ballots, lang) })}</p>
          <ResultsChart counts={vote.counts} title={t("votes.chart.title")} />
        </>
      ) : null}
      {canModerate ? (
        <form
          className="form"
          noValidate
          onSubmit={form.submit(async (values) => {
            const counts = hand
              ? {
                  for: toNumber(values.counts.for),
                  against: toNumber(values.counts.against),
                  abstain: toNumber(values.counts.abstain),
                }
              : undefined;
            onClosed(await api.post<VoteDto>(`/api/votes/${vote.id}/close`, { counts }));
            return undefined;
          })}
        >
          <FormErrors form={form} />
          {hand ? (
            <fieldset className="vote-counts">
              <legend>{t("votes.hand.title")}</legend>
              <TextField
                {...form.field("counts.for", t("votes.counts.for"))}
                type="number"
                inputMode="numeric"
                min={0}
              />
              <TextField
                {...form.field("counts.against", t("votes.counts.against"))}
                type="number"
                inputMode="numeric"
                min={0}
              />
              <TextField
                {...form.field("counts.abstain", t("votes.counts.abstain"))}
                type="number"
                inputMode="numeric"
                min={0}
              />
            </fieldset>
          ) : null}
          <div className="form__actions">
            <Button type="submit" busy={form.busy}>
              {t("votes.close.button")}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
