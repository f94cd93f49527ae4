import type { ReactNode } from "react";
import type { MessageKey } from "../../../shared/i18n";
import type { ReportDto, TerritoryRowDto } from "../../../shared/schemas/report";
import { formatDate, formatNumber } from "../../i18n/format";
import { useLang, useT } from "../../i18n/lang";
import { STATUS_LABELS } from "../assemblies/labels";
import { formatCell } from "./cells";
import { ReportChart } from "./ReportChart";
import { ReportTable } from "./ReportTable";
import { ScrollTable } from "./ScrollTable";

function Section({
  id,
  title,
  note,
  children,
}: {
  id: string;
  title: string;
  note?: string | undefined;
  children: ReactNode;
}) {
  return (
    <section className="report-section" aria-labelledby={`report-${id}`}>
      <h3 id={`report-${id}`}>{title}</h3>
      {note ? <p className="field__hint">{note}</p> : null}
      {children}
    </section>
  );
}

function TerritoryTable({
  rows,
  keyHeader,
  label,
}: {
  rows: TerritoryRowDto[];
  keyHeader: string;
  label: string;
}) {
  const t = useT();
  const { lang } = useLang();
  return (
    <ScrollTable label={label}>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{keyHeader}</th>
            <th scope="col" className="report-table__number">
              {t("reports.territory.assemblies")}
            </th>
            <th scope="col" className="report-table__number">
              {t("reports.measure.registered")}
            </th>
            <th scope="col" className="report-table__number">
              {t("reports.measure.present")}
            </th>
            <th scope="col" className="report-table__number">
              {t("reports.territory.organizations")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="report-table__number">{formatNumber(row.assemblies, lang)}</td>
              <td className="report-table__number">{formatCell(row.registered, lang)}</td>
              <td className="report-table__number">{formatCell(row.present, lang)}</td>
              <td className="report-table__number">{formatNumber(row.organizations, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function AssembliesTable({ report }: { report: ReportDto }) {
  const t = useT();
  const { lang } = useLang();
  const noData = t("reports.assemblies.noData");
  return (
    <ScrollTable label={t("reports.assemblies.title")}>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{t("reports.assemblies.name")}</th>
            <th scope="col">{t("reports.assemblies.status")}</th>
            <th scope="col">{t("reports.assemblies.date")}</th>
            <th scope="col">{t("reports.assemblies.territory")}</th>
            <th scope="col" className="report-table__number">
              {t("reports.measure.registered")}
            </th>
            <th scope="col" className="report-table__number">
              {t("reports.measure.present")}
            </th>
            <th scope="col" className="report-table__number">
              {t("reports.assemblies.walkIns")}
            </th>
            <th scope="col" className="report-table__number">
              {t("reports.assemblies.puzzle")}
            </th>
            <th scope="col">{t("reports.assemblies.approval")}</th>
          </tr>
        </thead>
        <tbody>
          {report.assemblies.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                {a.name}
                <span className="report-table__sub">{a.agreement}</span>
              </th>
              <td>{t(STATUS_LABELS[a.status])}</td>
              <td>{formatDate(a.date, lang, "short")}</td>
              <td>
                {a.municipalityName} ({a.departmentName})
              </td>
              <td className="report-table__number">{formatCell(a.registered, lang)}</td>
              <td className="report-table__number">{formatCell(a.present, lang)}</td>
              <td className="report-table__number">{formatCell(a.walkIns, lang)}</td>
              <td className="report-table__number">
                {a.puzzleCompletion === null ? noData : `${a.puzzleCompletion} %`}
              </td>
              <td>{a.approval === null ? noData : t("reports.assemblies.approvalValue", a.approval)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

interface CountTableProps {
  label: string;
  rows: { key: string; label: string; count: number }[];
  keyHeader: string;
  countHeader: string;
}

function CountTable({ label, rows, keyHeader, countHeader }: CountTableProps) {
  const { lang } = useLang();
  return (
    <ScrollTable label={label}>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{keyHeader}</th>
            <th scope="col" className="report-table__number">
              {countHeader}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="report-table__number">{formatNumber(row.count, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function Participation({ report }: { report: ReportDto }) {
  const t = useT();
  const { lang } = useLang();
  const p = report.participation;
  if (!p) return <p className="field__hint">{t("reports.participation.none")}</p>;
  return (
    <>
      <Section id="axes" title={t("reports.participation.byAxis")}>
        <ScrollTable label={t("reports.participation.byAxis")}>
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">{t("reports.participation.axis")}</th>
                <th scope="col" className="report-table__number">
                  {t("reports.participation.needs")}
                </th>
                <th scope="col" className="report-table__number">
                  {t("reports.participation.solutions")}
                </th>
                <th scope="col" className="report-table__number">
                  {t("reports.participation.cooperative")}
                </th>
              </tr>
            </thead>
            <tbody>
              {p.byAxis.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td className="report-table__number">{formatNumber(row.needs, lang)}</td>
                  <td className="report-table__number">{formatNumber(row.solutions, lang)}</td>
                  <td className="report-table__number">{formatNumber(row.cooperative, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </Section>
      <Section id="forms" title={t("reports.participation.byCooperationForm")}>
        <CountTable
          label={t("reports.participation.byCooperationForm")}
          rows={p.byCooperationForm}
          keyHeader={t("reports.participation.cooperationForm")}
          countHeader={t("reports.participation.solutionsCount")}
        />
      </Section>
      <Section
        id="owners"
        title={t("reports.participation.commitmentsByOwner")}
        note={t("reports.ownerNote")}
      >
        <CountTable
          label={t("reports.participation.commitmentsByOwner")}
          rows={p.commitmentsByOwner}
          keyHeader={t("reports.participation.owner")}
          countHeader={t("reports.participation.count")}
        />
      </Section>
      <Section id="years" title={t("reports.participation.commitmentsByYear")}>
        <CountTable
          label={t("reports.participation.commitmentsByYear")}
          rows={p.commitmentsByYear}
          keyHeader={t("reports.participation.year")}
          countHeader={t("reports.participation.count")}
        />
      </Section>
      {p.approvals.length ? (
        <Section id="approvals" title={t("reports.participation.approvals")}>
          <ScrollTable label={t("reports.participation.approvals")}>
            <table className="report-table">
              <thead>
                <tr>
                  <th scope="col">{t("reports.participation.item")}</th>
                  <th scope="col">{t("reports.participation.result")}</th>
                  <th scope="col" className="report-table__number">
                    {t("reports.participation.inFavour")}
                  </th>
                  <th scope="col" className="report-table__number">
                    {t("reports.participation.against")}
                  </th>
                  <th scope="col" className="report-table__number">
                    {t("reports.participation.abstentions")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {p.approvals.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.label}</th>
                    <td>{row.result}</td>
                    <td className="report-table__number">{formatNumber(row.inFavour, lang)}</td>
                    <td className="report-table__number">{formatNumber(row.against, lang)}</td>
                    <td className="report-table__number">{formatNumber(row.abstentions, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </Section>
      ) : null}
    </>
  );
}

const HEADLINE: { key: keyof ReportDto["headline"]; label: MessageKey }[] = [
  { key: "registered", label: "reports.headline.registered" },
  { key: "present", label: "reports.headline.present" },
  { key: "absent", label: "reports.headline.absent" },
  { key: "walkIns", label: "reports.headline.walkIns" },
  { key: "returning", label: "reports.headline.returning" },
  { key: "organizations", label: "reports.headline.organizations" },
  { key: "organizationsPresent", label: "reports.headline.organizationsPresent" },
];

/** Everything a report holds, anonymised: headline counts, the dashboard tables, every breakdown, Momentos 4–5. */
export function ReportView({ report }: { report: ReportDto }) {
  const t = useT();
  const { lang } = useLang();
  const several = report.kind !== "assembly";
  return (
    <div className="report">
      <p className="report__note">{t("reports.anonymised")}</p>
      <h2>{t("reports.headline.title")}</h2>
      <dl className="report-headline">
        {several ? (
          <div>
            <dt>{t("reports.headline.assemblies")}</dt>
            <dd>{formatNumber(report.headline.assemblies, lang)}</dd>
          </div>
        ) : null}
        {HEADLINE.map(({ key, label }) => (
          <div key={key}>
            <dt>{t(label)}</dt>
            <dd data-testid={`report-${key}`}>{formatCell(report.headline[key], lang)}</dd>
          </div>
        ))}
      </dl>
      {several ? (
        <>
          <h2>{t("reports.assemblies.title")}</h2>
          {report.assemblies.length ? <AssembliesTable report={report} /> : <p>{t("reports.empty")}</p>}
          <Section id="departments" title={t("reports.byDepartment.title")}>
            <TerritoryTable
              label={t("reports.byDepartment.title")}
              rows={report.byDepartment}
              keyHeader={t("reports.byDepartment.key")}
            />
          </Section>
          <Section id="years-total" title={t("reports.byYear.title")}>
            <TerritoryTable
              label={t("reports.byYear.title")}
              rows={report.byYear}
              keyHeader={t("reports.byYear.key")}
            />
          </Section>
        </>
      ) : null}
      <h2>{t("reports.breakdowns.title")}</h2>
      {report.tables.map((table) => (
        <Section key={table.id} id={table.id} title={table.title} note={table.note}>
          {table.id !== "organizations" && table.rows.length ? <ReportChart table={table} /> : null}
          <ReportTable table={table} />
        </Section>
      ))}
      <h2>{t("reports.participation.title")}</h2>
      <Participation report={report} />
    </div>
  );
}
