import "./plenary.css";
import { useState } from "react";
import { policies } from "../../../shared/policies";
import type { PlenaryAgendaDto } from "../../../shared/schemas/plenary";
import { useApi } from "../../api/useApi";
import { useActor } from "../../app/session";
import { useT } from "../../i18n/lang";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { useDocumentTitle } from "../../ui/Page";
import { SelectField } from "../../ui/SelectField";
import { useAssembly } from "../assemblies/assembly-context";
import { useLiveReload } from "../run-of-day/useLiveReload";
import { ApprovalPanel } from "./ApprovalPanel";
import { TableConsolidation } from "./TableConsolidation";

/**
 * Momento 5, before the plenary: each table's agenda consolidated from its sub-tables' needs (merge, reword,
 * reorder, undo; the originals always kept), then its approval, lock and documents.
 */
export default function ConsolidationScreen() {
  const t = useT();
  const actor = useActor();
  const { assembly } = useAssembly();
  useDocumentTitle(`${t("plenary.title")} · ${assembly.name}`);
  const agenda = useApi<PlenaryAgendaDto>(`/api/assemblies/${assembly.id}/plenary`);
  useLiveReload(assembly.id, {
    "plenary.consolidated": agenda.reload,
    "plenary.locked": agenda.reload,
    "plenary.reopened": agenda.reload,
    "vote.opened": agenda.reload,
    "vote.closed": agenda.reload,
    "puzzle.piece_*": agenda.reload,
  });
  const [tableId, setTableId] = useState("");
  const scope = { agreementId: assembly.agreementId, assemblyId: assembly.id };

  if (agenda.error) return <LoadError error={agenda.error} retry={agenda.reload} />;
  if (!agenda.data) return <Loading />;
  const { tables, lock, openVote } = agenda.data;
  const table = tables.find((t) => t.id === tableId) ?? tables[0];
  const mayConsolidate =
    table !== undefined && policies.consolidateAgenda(actor, { ...scope, tableId: table.id });
  const voteBlocks = openVote !== null && (openVote.tableId === null || openVote.tableId === table?.id);
  const canEdit = mayConsolidate && lock === null && !voteBlocks;

  return (
    <>
      <section aria-labelledby="plenary-title" className="section">
        <h2 id="plenary-title">{t("plenary.title")}</h2>
        <p>{t("plenary.intro")}</p>
        {table ? (
          <>
            <SelectField
              id="plenary-table"
              name="tableId"
              label={t("plenary.table.choose")}
              value={table.id}
              onChange={setTableId}
              options={tables.map((t2) => ({
                value: t2.id,
                label: t("plenary.table.option", { position: t2.position, name: t2.name }),
              }))}
            />
            {!mayConsolidate ? <p className="page-meta">{t("plenary.readOnly")}</p> : null}
            {mayConsolidate && voteBlocks && !lock ? (
              <p className="page-meta">{t("plenary.voteOpenNotice")}</p>
            ) : null}
            <TableConsolidation
              key={table.id}
              assemblyId={assembly.id}
              table={table}
              canEdit={canEdit}
              onChange={agenda.setData}
            />
          </>
        ) : null}
      </section>
      <ApprovalPanel
        agenda={agenda.data}
        canModerate={policies.moderatePlenary(actor, scope)}
        reload={agenda.reload}
      />
    </>
  );
}
