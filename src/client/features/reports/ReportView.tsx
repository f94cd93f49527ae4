import type { ReactNode } from "react";
import type { MessageKey } from "../../../shared/i18n";
import type { ReportDto, TerritoryRowDto } from "../../../shared/schemas/report";
import { formatDate, formatNumber } from "../../i18n/format";
import { useLang, useT } from "../../i18n/lang";
import { STATUS_LABELS } from "../assemblies/labels";
import { formatCell } from "./cells";
import { DataTable } from "./DataTable";
import { ReportChart } from "./ReportChart";
import { ReportTable } from "./ReportTable";

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
    <DataTable
      label={label}
      columns={[
        { header: keyHeader },
        { header: t("reports.territory.assemblies"), numeric: true },
        { header: t("reports.measure.registered"), numeric: true },
        { header: t("reports.measure.present"), numeric: true },
        { header: t("reports.territory.organizations"), numeric: true },
      ]}
      rows={rows.map((row) => ({
        key: row.key,
        header: row.label,
        cells: [
          formatNumber(row.assemblies, lang),
          formatCell(row.registered, lang),
          formatCell(row.present, lang),
          formatNumber(row.organizations, lang),
        ],
      }))}
    />
  );
}

function AssembliesTable({ report }: { report: ReportDto }) {
  const t = useT();
  const { lang } = useLang();
  const noData = t("reports.assemblies.noData");
  return (
    <DataTable
      label={t("reports.assemblies.title")}
      columns={[
        { header: t("reports.assemblies.name") },
        { header: t("reports.assemblies.status") },
        { header: t("reports.assemblies.date") },
        { header: t("reports.assemblies.territory") },
        { header: t("reports.measure.registered"), numeric: true },
        { header: t("reports.measure.present"), numeric: true },
        { header: t("reports.assemblies.walkIns"), numeric: true },
        { header: t("reports.assemblies.puzzle"), numeric: true },
        { header: t("reports.assemblies.approval") },
      ]}
      rows={report.assemblies.map((a) => ({
        key: a.id,
        header: (
          <>
            {a.name}
            <span className="report-table__sub">{a.agreement}</span>
          </>
        ),
        cells: [
          t(STATUS_LABELS[a.status]),
          formatDate(a.date, lang, "short"),
          `${a.municipalityName} (${a.departmentName})`,
          formatCell(a.registered, lang),
          formatCell(a.present, lang),
          formatCell(a.walkIns, lang),
          a.puzzleCompletion === null ? noData : `${a.puzzleCompletion} %`,
          a.approval === null ? noData : t("reports.assemblies.approvalValue", a.approval),
        ],
      }))}
    />
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
    <DataTable
      label={label}
      columns={[{ header: keyHeader }, { header: countHeader, numeric: true }]}
      rows={rows.map((row) => ({ key: row.key, header: row.label, cells: [formatNumber(row.count, lang)] }))}
    />
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
        <DataTable
          label={t("reports.participation.byAxis")}
          columns={[
            { header: t("reports.participation.axis") },
            { header: t("reports.participation.needs"), numeric: true },
            { header: t("reports.participation.solutions"), numeric: true },
            { header: t("reports.participation.cooperative"), numeric: true },
          ]}
          rows={p.byAxis.map((row) => ({
            key: row.key,
            header: row.label,
            cells: [row.needs, row.solutions, row.cooperative].map((n) => formatNumber(n, lang)),
          }))}
        />
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
          <DataTable
            label={t("reports.participation.approvals")}
            columns={[
              { header: t("reports.participation.item") },
              { header: t("reports.participation.result") },
              { header: t("reports.participation.inFavour"), numeric: true },
              { header: t("reports.participation.against"), numeric: true },
              { header: t("reports.participation.abstentions"), numeric: true },
            ]}
            rows={p.approvals.map((row) => ({
              key: row.key,
              header: row.label,
              cells: [
                row.result,
                ...[row.inFavour, row.against, row.abstentions].map((n) => formatNumber(n, lang)),
              ],
            }))}
          />
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
