import { useEffect, useState } from "react";
import type { EditDto } from "../../../shared/schemas/plenary";
import { useApi } from "../../api/useApi";
import { useLang, useT } from "../../i18n/lang";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { bogotaDateTime } from "./time";

/** Who changed the table's agenda, when, and what it was before and after; read when opened. */
export function EditHistory({
  assemblyId,
  tableId,
  version,
}: {
  assemblyId: string;
  tableId: string;
  version: unknown;
}) {
  const t = useT();
  const { lang } = useLang();
  const [open, setOpen] = useState(false);
  const edits = useApi<EditDto[]>(
    open ? `/api/assemblies/${assemblyId}/plenary/tables/${tableId}/edits` : null,
  );
  const { reload } = edits;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` changes when the table's agenda does.
  useEffect(() => {
    if (open) reload();
  }, [version]);
  const titles = (items: EditDto["before"]) =>
    items.map((item) => `${item.position}. ${item.title}`).join("; ") || "—";
  return (
    <details className="plenary-history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t("plenary.history")}</summary>
      {edits.error ? <LoadError error={edits.error} retry={reload} /> : null}
      {open && !edits.data && !edits.error ? <Loading /> : null}
      {edits.data?.length === 0 ? <p>{t("plenary.history.empty")}</p> : null}
      {edits.data?.length ? (
        <ul className="plenary-list">
          {edits.data.map((edit) => (
            <li key={edit.id}>
              <p className="plenary-list__main">
                {t("plenary.history.entry", {
                  kind: t(`plenary.history.kind.${edit.kind}`),
                  actor: edit.actor,
                  at: bogotaDateTime(edit.at, lang, "short"),
                })}
                {edit.undone ? ` (${t("plenary.history.undone")})` : ""}
              </p>
              <p className="plenary-list__meta">
                {t("plenary.history.items", { before: titles(edit.before), after: titles(edit.after) })}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
