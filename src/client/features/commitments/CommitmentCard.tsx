import { useState } from "react";
import { COMMITMENT_STATUSES } from "../../../domain/plenary/commitments";
import type { CommitmentDto, CommitmentUpdate } from "../../../shared/schemas/commitment";
import { api } from "../../api/client";
import { formatDate } from "../../i18n/format";
import { useLang, useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { DateField } from "../../ui/DateField";
import { FormErrors } from "../../ui/FormErrors";
import { SelectField } from "../../ui/SelectField";
import { TextArea } from "../../ui/TextArea";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";
import { dueGroups, dueLabel } from "../puzzle/labels";

interface CommitmentCardProps {
  commitment: CommitmentDto;
  canUpdate: boolean;
  today: string;
  onChange: (commitment: CommitmentDto) => void;
}

/** One commitment: what, who, when and its status (overdue marked in words, not only colour), and its progress. */
export function CommitmentCard({ commitment, canUpdate, today, onChange }: CommitmentCardProps) {
  const t = useT();
  const { lang } = useLang();
  const [editing, setEditing] = useState(false);
  const prefix = `commitment-${commitment.id}`;
  const update = useForm<CommitmentUpdate>(
    { owner: commitment.owner, due: commitment.due, status: commitment.status },
    { idPrefix: `${prefix}-edit` },
  );
  const note = useForm({ notedOn: today, text: "" }, { idPrefix: `${prefix}-note` });
  const dueOptions = dueGroups(lang, t).flatMap((group) => group.options);
  const classes = [
    "card",
    "commitment",
    commitment.overdue ? "commitment--overdue" : "",
    commitment.withdrawn ? "card--muted" : "",
  ];

  return (
    <li className={classes.join(" ").trim()}>
      <p className="card__meta">
        {commitment.axis} · {commitment.need}
      </p>
      <h3 className="card__title">{commitment.action}</h3>
      <p className="commitment__badges">
        <span className={`commitment__status commitment__status--${commitment.status}`}>
          {t(`commitments.status.${commitment.status}`)}
        </span>
        {commitment.overdue ? <span className="commitment__overdue">{t("commitments.overdue")}</span> : null}
        {commitment.withdrawn ? (
          <span className="commitment__withdrawn">{t("commitments.withdrawn")}</span>
        ) : null}
      </p>
      <dl className="facts">
        <div>
          <dt>{t("commitments.field.owner")}</dt>
          <dd>{commitment.owner}</dd>
        </div>
        <div>
          <dt>{t("commitments.field.due")}</dt>
          <dd>{dueLabel(commitment.due, lang, t)}</dd>
        </div>
        {commitment.resources ? (
          <div>
            <dt>{t("commitments.field.resources")}</dt>
            <dd>{commitment.resources}</dd>
          </div>
        ) : null}
      </dl>
      {commitment.updatedBy ? (
        <p className="page-meta">{t("commitments.updatedBy", { by: commitment.updatedBy })}</p>
      ) : null}
      <h4 className="plenary-subhead">{t("commitments.notes")}</h4>
      {commitment.notes.length ? (
        <ul className="plenary-list">
          {commitment.notes.map((item) => (
            <li key={item.id}>
              <p className="plenary-list__meta">
                {t("commitments.note.entry", { date: formatDate(item.notedOn, lang), author: item.author })}
              </p>
              <p className="plenary-list__main prose">{item.text}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="page-meta">{t("commitments.noNotes")}</p>
      )}
      {canUpdate && editing ? (
        <form
          className="form"
          noValidate
          onSubmit={update.submit(async (values) => {
            onChange(await api.put<CommitmentDto>(`/api/commitments/${commitment.id}`, values));
            setEditing(false);
            return t("commitments.saved");
          })}
        >
          <FormErrors form={update} />
          <SelectField
            {...update.field("status", t("commitments.field.status"))}
            options={COMMITMENT_STATUSES.map((status) => ({
              value: status,
              label: t(`commitments.status.${status}`),
            }))}
          />
          <TextField {...update.field("owner", t("commitments.field.owner"))} required />
          <SelectField
            {...update.field("due", t("commitments.field.due"))}
            options={
              dueOptions.some((o) => o.value === commitment.due)
                ? dueOptions
                : [{ value: commitment.due, label: commitment.due }, ...dueOptions]
            }
          />
          <div className="form__actions">
            <Button type="submit" busy={update.busy}>
              {t("commitments.save")}
            </Button>
            <Button variant="secondary" onClick={() => setEditing(false)}>
              {t("common.cancel")}
            </Button>
          </div>
        </form>
      ) : null}
      {update.notice && !editing ? <p role="status">{update.notice}</p> : null}
      {canUpdate && !editing ? (
        <div className="card__actions">
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {t("commitments.edit")}
          </Button>
        </div>
      ) : null}
      {canUpdate ? (
        <form
          className="form commitment__note"
          noValidate
          onSubmit={note.submit(async (values) => {
            onChange(await api.post<CommitmentDto>(`/api/commitments/${commitment.id}/notes`, values));
            note.setValues({ notedOn: today, text: "" });
            return t("commitments.note.added");
          })}
        >
          <FormErrors form={note} />
          <DateField {...note.field("notedOn", t("commitments.note.date"))} />
          <TextArea {...note.field("text", t("commitments.note.text"))} rows={2} />
          <div className="form__actions">
            <Button type="submit" variant="secondary" busy={note.busy}>
              {t("commitments.note.add")}
            </Button>
          </div>
          {note.notice ? <p role="status">{note.notice}</p> : null}
        </form>
      ) : null}
    </li>
  );
}
