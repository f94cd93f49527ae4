import "../plenary/plenary.css";
import "./votes.css";
import { useState } from "react";
import { policies } from "../../../shared/policies";
import type { PlenaryAgendaDto } from "../../../shared/schemas/plenary";
import type { VoteCountsDto, VoteDto } from "../../../shared/schemas/vote";
import { useApi } from "../../api/useApi";
import { useActor } from "../../app/session";
import { useT } from "../../i18n/lang";
import { useLiveEvents } from "../../live/useLiveEvents";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { Notice } from "../../ui/Notice";
import { useDocumentTitle } from "../../ui/Page";
import { useAssembly } from "../assemblies/assembly-context";
import { CurrentVote } from "./CurrentVote";
import { OpenVoteForm } from "./OpenVoteForm";
import { ScreenControl } from "./ScreenControl";
import { VoteList } from "./VoteList";

/**
 * The moderator's console for Momento 5: walk the plenary screen through each table, open a vote (hand count or
 * digital), follow its results live, enter the hand count and close it.
 */
export default function VoteConsoleScreen() {
  const t = useT();
  const actor = useActor();
  const { assembly } = useAssembly();
  useDocumentTitle(`${t("votes.title")} · ${assembly.name}`);
  const canModerate = policies.moderatePlenary(actor, {
    agreementId: assembly.agreementId,
    assemblyId: assembly.id,
  });
  const agenda = useApi<PlenaryAgendaDto>(`/api/assemblies/${assembly.id}/plenary`);
  const votes = useApi<VoteDto[]>(`/api/assemblies/${assembly.id}/votes`);
  const [notice, setNotice] = useState<string | null>(null);
  const { data: list, setData: setList } = votes;
  useLiveEvents(assembly.id, (event) => {
    const payload = event.payload as { voteId?: string; counts?: VoteCountsDto };
    // A ballot carries the new counts: the chart moves without a round trip.
    if (event.type === "vote.ballot" && list && payload.counts) {
      setList(
        list.map((vote) =>
          vote.id === payload.voteId ? { ...vote, counts: payload.counts ?? vote.counts } : vote,
        ),
      );
    } else if (event.type.startsWith("vote.")) {
      votes.reload();
    } else if (event.type.startsWith("plenary.")) {
      agenda.reload();
    }
  });

  if (agenda.error) return <LoadError error={agenda.error} retry={agenda.reload} />;
  if (votes.error) return <LoadError error={votes.error} retry={votes.reload} />;
  if (!agenda.data || !list) return <Loading />;
  const { tables } = agenda.data;
  const subjectOf = (vote: VoteDto) => {
    const table = tables.find((each) => each.id === vote.tableId);
    return table
      ? t("votes.subject.table", { position: table.position, name: table.name })
      : t("votes.subject.agenda");
  };
  const open = list.find((vote) => vote.status === "open");
  const voterUrl = `${window.location.origin}/votar/${assembly.id}`;

  return (
    <section aria-labelledby="votes-title" className="section vote-console">
      <h2 id="votes-title">{t("votes.title")}</h2>
      {canModerate ? <ScreenControl assemblyId={assembly.id} tables={tables} /> : null}
      <p>
        {t("votes.voterLink")}: <a href={voterUrl}>{voterUrl}</a>
      </p>
      <Notice text={notice} />
      {open ? (
        <CurrentVote
          vote={open}
          subject={subjectOf(open)}
          canModerate={canModerate}
          onClosed={(closed) => {
            setList(list.map((vote) => (vote.id === closed.id ? closed : vote)));
            setNotice(
              t("votes.closed", {
                outcome: closed.result ? t(`votes.outcome.${closed.result.outcome}`) : "",
              }),
            );
          }}
        />
      ) : canModerate && !agenda.data.lock ? (
        <OpenVoteForm
          assemblyId={assembly.id}
          tables={tables}
          onOpened={(vote) => {
            setList([vote, ...list]);
            setNotice(t("votes.opened"));
          }}
        />
      ) : null}
      <VoteList votes={list} subjectOf={subjectOf} />
    </section>
  );
}
