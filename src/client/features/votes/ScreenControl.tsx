import { useState } from "react";
import type { PlenaryConsoleDto, PlenaryTableDto } from "../../../shared/schemas/plenary";
import { api } from "../../api/client";
import { useApi } from "../../api/useApi";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { SelectField } from "../../ui/SelectField";
import { ActionError } from "../plenary/ActionError";
import { useAction } from "../plenary/useAction";

export const plenaryScreenUrl = (assemblyId: string, key: string) =>
  `${window.location.origin}/plenaria/${assemblyId}?key=${encodeURIComponent(key)}`;

/** The moderator walks the plenary screen: what is presented (a table or the whole agenda) and its step. */
export function ScreenControl({ assemblyId, tables }: { assemblyId: string; tables: PlenaryTableDto[] }) {
  const t = useT();
  const state = useApi<PlenaryConsoleDto>(`/api/assemblies/${assemblyId}/plenary/console`);
  const action = useAction();
  const [subject, setSubject] = useState<string | null>(null);
  if (state.error) return <LoadError error={state.error} retry={state.reload} />;
  if (!state.data) return <Loading />;
  const current = state.data;
  const chosen = subject ?? current.tableId ?? "";
  const subjectName = (tableId: string | null) => {
    const table = tables.find((each) => each.id === tableId);
    return table
      ? t("votes.subject.table", { position: table.position, name: table.name })
      : t("votes.subject.agenda");
  };
  const go = (tableId: string | null, step: number) =>
    action.run(async () =>
      state.setData(
        await api.put<PlenaryConsoleDto>(`/api/assemblies/${assemblyId}/plenary/screen`, { tableId, step }),
      ),
    );

  return (
    <section aria-labelledby="screen-title" className="card card--muted">
      <h3 id="screen-title">{t("votes.screen.title")}</h3>
      <p>
        <a href={plenaryScreenUrl(assemblyId, current.screenKey)} target="_blank" rel="noreferrer">
          {t("votes.screen.open")}
        </a>
      </p>
      <div className="vote-console__row">
        <SelectField
          id="screen-subject"
          name="subject"
          label={t("votes.screen.subject")}
          value={chosen}
          onChange={setSubject}
          options={[
            { value: "", label: t("votes.subject.agenda") },
            ...tables.map((table) => ({ value: table.id, label: subjectName(table.id) })),
          ]}
        />
        <Button variant="secondary" busy={action.busy} onClick={() => go(chosen || null, 0)}>
          {t("votes.screen.show")}
        </Button>
      </div>
      <p role="status">
        {t("votes.screen.at", {
          subject: subjectName(current.tableId),
          step: current.step + 1,
          count: current.stepCount,
        })}
      </p>
      <div className="form__actions">
        <Button variant="secondary" busy={action.busy} onClick={() => go(current.tableId, current.step - 1)}>
          {t("votes.screen.prev")}
        </Button>
        <Button busy={action.busy} onClick={() => go(current.tableId, current.step + 1)}>
          {t("votes.screen.next")}
        </Button>
      </div>
      <ActionError error={action.error} />
    </section>
  );
}
