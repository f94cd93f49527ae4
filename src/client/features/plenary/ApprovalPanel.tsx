import { Link } from "react-router";
import type { LockDto, PlenaryAgendaDto } from "../../../shared/schemas/plenary";
import { api } from "../../api/client";
import { useLang, useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { FormErrors } from "../../ui/FormErrors";
import { Notice } from "../../ui/Notice";
import { TextArea } from "../../ui/TextArea";
import { useForm } from "../../ui/useForm";
import { ActionError } from "./ActionError";
import { bogotaDateTime } from "./time";
import { useAction } from "./useAction";

interface ApprovalPanelProps {
  agenda: PlenaryAgendaDto;
  canModerate: boolean;
  reload: () => void;
}

/** Whether the agenda is approved and locked; lock it or reopen it with a reason; the documents to download. */
export function ApprovalPanel({ agenda, canModerate, reload }: ApprovalPanelProps) {
  const t = useT();
  const { lang } = useLang();
  const action = useAction();
  const reopen = useForm({ reason: "" }, { idPrefix: "reopen" });
  const { lock, assemblyId } = agenda;
  const documentUrl = (ext: string) => `/api/assemblies/${assemblyId}/agenda-document.${ext}`;
  const entry = (item: LockDto) => [
    t("plenary.locks.entry", { at: bogotaDateTime(item.lockedAt, lang), by: item.lockedBy }),
    item.reopenedAt
      ? t("plenary.locks.reopened", {
          at: bogotaDateTime(item.reopenedAt, lang),
          by: item.reopenedBy ?? "",
          reason: item.reason ?? "",
        })
      : "",
  ];

  return (
    <section aria-labelledby="approval-title" className="card card--muted plenary-approval">
      <h2 id="approval-title">{t("plenary.approval.title")}</h2>
      <p>
        {lock
          ? t("plenary.status.locked", { at: bogotaDateTime(lock.lockedAt, lang), by: lock.lockedBy })
          : t("plenary.status.open")}
      </p>
      <ActionError error={action.error} />
      <Notice text={action.notice ?? reopen.notice} />
      {canModerate && !lock ? (
        <Button
          busy={action.busy}
          onClick={() =>
            action.run(async () => {
              await api.post(`/api/assemblies/${assemblyId}/plenary/lock`);
              reload();
            }, t("plenary.locked"))
          }
        >
          {t("plenary.lock")}
        </Button>
      ) : null}
      {canModerate && lock ? (
        <form
          className="form"
          noValidate
          onSubmit={reopen.submit(async (values) => {
            await api.post(`/api/assemblies/${assemblyId}/plenary/reopen`, values);
            reopen.setValues({ reason: "" });
            reload();
            return t("plenary.reopened");
          })}
        >
          <FormErrors form={reopen} />
          <TextArea
            {...reopen.field("reason", t("plenary.reopen.reason"))}
            hint={t("plenary.reopen.hint")}
            rows={2}
          />
          <div className="form__actions">
            <Button type="submit" variant="danger" busy={reopen.busy}>
              {t("plenary.reopen")}
            </Button>
          </div>
        </form>
      ) : null}
      <div className="form__actions">
        <a className="button button--secondary" href={documentUrl("pdf")} download>
          {t("plenary.download.pdf")}
        </a>
        <a className="button button--secondary" href={documentUrl("xlsx")} download>
          {t("plenary.download.xlsx")}
        </a>
        <a className="button button--secondary" href={documentUrl("json")} download>
          {t("plenary.download.json")}
        </a>
      </div>
      {lock ? (
        <Link to={`/agenda/${assemblyId}`}>{t("plenary.publicLink")}</Link>
      ) : (
        <p className="field__hint">{t("plenary.download.draft")}</p>
      )}
      {agenda.locks.length ? (
        <details>
          <summary>{t("plenary.locks.title")}</summary>
          <ul className="plenary-list">
            {agenda.locks.map((item) => (
              <li key={item.id}>
                {entry(item).map((line) =>
                  line ? (
                    <p key={line} className="plenary-list__main">
                      {line}
                    </p>
                  ) : null,
                )}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
