import "./votes.css";
import { useEffect, useState } from "react";
import { useParams } from "react-router";
import { VOTE_CHOICES, type VoteChoice } from "../../../domain/plenary/quorum";
import type { BallotDto, PublicVoteDto, VoterDto } from "../../../shared/schemas/vote";
import { api } from "../../api/client";
import { useApi } from "../../api/useApi";
import { useLegend } from "../../app/legend";
import { useT } from "../../i18n/lang";
import { useLiveEvents } from "../../live/useLiveEvents";
import { Button } from "../../ui/Button";
import { FormErrors } from "../../ui/FormErrors";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { Notice } from "../../ui/Notice";
import { useDocumentTitle } from "../../ui/Page";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";
import { ActionError } from "../plenary/ActionError";
import { useAction } from "../plenary/useAction";
import { BadgeScanner } from "./BadgeScanner";

const POLL_MS = 4000;
const storageKey = (assemblyId: string) => `minga.voter.${assemblyId}`;

function savedVoter(assemblyId: string): VoterDto | null {
  try {
    const text = sessionStorage.getItem(storageKey(assemblyId));
    return text ? (JSON.parse(text) as VoterDto) : null;
  } catch {
    return null;
  }
}

/** Step one: who is voting — the badge's QR code or the document number. */
function Identify({ assemblyId, onVoter }: { assemblyId: string; onVoter: (voter: VoterDto) => void }) {
  const t = useT();
  const form = useForm({ document: "" }, { idPrefix: "voter" });
  const identify = (body: { document?: string; credential?: string }) =>
    api.post<VoterDto>(`/api/public/assemblies/${assemblyId}/voters`, body).then(onVoter);
  return (
    <form
      className="form"
      aria-labelledby="identify-title"
      noValidate
      onSubmit={form.submit(async (values) => {
        await identify({ document: values.document });
        return undefined;
      })}
    >
      <h2 id="identify-title">{t("votes.voter.identify")}</h2>
      <p>{t("votes.voter.identifyHint")}</p>
      <FormErrors form={form} />
      <BadgeScanner
        onCode={(credential) => {
          void form.submit(async () => {
            await identify({ credential });
            return undefined;
          })();
        }}
      />
      <TextField
        {...form.field("document", t("votes.voter.document"))}
        inputMode="numeric"
        autoComplete="off"
        required
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t("votes.voter.continue")}
        </Button>
      </div>
    </form>
  );
}

/**
 * The participant's voting page on a phone (`/votar/:assemblyId`): identify once with the badge's QR or the
 * document number (only people checked in vote), then vote in the open digital vote and change the vote until
 * it closes. The page follows the plenary by itself.
 */
export default function VoterScreen() {
  const t = useT();
  const { assemblyId = "" } = useParams();
  const [voter, setVoter] = useState<VoterDto | null>(() => savedVoter(assemblyId));
  const path = `/api/public/assemblies/${assemblyId}/vote${voter ? `?voter=${encodeURIComponent(voter.voter)}` : ""}`;
  const state = useApi<PublicVoteDto>(path);
  const { reload } = state;
  const action = useAction();
  const [choice, setChoice] = useState<VoteChoice | "">("");
  useLegend(state.data?.assembly.legend);
  useDocumentTitle(t("votes.voter.title"));
  // Once identified, the phone follows the plenary live (its voter token opens the stream); before that,
  // or while the connection is down, it asks again every few seconds.
  const live = useLiveEvents(
    voter ? assemblyId : undefined,
    (event) => {
      if (event.type === "vote.opened" || event.type === "vote.closed") reload();
    },
    voter?.voter,
  );
  useEffect(() => {
    if (live.connected) return;
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [live.connected, reload]);

  const remember = (next: VoterDto | null) => {
    if (next) sessionStorage.setItem(storageKey(assemblyId), JSON.stringify(next));
    else sessionStorage.removeItem(storageKey(assemblyId));
    setVoter(next);
  };

  if (!state.data) return state.error ? <LoadError error={state.error} retry={reload} /> : <Loading />;
  const { assembly, vote, ballot } = state.data;
  const current = choice || ballot?.choice || "";
  const subject = vote?.tableName
    ? t("votes.voter.subject.table", { table: vote.tableName })
    : t("votes.voter.subject.agenda");

  const send = () =>
    action.run(async () => {
      if (!vote || !voter || !current) return;
      const saved = await api.put<BallotDto>(`/api/public/assemblies/${assemblyId}/ballot`, {
        voter: voter.voter,
        voteId: vote.id,
        choice: current,
      });
      setChoice("");
      state.setData({ ...state.data!, ballot: saved });
    });

  return (
    <div className="voter">
      <h1>{t("votes.voter.title")}</h1>
      <p className="page-meta">{assembly.name}</p>
      {!voter ? (
        <Identify assemblyId={assemblyId} onVoter={remember} />
      ) : (
        <>
          <p>
            {t("votes.voter.hello", { name: voter.firstNames })}{" "}
            <Button variant="quiet" onClick={() => remember(null)}>
              {t("votes.voter.notMe")}
            </Button>
          </p>
          <ActionError error={action.error} />
          {!vote ? <p role="status">{t("votes.voter.noVote")}</p> : null}
          {vote?.status === "closed" ? (
            <p role="status">
              {t("votes.voter.closed", { outcome: vote.outcome ? t(`votes.outcome.${vote.outcome}`) : "" })}
            </p>
          ) : null}
          {vote?.status === "open" && vote.method === "hand" ? (
            <p role="status">{t("votes.voter.hand")}</p>
          ) : null}
          {vote?.status === "open" && vote.method === "digital" ? (
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                void send();
              }}
            >
              <h2>{t("votes.voter.question", { subject })}</h2>
              <fieldset className="voter__choices">
                <legend>{t("votes.voter.choices")}</legend>
                {VOTE_CHOICES.map((option) => (
                  <label key={option} className="voter__choice">
                    <input
                      type="radio"
                      name="choice"
                      value={option}
                      checked={current === option}
                      onChange={() => setChoice(option)}
                    />
                    {t(`votes.counts.${option}`)}
                  </label>
                ))}
              </fieldset>
              <Button type="submit" busy={action.busy}>
                {t("votes.voter.send")}
              </Button>
            </form>
          ) : null}
          <Notice
            text={
              vote?.status === "open" && ballot
                ? t("votes.voter.yourVote", { choice: t(`votes.counts.${ballot.choice}`) })
                : null
            }
          />
        </>
      )}
    </div>
  );
}
