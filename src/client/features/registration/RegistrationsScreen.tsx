import "./registration.css";
import { type FormEvent, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { AGE_BANDS } from "../../../domain/registration/age";
import { CONSENT_CHANNELS, POPULATION_GROUPS, SEXES } from "../../../domain/registration/catalog";
import type { MessageKey } from "../../../shared/i18n";
import { policies } from "../../../shared/policies";
import type { RegistrationListDto } from "../../../shared/schemas/registration";
import { useApi } from "../../api/useApi";
import { useActor } from "../../app/session";
import { formatNumber } from "../../i18n/format";
import { useLang, useT } from "../../i18n/lang";
import { Button, ButtonLink } from "../../ui/Button";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { ScrollTable } from "../../ui/ScrollTable";
import { useAssembly } from "../assemblies/assembly-context";
import { ImportWizard } from "./ImportWizard";
import { RegistrationEditor } from "./RegistrationEditor";

const FILTERS = ["q", "sex", "ageBand", "populationGroup", "source"] as const;
type Filters = Record<(typeof FILTERS)[number], string>;
const PAGE_SIZE = 50;

/** The assembly's registrations: search and filters, one person's record, exports, the QR poster and imports. */
export default function RegistrationsScreen() {
  const [params] = useSearchParams();
  const person = params.get("persona");
  if (person) return <RegistrationEditor registrationId={person} />;
  if (params.get("vista") === "importar") return <ImportWizard />;
  return <RegistrationList />;
}

function RegistrationList() {
  const t = useT();
  const { lang } = useLang();
  const actor = useActor();
  const { assembly } = useAssembly();
  const [params, setParams] = useSearchParams();
  const scope = { agreementId: assembly.agreementId, assemblyId: assembly.id };
  const personal = policies.readRegistrations(actor, scope);
  const canEdit = policies.editRegistrations(actor, scope);
  const page = Math.max(1, Number(params.get("pagina") ?? 1) || 1);
  const query = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE) });
  for (const key of FILTERS) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  const { data, error, reload } = useApi<RegistrationListDto>(
    `/api/assemblies/${assembly.id}/registrations?${query}`,
  );
  const [filters, setFilters] = useState<Filters>(
    () => Object.fromEntries(FILTERS.map((key) => [key, params.get(key) ?? ""])) as Filters,
  );

  const search = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const key of FILTERS) if (filters[key]) next.set(key, filters[key]);
    setParams(next);
  };
  const goTo = (target: number) => {
    const next = new URLSearchParams(params);
    next.set("pagina", String(target));
    setParams(next);
  };
  const options = (list: readonly string[], prefix: string) =>
    list.map((value) => (
      <option key={value} value={value}>
        {t(`${prefix}.${value}` as MessageKey)}
      </option>
    ));
  const select = (key: keyof Filters, label: string, list: readonly string[], prefix: string) => (
    <div className="field">
      <label className="field__label" htmlFor={`filtro-${key}`}>
        {label}
      </label>
      <select
        id={`filtro-${key}`}
        className="input input--select"
        value={filters[key]}
        onChange={(event) => setFilters({ ...filters, [key]: event.target.value })}
      >
        <option value="">{t("registration.list.all")}</option>
        {options(list, prefix)}
      </select>
    </div>
  );
  const publicPath = `/registro/${assembly.id}`;
  const exportUrl = (format: "xlsx" | "csv") =>
    `/api/assemblies/${assembly.id}/registrations/export?format=${format}`;

  return (
    <section className="section" aria-labelledby="inscripciones-titulo">
      <h2 id="inscripciones-titulo">{t("registration.list.title")}</h2>
      <p>
        {t("registration.list.publicPage")}{" "}
        <a href={publicPath}>{`${window.location.origin}${publicPath}`}</a>
      </p>
      <div className="card__actions">
        <a
          className="button button--secondary"
          href={`/api/assemblies/${assembly.id}/registration-poster.pdf`}
          download
        >
          {t("registration.list.poster")}
        </a>
        <a className="button button--secondary" href={exportUrl("xlsx")} download>
          {personal ? t("registration.list.exportXlsx") : t("registration.list.exportAnonymousXlsx")}
        </a>
        <a className="button button--secondary" href={exportUrl("csv")} download>
          {personal ? t("registration.list.exportCsv") : t("registration.list.exportAnonymousCsv")}
        </a>
        {canEdit ? (
          <ButtonLink variant="secondary" to="?vista=importar">
            {t("registration.list.import")}
          </ButtonLink>
        ) : null}
      </div>
      {personal ? null : <p className="form__note">{t("registration.list.anonymousNote")}</p>}

      <form
        className="registration-filters"
        onSubmit={search}
        aria-label={t("registration.list.searchLabel")}
      >
        {personal ? (
          <div className="field registration-filters__query">
            <label className="field__label" htmlFor="filtro-q">
              {t("registration.list.query")}
            </label>
            <input
              id="filtro-q"
              type="search"
              className="input"
              value={filters.q}
              onChange={(event) => setFilters({ ...filters, q: event.target.value })}
            />
          </div>
        ) : null}
        {select("sex", t("registration.field.sex"), SEXES, "catalog.sex")}
        {select("ageBand", t("registration.column.ageBand"), AGE_BANDS, "registration.ageBand")}
        {select(
          "populationGroup",
          t("registration.field.populationGroups"),
          POPULATION_GROUPS,
          "catalog.populationGroup",
        )}
        {select("source", t("registration.column.source"), CONSENT_CHANNELS, "registration.source")}
        <div className="registration-filters__submit">
          <Button type="submit">{t("registration.list.search")}</Button>
        </div>
      </form>

      {error ? <LoadError error={error} retry={reload} /> : null}
      {!data && !error ? <Loading /> : null}
      {data ? (
        <>
          <p role="status" className="registration-list__count">
            {t("registration.list.count", { count: formatNumber(data.total, lang) })}
          </p>
          {data.items.length ? (
            <ScrollTable label={t("registration.list.title")}>
              {data.personal ? (
                <table className="registration-table">
                  <caption className="visually-hidden">{t("registration.list.title")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("registration.list.name")}</th>
                      <th scope="col">{t("registration.field.documentNumber")}</th>
                      <th scope="col">{t("registration.column.ageBand")}</th>
                      <th scope="col">{t("registration.column.municipalityName")}</th>
                      <th scope="col">{t("registration.field.organizationName")}</th>
                      <th scope="col">{t("registration.column.source")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((r) => (
                      <tr key={r.id}>
                        <th scope="row">
                          <Link to={`?persona=${r.id}`}>
                            {r.lastNames}, {r.firstNames}
                          </Link>
                        </th>
                        <td>
                          {r.documentType} {r.documentNumber}
                        </td>
                        <td>{t(`registration.ageBand.${r.ageBand}`)}</td>
                        <td>{r.municipalityName}</td>
                        <td>{r.organizationName ?? ""}</td>
                        <td>{t(`registration.source.${r.source}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <table className="registration-table">
                  <caption className="visually-hidden">{t("registration.list.title")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("registration.column.ageBand")}</th>
                      <th scope="col">{t("registration.field.sex")}</th>
                      <th scope="col">{t("registration.column.municipalityName")}</th>
                      <th scope="col">{t("registration.field.populationGroups")}</th>
                      <th scope="col">{t("registration.field.economy")}</th>
                      <th scope="col">{t("registration.column.source")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((r) => (
                      <tr key={r.id}>
                        <td>{t(`registration.ageBand.${r.ageBand}`)}</td>
                        <td>{t(`catalog.sex.${r.sex}`)}</td>
                        <td>{r.municipalityName}</td>
                        <td>{r.populationGroups.map((g) => t(`catalog.populationGroup.${g}`)).join(", ")}</td>
                        <td>{t(`catalog.economy.${r.economy}`)}</td>
                        <td>{t(`registration.source.${r.source}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </ScrollTable>
          ) : (
            <p>{t("registration.list.empty")}</p>
          )}
          {data.total > PAGE_SIZE ? (
            <nav className="pager" aria-label={t("registration.list.pages")}>
              <Button variant="secondary" disabled={page <= 1} onClick={() => goTo(page - 1)}>
                {t("registration.list.previous")}
              </Button>
              <span>{t("registration.list.page", { page, pages: Math.ceil(data.total / PAGE_SIZE) })}</span>
              <Button
                variant="secondary"
                disabled={page * PAGE_SIZE >= data.total}
                onClick={() => goTo(page + 1)}
              >
                {t("registration.list.next")}
              </Button>
            </nav>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
