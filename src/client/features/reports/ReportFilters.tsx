import { useSearchParams } from "react-router";
import type { AgreementDto } from "../../../shared/schemas/agreement";
import type { AssemblySummaryDto } from "../../../shared/schemas/assembly";
import type { ApiError } from "../../api/errors";
import { useApi } from "../../api/useApi";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { DateField } from "../../ui/DateField";
import { SelectField } from "../../ui/SelectField";
import { useForm } from "../../ui/useForm";
import { FILTER_KEYS, filtersFrom, queryString } from "./query";

type Values = Record<(typeof FILTER_KEYS)[number], string>;

interface ReportFiltersProps {
  /** A convenio's report needs one convenio; the national dashboard may show them all. */
  agreementRequired: boolean;
  /** The convenio shown when the address bar names none. */
  defaultAgreementId?: string | undefined;
  /** The report's last error: its field messages (an inverted date range) show beside the fields. */
  error: ApiError | null;
}

/** Convenio, department, date range and assembly; applying them writes them to the address bar. */
export function ReportFilters({ agreementRequired, defaultAgreementId, error }: ReportFiltersProps) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const current = filtersFrom(params);
  const form = useForm<Values>(
    {
      agreementId: current.agreementId ?? defaultAgreementId ?? "",
      departmentCode: current.departmentCode ?? "",
      from: current.from ?? "",
      to: current.to ?? "",
      assemblyId: current.assemblyId ?? "",
    },
    { idPrefix: "report-filter" },
  );
  const agreements = useApi<AgreementDto[]>("/api/agreements");
  const departments = useApi<{ code: string; name: string }[]>("/api/places/departments");
  const assemblies = useApi<AssemblySummaryDto[]>("/api/assemblies");
  const all = t("reports.filters.all");
  const fieldError = (name: string) => error?.fields[name];

  const apply = (values: Values) => {
    const next = new URLSearchParams(queryString(values));
    for (const [key, value] of params)
      if (!(FILTER_KEYS as readonly string[]).includes(key)) next.set(key, value);
    setParams(next);
  };

  return (
    <form
      className="report-filters"
      aria-label={t("reports.filters.title")}
      onSubmit={(event) => {
        event.preventDefault();
        apply(form.values);
      }}
    >
      <SelectField
        {...form.field("agreementId", t("reports.filters.agreement"))}
        {...(agreementRequired ? {} : { placeholder: all })}
        options={(agreements.data ?? []).map((a) => ({
          value: a.id,
          label: t("reports.agreementLabel", { number: a.number, year: a.year, partner: a.partnerName }),
        }))}
      />
      <SelectField
        {...form.field("departmentCode", t("reports.filters.department"))}
        placeholder={all}
        options={(departments.data ?? []).map((d) => ({ value: d.code, label: d.name }))}
      />
      <DateField {...form.field("from", t("reports.filters.from"))} error={fieldError("from")} />
      <DateField {...form.field("to", t("reports.filters.to"))} error={fieldError("to")} />
      <SelectField
        {...form.field("assemblyId", t("reports.filters.assembly"))}
        placeholder={all}
        options={(assemblies.data ?? [])
          .filter((a) => !form.values.agreementId || a.agreementId === form.values.agreementId)
          .map((a) => ({ value: a.id, label: a.name }))}
      />
      <div className="form__actions">
        <Button type="submit">{t("reports.filters.apply")}</Button>
        <Button
          variant="secondary"
          onClick={() => {
            const agreementId = agreementRequired ? form.values.agreementId : "";
            const cleared = { agreementId, departmentCode: "", from: "", to: "", assemblyId: "" };
            form.setValues(cleared);
            apply(cleared);
          }}
        >
          {t("reports.filters.clear")}
        </Button>
      </div>
    </form>
  );
}
