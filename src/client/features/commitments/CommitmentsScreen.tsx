import "../plenary/plenary.css";
import "./commitments.css";
import { useState } from "react";
import { COMMITMENT_STATUSES } from "../../../domain/plenary/commitments";
import { policies } from "../../../shared/policies";
import type { CommitmentListDto } from "../../../shared/schemas/commitment";
import { useApi } from "../../api/useApi";
import { useActor } from "../../app/session";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { CheckboxField } from "../../ui/CheckboxField";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { useDocumentTitle } from "../../ui/Page";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";
import { useAssembly } from "../assemblies/assembly-context";
import { useLiveReload } from "../run-of-day/useLiveReload";
import { CommitmentCard } from "./CommitmentCard";

interface Filters {
  tableId: string;
  owner: string;
  status: string;
  due: string;
  overdue: boolean;
}

const EMPTY: Filters = { tableId: "", owner: "", status: "", due: "", overdue: false };

function queryOf(filters: Filters): string {
  const query = new URLSearchParams();
  for (const key of ["tableId", "owner", "status", "due"] as const)
    if (filters[key].trim()) query.set(key, filters[key].trim());
  if (filters.overdue) query.set("overdue", "true");
  const text = query.toString();
  return text ? `?${text}` : "";
}

/**
 * After the day: the approved agenda's commitments towards 2024–2026, filtered by axis, owner, status and due,
 * overdue ones marked; the convenio's operator and the national admin update them and record progress.
 */
export default function CommitmentsScreen() {
  const t = useT();
  const actor = useActor();
  const { assembly } = useAssembly();
  useDocumentTitle(`${t("commitments.title")} · ${assembly.name}`);
  const canUpdate = policies.updateCommitments(actor, {
    agreementId: assembly.agreementId,
    assemblyId: assembly.id,
  });
  const filters = useForm<Filters>(EMPTY, { idPrefix: "commitment-filter" });
  const [applied, setApplied] = useState<Filters>(EMPTY);
  const query = queryOf(applied);
  const list = useApi<CommitmentListDto>(`/api/assemblies/${assembly.id}/commitments${query}`);
  useLiveReload(assembly.id, { "commitment.updated": list.reload, "plenary.locked": list.reload });
  const filtered = query !== "";

  return (
    <section aria-labelledby="commitments-title" className="section">
      <h2 id="commitments-title">{t("commitments.title")}</h2>
      <p>{t("commitments.intro")}</p>
      <form
        className="form card card--muted commitment-filters"
        aria-label={t("commitments.filters")}
        noValidate
        onSubmit={filters.submit(async (values) => {
          setApplied(values);
          return undefined;
        })}
      >
        <SelectField
          {...filters.field("tableId", t("commitments.filter.axis"))}
          options={[
            { value: "", label: t("commitments.filter.all") },
            ...assembly.tables.map((table) => ({
              value: table.id,
              label: `${table.position}. ${table.name}`,
            })),
          ]}
        />
        <TextField {...filters.field("owner", t("commitments.filter.owner"))} />
        <SelectField
          {...filters.field("status", t("commitments.filter.status"))}
          options={[
            { value: "", label: t("commitments.filter.all") },
            ...COMMITMENT_STATUSES.map((status) => ({
              value: status,
              label: t(`commitments.status.${status}`),
            })),
          ]}
        />
        <TextField
          {...filters.field("due", t("commitments.filter.due"))}
          hint={t("commitments.filter.dueHint")}
        />
        <CheckboxField {...filters.checkbox("overdue", t("commitments.filter.overdue"))} />
        <div className="form__actions">
          <Button type="submit">{t("commitments.apply")}</Button>
          {filtered ? (
            <Button
              variant="secondary"
              onClick={() => {
                filters.setValues(EMPTY);
                setApplied(EMPTY);
              }}
            >
              {t("commitments.clear")}
            </Button>
          ) : null}
          <a
            className="button button--secondary"
            href={`/api/assemblies/${assembly.id}/commitments.xlsx${query}`}
            download
          >
            {t("commitments.export")}
          </a>
        </div>
      </form>
      {list.error ? <LoadError error={list.error} retry={list.reload} /> : null}
      {!list.data && !list.error ? <Loading /> : null}
      {list.data ? (
        <>
          <p className="page-meta" role="status">
            {t("commitments.count", { total: list.data.total, overdue: list.data.overdue })}
          </p>
          {list.data.total === 0 ? (
            <p>{filtered ? t("commitments.empty") : t("commitments.notApproved")}</p>
          ) : null}
          <ul className="cards">
            {list.data.commitments.map((commitment) => (
              <CommitmentCard
                key={commitment.id}
                commitment={commitment}
                canUpdate={canUpdate}
                today={list.data!.today}
                onChange={(changed) =>
                  list.setData({
                    ...list.data!,
                    commitments: list.data!.commitments.map((c) => (c.id === changed.id ? changed : c)),
                  })
                }
              />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
