import "./plenary.css";
import { useParams } from "react-router";
import type { AgendaDocumentDto, DocumentVoteDto } from "../../../shared/schemas/agenda-document";
import { useApi } from "../../api/useApi";
import { useLegend } from "../../app/legend";
import { formatDate, formatNumber } from "../../i18n/format";
import { useLang, useT } from "../../i18n/lang";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { useDocumentTitle } from "../../ui/Page";
import { AgendaItemDetails } from "./AgendaItemDetails";
import { bogotaDate } from "./time";

function VoteResult({ vote }: { vote: DocumentVoteDto | null }) {
  const t = useT();
  const { lang } = useLang();
  if (!vote) return <p className="page-meta">{t("votes.doc.none")}</p>;
  return (
    <p>
      <strong>{t(`votes.outcome.${vote.result.outcome}`)}</strong> —{" "}
      {t("votes.list.counts", {
        for: formatNumber(vote.counts.for, lang),
        against: formatNumber(vote.counts.against, lang),
        abstain: formatNumber(vote.counts.abstain, lang),
        participating: vote.result.participating,
        required: vote.result.quorumRequired,
      })}
    </p>
  );
}

/** The approved agenda, read-only, for participants and the region: no sign-in, no people's names. */
export default function PublicAgendaScreen() {
  const t = useT();
  const { lang } = useLang();
  const { assemblyId = "" } = useParams();
  const agenda = useApi<AgendaDocumentDto>(`/api/public/assemblies/${assemblyId}/agenda`);
  const document = agenda.data;
  const title = document
    ? t("plenary.doc.title", { region: document.region, period: document.period })
    : t("plenary.public.title");
  useDocumentTitle(title);
  useLegend(document?.legend);

  if (agenda.error) {
    return agenda.error.code === "plenary.not_published" ? (
      <>
        <h1>{t("plenary.public.title")}</h1>
        <p>{t("plenary.public.notApproved")}</p>
      </>
    ) : (
      <LoadError error={agenda.error} retry={agenda.reload} />
    );
  }
  if (!document) return <Loading />;
  const { assembly } = document;
  return (
    <article className="public-agenda">
      <h1>{title}</h1>
      <p className="page-meta">
        {assembly.name} · {assembly.municipalityName}, {assembly.departmentName} ·{" "}
        {formatDate(assembly.date, lang)}
      </p>
      {document.approvedAt ? (
        <p>
          <strong>{t("plenary.doc.approvedAt", { at: bogotaDate(document.approvedAt, lang) })}</strong>
        </p>
      ) : null}
      <p className="legend-text">{document.legend}</p>
      <section aria-labelledby="pa-attendance" className="section">
        <h2 id="pa-attendance">{t("plenary.doc.attendance")}</h2>
        <dl className="facts">
          <div>
            <dt>{t("plenary.doc.registered")}</dt>
            <dd>{formatNumber(document.attendance.registered, lang)}</dd>
          </div>
          <div>
            <dt>{t("plenary.doc.present")}</dt>
            <dd>{formatNumber(document.attendance.present, lang)}</dd>
          </div>
        </dl>
      </section>
      {document.tables.map((table) => (
        <section key={table.id} aria-labelledby={`pa-${table.id}`} className="section">
          <h2 id={`pa-${table.id}`}>
            {t("plenary.doc.axis", { position: table.position, name: table.name })}
          </h2>
          {table.items.length === 0 ? <p className="page-meta">{t("plenary.doc.empty")}</p> : null}
          <ol className="plenary-items">
            {table.items.map((item) => (
              <li key={item.id} className="card plenary-item">
                <h3 className="card__title">{item.title}</h3>
                <AgendaItemDetails item={item} level={4} originals={false} />
              </li>
            ))}
          </ol>
          <h3>{t("plenary.doc.vote")}</h3>
          <VoteResult vote={table.vote} />
        </section>
      ))}
      <section aria-labelledby="pa-approval" className="section">
        <h2 id="pa-approval">{t("plenary.doc.agendaVote")}</h2>
        <VoteResult vote={document.agendaVote} />
      </section>
      {document.allies.length ? (
        <section aria-labelledby="pa-allies" className="section">
          <h2 id="pa-allies">{t("plenary.doc.allies")}</h2>
          <ul className="plenary-list">
            {document.allies.map((ally) => (
              <li key={ally.institution}>
                <p className="plenary-list__main">{ally.institution}</p>
                {ally.offer ? <p className="plenary-list__meta">{ally.offer}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {document.associations ? (
        <section aria-labelledby="pa-associations" className="section">
          <h2 id="pa-associations">{t("plenary.doc.associations")}</h2>
          <ul className="plenary-list">
            {document.associations.map((group) => (
              <li key={group.organizations.join("|")}>
                <p className="plenary-list__main">{group.organizations.join(", ")}</p>
                <p className="plenary-list__meta">{group.needs.map((need) => need.title).join("; ")}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
