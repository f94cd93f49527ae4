import { useState } from "react";
import type { AllocationDto, SubtableDto, TableAllocationDto } from "../../../shared/schemas/allocation";
import { api } from "../../api/client";
import { ApiError } from "../../api/errors";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { FormErrors } from "../../ui/FormErrors";
import { SelectField } from "../../ui/SelectField";
import { useForm } from "../../ui/useForm";
import { CompositionFacts } from "./CompositionFacts";
import { MoveForm } from "./MoveForm";

interface SubtableCardProps {
  assemblyId: string;
  subtable: SubtableDto;
  /** The whole allocation, for moves to any sub-table; null in a preview. */
  allocation: AllocationDto | null;
  canLead: boolean;
  canMove: boolean;
  canPrint: boolean;
  onTable: (table: TableAllocationDto, message: string) => void;
  onAllocation: (allocation: AllocationDto, message: string) => void;
  onCode: (message: string) => void;
  onError: (error: ApiError) => void;
}

/** One sub-table: its mix, its leader (suggested or confirmed), its join code and its people. */
export function SubtableCard(props: SubtableCardProps) {
  const { assemblyId, subtable, allocation, canLead, canMove, canPrint } = props;
  const t = useT();
  const [moving, setMoving] = useState<string | null>(null);
  // The people are rendered only while the list is open: an assembly has 500 of them on one screen.
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const name = t("allocation.subtable.name", { label: subtable.label });
  const leaderForm = useForm(
    { registrationId: subtable.leader?.registrationId ?? "" },
    { idPrefix: `leader-${subtable.id ?? subtable.label}` },
  );

  const confirmLeader = leaderForm.submit(async ({ registrationId }) => {
    const table = await api.put<TableAllocationDto>(`/api/subtables/${subtable.id}/leader`, {
      registrationId,
    });
    const member = subtable.members.find((m) => m.registrationId === registrationId);
    props.onTable(
      table,
      t("allocation.leader.confirmed", {
        name: `${member?.firstNames} ${member?.lastNames}`,
        subtable: name,
      }),
    );
    return undefined;
  });

  const codeAction = async (action: "regenerate" | "revoke") => {
    if (action === "revoke" && !window.confirm(t("allocation.code.revoke_confirm", { subtable: name })))
      return;
    setBusy(true);
    try {
      if (action === "regenerate") {
        const { code } = await api.post<{ code: string }>(`/api/subtables/${subtable.id}/join-code`);
        props.onCode(t("allocation.code.regenerated", { subtable: name, code }));
      } else {
        await api.delete(`/api/subtables/${subtable.id}/join-code`);
        props.onCode(t("allocation.code.revoked", { subtable: name }));
      }
    } catch (failure) {
      if (failure instanceof ApiError) props.onError(failure);
      else throw failure;
    } finally {
      setBusy(false);
    }
  };

  const headingId = `subtable-${subtable.id ?? `preview-${subtable.label.replace(".", "-")}`}`;
  return (
    <li className="allocation-subtable" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {name}{" "}
        <span className="allocation-subtable__count">
          {t("allocation.people", { count: subtable.composition.people })}
        </span>
      </h4>
      <CompositionFacts composition={subtable.composition} />
      {subtable.id ? (
        <p>
          {subtable.leader
            ? t(
                subtable.leader.status === "confirmed"
                  ? "allocation.leader.is"
                  : "allocation.leader.suggested",
                {
                  name: subtable.leader.name,
                },
              )
            : t("allocation.leader.none")}
        </p>
      ) : null}
      {canLead && subtable.id && subtable.members.length ? (
        <form onSubmit={confirmLeader} className="form allocation-inline" noValidate>
          <FormErrors form={leaderForm} />
          <SelectField
            {...leaderForm.field("registrationId", t("allocation.leader.choose", { subtable: name }))}
            placeholder={t("common.choose")}
            options={subtable.members.map((m) => ({
              value: m.registrationId,
              label: `${m.firstNames} ${m.lastNames}${m.knowsPit ? ` (${t("allocation.member.pit")})` : ""}`,
            }))}
          />
          <Button type="submit" variant="secondary" busy={leaderForm.busy}>
            {t("allocation.leader.confirm")}
          </Button>
        </form>
      ) : null}
      {canLead && subtable.id ? (
        <div className="allocation-code">
          <p>
            {subtable.joinCode ? (
              <>
                {t("allocation.code.label")}{" "}
                <strong className="allocation-code__value">{subtable.joinCode}</strong>
              </>
            ) : (
              t("allocation.code.none")
            )}
          </p>
          <div className="form__actions">
            <Button variant="secondary" busy={busy} onClick={() => codeAction("regenerate")}>
              {t(subtable.joinCode ? "allocation.code.regenerate" : "allocation.code.create", {
                subtable: name,
              })}
            </Button>
            {subtable.joinCode ? (
              <Button variant="danger" busy={busy} onClick={() => codeAction("revoke")}>
                {t("allocation.code.revoke", { subtable: name })}
              </Button>
            ) : null}
          </div>
        </div>
      ) : null}
      {canPrint && subtable.id ? (
        <p>
          <a href={`/api/assemblies/${assemblyId}/allocation/roster.pdf?subtableId=${subtable.id}`} download>
            {t("allocation.download.subtable_roster", { subtable: name })}
          </a>
        </p>
      ) : null}
      {subtable.members.length ? (
        <details className="allocation-members" onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary>
            {t("allocation.members.show", { count: subtable.members.length, subtable: name })}
          </summary>
          {open ? (
            <ol className="allocation-members__list">
              {subtable.members.map((member) => (
                <li key={member.registrationId} value={member.place}>
                  <span className="allocation-members__name">
                    {member.firstNames} {member.lastNames}
                  </span>
                  <span className="allocation-members__meta">
                    {[
                      member.organizationName,
                      member.municipalityName,
                      member.knowsPit ? t("allocation.member.pit") : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                  {canMove && allocation && subtable.id ? (
                    moving === member.registrationId ? (
                      <MoveForm
                        assemblyId={assemblyId}
                        allocation={allocation}
                        member={member}
                        fromSubtableId={subtable.id}
                        onMoved={(result, message) => {
                          setMoving(null);
                          props.onAllocation(result, message);
                        }}
                        onCancel={() => setMoving(null)}
                      />
                    ) : (
                      <Button variant="quiet" onClick={() => setMoving(member.registrationId)}>
                        {t("allocation.move.open")}
                        <span className="visually-hidden">
                          {" "}
                          {member.firstNames} {member.lastNames}
                        </span>
                      </Button>
                    )
                  ) : null}
                </li>
              ))}
            </ol>
          ) : null}
        </details>
      ) : null}
    </li>
  );
}
