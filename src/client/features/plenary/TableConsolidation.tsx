import { useState } from "react";
import type { PlenaryAgendaDto, PlenaryTableDto } from "../../../shared/schemas/plenary";
import { api } from "../../api/client";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { Notice } from "../../ui/Notice";
import { SelectField } from "../../ui/SelectField";
import { ActionError } from "./ActionError";
import { AgendaItemDetails } from "./AgendaItemDetails";
import { EditHistory } from "./EditHistory";
import { useAction } from "./useAction";
import { WordingForm } from "./WordingForm";

interface TableConsolidationProps {
  assemblyId: string;
  table: PlenaryTableDto;
  canEdit: boolean;
  onChange: (agenda: PlenaryAgendaDto) => void;
}

/** One table's agenda: its points with their originals; merge, reword, reorder and undo for those who may. */
export function TableConsolidation({ assemblyId, table, canEdit, onChange }: TableConsolidationProps) {
  const t = useT();
  const action = useAction();
  const [chosen, setChosen] = useState<string[]>([]);
  const [target, setTarget] = useState("");
  const [editing, setEditing] = useState<string | null>(null);
  const base = `/api/assemblies/${assemblyId}/plenary`;
  const picked = table.items.filter((item) => chosen.includes(item.id));
  const keep = picked.find((item) => item.id === target) ?? picked[0];

  const write = (work: () => Promise<PlenaryAgendaDto>, done: string) =>
    action.run(async () => onChange(await work()), done);

  const mergeChosen = async () => {
    if (!keep) return;
    const others = picked.filter((item) => item.id !== keep.id).map((item) => item.id);
    const merged = await write(
      () =>
        api.post<PlenaryAgendaDto>(`${base}/tables/${table.id}/merge`, {
          targetId: keep.id,
          itemIds: others,
        }),
      t("plenary.merged"),
    );
    if (merged) setChosen([]);
  };

  const move = (index: number, by: -1 | 1) => {
    const ids = table.items.map((item) => item.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved!);
    return write(
      () => api.put<PlenaryAgendaDto>(`${base}/tables/${table.id}/order`, { ids }),
      t("plenary.reordered"),
    );
  };

  return (
    <div>
      <p className="page-meta">
        {table.spokesperson
          ? t("plenary.spokesperson", { name: table.spokesperson.name })
          : t("plenary.noSpokesperson")}
      </p>
      <ActionError error={action.error} />
      <Notice text={action.notice} />
      {canEdit ? (
        <div className="plenary-tools">
          <p className="field__hint">{t("plenary.merge.hint")}</p>
          {picked.length >= 2 ? (
            <div className="plenary-merge">
              <SelectField
                id={`merge-target-${table.id}`}
                name="targetId"
                label={t("plenary.merge.target")}
                value={keep?.id ?? ""}
                onChange={setTarget}
                options={picked.map((item) => ({ value: item.id, label: `${item.position}. ${item.title}` }))}
              />
              <Button busy={action.busy} onClick={mergeChosen}>
                {t("plenary.merge.button")}
              </Button>
            </div>
          ) : null}
          {table.canUndo ? (
            <Button
              variant="secondary"
              busy={action.busy}
              onClick={() =>
                write(
                  () => api.post<PlenaryAgendaDto>(`${base}/tables/${table.id}/undo`),
                  t("plenary.undone"),
                )
              }
            >
              {t("plenary.undo")}
            </Button>
          ) : null}
        </div>
      ) : null}
      {table.items.length === 0 ? <p>{t("plenary.empty")}</p> : null}
      <ol className="plenary-items">
        {table.items.map((item, index) => (
          <li key={item.id} className="card plenary-item">
            <div className="plenary-item__head">
              {canEdit ? (
                <input
                  type="checkbox"
                  className="plenary-item__pick"
                  aria-label={t("plenary.item.select", { title: item.title })}
                  checked={chosen.includes(item.id)}
                  onChange={(event) =>
                    setChosen((ids) =>
                      event.target.checked ? [...ids, item.id] : ids.filter((id) => id !== item.id),
                    )
                  }
                />
              ) : null}
              <h3 className="card__title">
                {t("plenary.item.heading", { position: item.position, title: item.title })}
              </h3>
            </div>
            {editing === item.id ? (
              <WordingForm
                assemblyId={assemblyId}
                item={item}
                onCancel={() => setEditing(null)}
                onSaved={(agenda) => {
                  setEditing(null);
                  void action.run(async () => onChange(agenda), t("plenary.saved"));
                }}
              />
            ) : (
              <AgendaItemDetails item={item} level={4} />
            )}
            {canEdit && editing !== item.id ? (
              <div className="card__actions">
                <Button variant="secondary" onClick={() => setEditing(item.id)}>
                  {t("plenary.edit", { position: item.position })}
                </Button>
                {index > 0 ? (
                  <Button variant="quiet" busy={action.busy} onClick={() => move(index, -1)}>
                    {t("plenary.moveUp", { position: item.position })}
                  </Button>
                ) : null}
                {index < table.items.length - 1 ? (
                  <Button variant="quiet" busy={action.busy} onClick={() => move(index, 1)}>
                    {t("plenary.moveDown", { position: item.position })}
                  </Button>
                ) : null}
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      <EditHistory assemblyId={assemblyId} tableId={table.id} version={table.items} />
    </div>
  );
}
