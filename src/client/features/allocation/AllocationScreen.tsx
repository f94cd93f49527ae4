import "./allocation.css";
import { useState } from "react";
import { policies } from "../../../shared/policies";
import type {
  AllocationDto,
  AllocationPreviewDto,
  TableAllocationDto,
} from "../../../shared/schemas/allocation";
import type { ApiError } from "../../api/errors";
import { useApi } from "../../api/useApi";
import { useActor } from "../../app/session";
import { useLang, useT } from "../../i18n/lang";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { Notice } from "../../ui/Notice";
import { useDocumentTitle } from "../../ui/Page";
import { useAssembly } from "../assemblies/assembly-context";
import { useLiveReload } from "../run-of-day/useLiveReload";
import { AllocationControls } from "./AllocationControls";
import { SummaryLines } from "./SummaryLines";
import { type LeaderCandidate, TableSection } from "./TableSection";

const dateTime = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "es-CO", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "America/Bogota",
  }).format(new Date(iso));

/**
 * Tables and sub-tables: the operator previews, saves, adjusts by hand and locks the allocation; a group
 * leader sees its own table and confirms its sub-table leaders; everyone else reads it.
 */
export default function AllocationScreen() {
  const t = useT();
  const { lang } = useLang();
  const actor = useActor();
  const { assembly } = useAssembly();
  useDocumentTitle(`${t("allocation.title")} · ${assembly.name}`);
  const scope = { agreementId: assembly.agreementId, assemblyId: assembly.id };
  const canAllocate = policies.allocate(actor, scope);
  const base = `/api/assemblies/${assembly.id}/allocation`;
  const resource = useApi<AllocationDto>(base);
  const candidates = useApi<LeaderCandidate[]>(canAllocate ? `${base}/leader-candidates` : null);
  useLiveReload(assembly.id, {
    "allocation.*": resource.reload,
    "subtable.*": resource.reload,
    "table.*": resource.reload,
  });
  const [preview, setPreview] = useState<AllocationPreviewDto | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const data = resource.data?.assemblyId === assembly.id ? resource.data : null;
  const show = (message: string) => {
    setFailure(null);
    setNotice(message);
  };
  const onAllocation = (allocation: AllocationDto, message: string) => {
    resource.setData(allocation);
    setPreview(null);
    show(message);
  };
  const onTable = (table: TableAllocationDto, message: string) => {
    if (data) resource.setData({ ...data, tables: data.tables.map((t) => (t.id === table.id ? table : t)) });
    show(message);
  };
  const onCode = (message: string) => {
    resource.reload();
    show(message);
  };

  const run = data?.run ?? null;
  const status = !run
    ? t("allocation.status.none")
    : run.locked && run.lockedAt
      ? t("allocation.status.locked", { at: dateTime(run.lockedAt, lang), by: run.lockedBy ?? "—" })
      : t("allocation.status.draft", { at: dateTime(run.createdAt, lang), by: run.createdBy ?? "—" });

  return (
    <section aria-labelledby="allocation-title" className="section">
      <h2 id="allocation-title">{t("allocation.title")}</h2>
      <p>{t(canAllocate ? "allocation.intro.operator" : "allocation.intro.reader")}</p>
      <Notice text={notice} />
      {failure ? <LoadError error={failure} /> : null}
      {resource.error ? <LoadError error={resource.error} retry={resource.reload} /> : null}
      {!data && !resource.error ? <Loading /> : null}
      {data ? (
        <>
          <p className="allocation-status">
            <strong>{status}</strong>
            {run?.unlocks.length ? (
              <>
                <br />
                {t("allocation.status.last_unlock", {
                  at: dateTime(run.unlocks[0]!.at, lang),
                  by: run.unlocks[0]!.by ?? "—",
                  reason: run.unlocks[0]!.reason,
                })}
              </>
            ) : null}
          </p>
          {canAllocate ? (
            <AllocationControls
              assemblyId={assembly.id}
              allocation={data}
              preview={preview}
              onPreview={(next) => {
                setPreview(next);
                show(t("allocation.preview.ready", { people: next.summary.participants }));
              }}
              onAllocation={onAllocation}
            />
          ) : null}
          {preview ? (
            <section aria-labelledby="allocation-preview" className="allocation-preview">
              <h3 id="allocation-preview">{t("allocation.preview.title")}</h3>
              <SummaryLines summary={preview.summary} />
              <div className="allocation-tables">
                {preview.tables.map((table) => (
                  <TableSection
                    key={table.id}
                    assemblyId={assembly.id}
                    table={table}
                    allocation={null}
                    canAllocate={false}
                    canLead={false}
                    canPrint={false}
                    candidates={null}
                    onTable={onTable}
                    onAllocation={onAllocation}
                    onCode={onCode}
                    onError={setFailure}
                  />
                ))}
              </div>
            </section>
          ) : null}
          {run ? (
            <section aria-labelledby="allocation-current" className="allocation-current">
              <h3 id="allocation-current">
                {t(run.locked ? "allocation.current.locked" : "allocation.current.draft")}
              </h3>
              {data.summary ? <SummaryLines summary={data.summary} /> : null}
              {canAllocate ? (
                <div className="form__actions">
                  <a className="button button--secondary" href={`${base}/roster.pdf`} download>
                    {t("allocation.download.rosters")}
                  </a>
                  <a className="button button--secondary" href={`${base}/cards.pdf`} download>
                    {t("allocation.download.cards")}
                  </a>
                  <a
                    className="button button--secondary"
                    href={`/api/assemblies/${assembly.id}/allocation.xlsx`}
                    download
                  >
                    {t("allocation.download.xlsx")}
                  </a>
                </div>
              ) : null}
              {data.tables.length === 0 ? <p>{t("allocation.no_tables_visible")}</p> : null}
              <div className="allocation-tables">
                {data.tables.map((table) => {
                  const at = { ...scope, tableId: table.id };
                  return (
                    <TableSection
                      key={table.id}
                      assemblyId={assembly.id}
                      table={table}
                      allocation={data}
                      canAllocate={canAllocate}
                      canLead={policies.leadTable(actor, at)}
                      canPrint={policies.readSeats(actor, at)}
                      candidates={candidates.data}
                      onTable={onTable}
                      onAllocation={onAllocation}
                      onCode={onCode}
                      onError={setFailure}
                    />
                  );
                })}
              </div>
            </section>
          ) : null}
          <p>
            <a href={`/donde-me-siento/${assembly.id}`}>{t("allocation.kiosk.link")}</a>
          </p>
        </>
      ) : null}
    </section>
  );
}
