import { type FormEvent, useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import type { ImportJobDto, ImportPreviewDto } from "../../../shared/schemas/import";
import { api } from "../../api/client";
import { ApiError } from "../../api/errors";
import { formatNumber } from "../../i18n/format";
import { useLang, useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { ScrollTable } from "../../ui/ScrollTable";
import { useAssembly } from "../assemblies/assembly-context";
import { ImportErrors } from "./ImportErrors";

type Step =
  | { name: "upload" }
  | { name: "mapping"; job: ImportJobDto }
  | { name: "preview"; job: ImportJobDto; preview: ImportPreviewDto }
  | { name: "running"; job: ImportJobDto };

const POLL_MS = 500;

/** Bulk import: upload an XLSX or CSV, say which column is which, check a preview, run, read the results. */
export function ImportWizard() {
  const t = useT();
  const { assembly } = useAssembly();
  const [step, setStep] = useState<Step>({ name: "upload" });
  const [mapping, setMapping] = useState<(string | null)[]>([]);
  const [allConsented, setAllConsented] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  // Each step starts with its heading in focus, so a screen reader announces where the person is.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes.
  useEffect(() => {
    heading.current?.focus();
  }, [step.name]);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const upload = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem("archivo") as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) {
      setError(new ApiError(422, "request.invalid", t("import.upload.missing")));
      return;
    }
    const body = new FormData();
    body.append("file", file);
    void run(async () => {
      const job = await api.post<ImportJobDto>(`/api/assemblies/${assembly.id}/imports`, body);
      setMapping(job.proposedMapping);
      setAllConsented(false);
      setStep({ name: "mapping", job });
    });
  };

  const review = (job: ImportJobDto) =>
    run(async () => {
      const preview = await api.post<ImportPreviewDto>(`/api/imports/${job.id}/preview`, {
        mapping,
        allConsented,
      });
      setStep({ name: "preview", job, preview });
    });

  const start = (job: ImportJobDto) =>
    run(async () => {
      setStep({
        name: "running",
        job: await api.post<ImportJobDto>(`/api/imports/${job.id}/run`, { mapping, allConsented }),
      });
    });

  const runningJob = step.name === "running" ? step.job : null;
  useEffect(() => {
    if (runningJob?.status !== "running") return;
    const timer = setTimeout(() => {
      api.get<ImportJobDto>(`/api/imports/${runningJob.id}`).then(
        (job) => setStep({ name: "running", job }),
        (failure: unknown) => {
          if (failure instanceof ApiError) setError(failure);
        },
      );
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [runningJob]);

  const errorBox = error ? (
    <div role="alert" className="form-errors">
      <p className="form-errors__title">{error.message}</p>
      {Object.values(error.fields).length ? (
        <ul className="form-errors__list">
          {Object.values(error.fields).map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      ) : null}
    </div>
  ) : null;

  return (
    <section className="section import" aria-labelledby="importar-titulo">
      <p>
        <Link to=".">{t("registration.editor.back")}</Link>
      </p>
      <h2 id="importar-titulo" ref={heading} tabIndex={-1}>
        {t(`import.step.${step.name === "running" && step.job.status !== "running" ? "done" : step.name}`)}
      </h2>
      <ol className="import__steps" aria-label={t("import.steps")}>
        {(["upload", "mapping", "preview", "running"] as const).map((name) => (
          <li key={name} aria-current={step.name === name ? "step" : undefined}>
            {t(`import.stepShort.${name}`)}
          </li>
        ))}
      </ol>
      {errorBox}
      {step.name === "upload" ? (
        <form className="form" onSubmit={upload} noValidate>
          <p className="form__note">{t("import.upload.intro")}</p>
          <p>
            <a href={`/api/assemblies/${assembly.id}/imports/template.xlsx`} download>
              {t("import.upload.template")}
            </a>
          </p>
          <div className="field">
            <label className="field__label" htmlFor="importar-archivo">
              {t("import.upload.file")}
            </label>
            <p id="importar-archivo-hint" className="field__hint">
              {t("import.upload.hint")}
            </p>
            <input
              id="importar-archivo"
              name="archivo"
              type="file"
              className="input"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby="importar-archivo-hint"
            />
          </div>
          <div className="form__actions">
            <Button type="submit" busy={busy}>
              {t("import.upload.submit")}
            </Button>
          </div>
        </form>
      ) : null}
      {step.name === "mapping" ? (
        <MappingStep
          job={step.job}
          mapping={mapping}
          setMapping={setMapping}
          allConsented={allConsented}
          setAllConsented={setAllConsented}
          busy={busy}
          onReview={() => review(step.job)}
        />
      ) : null}
      {step.name === "preview" ? (
        <PreviewStep
          job={step.job}
          preview={step.preview}
          busy={busy}
          onBack={() => setStep({ name: "mapping", job: step.job })}
          onRun={() => start(step.job)}
        />
      ) : null}
      {step.name === "running" ? (
        <Progress job={step.job} onAgain={() => setStep({ name: "upload" })} />
      ) : null}
    </section>
  );
}

interface MappingProps {
  job: ImportJobDto;
  mapping: (string | null)[];
  setMapping: (mapping: (string | null)[]) => void;
  allConsented: boolean;
  setAllConsented: (value: boolean) => void;
  busy: boolean;
  onReview: () => void;
}

function MappingStep({
  job,
  mapping,
  setMapping,
  allConsented,
  setAllConsented,
  busy,
  onReview,
}: MappingProps) {
  const t = useT();
  const used = new Set(mapping.filter(Boolean));
  const missing = job.targets.filter((target) => target.required && !used.has(target.value));
  return (
    <form
      className="form form--wide"
      onSubmit={(event) => {
        event.preventDefault();
        onReview();
      }}
      noValidate
    >
      <p className="form__note">
        {t("import.mapping.intro", { file: job.fileName, rows: job.total, header: job.headerRow })}
      </p>
      <ScrollTable label={t("import.mapping.caption")}>
        <table className="registration-table import__mapping">
          <caption className="visually-hidden">{t("import.mapping.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("import.mapping.column")}</th>
              <th scope="col">{t("import.mapping.sample")}</th>
              <th scope="col">{t("import.mapping.target")}</th>
            </tr>
          </thead>
          <tbody>
            {job.headers.map((header, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are identified by their position in the file.
              <tr key={index}>
                <th scope="row">{header || t("import.mapping.unnamed", { n: index + 1 })}</th>
                <td>
                  {job.sample
                    .map((row) => row[index])
                    .filter(Boolean)
                    .join(" · ")}
                </td>
                <td>
                  <label className="visually-hidden" htmlFor={`columna-${index}`}>
                    {t("import.mapping.targetFor", { column: header || String(index + 1) })}
                  </label>
                  <select
                    id={`columna-${index}`}
                    className="input input--select"
                    value={mapping[index] ?? ""}
                    onChange={(event) => {
                      const next = [...mapping];
                      next[index] = event.target.value || null;
                      setMapping(next);
                    }}
                  >
                    <option value="">{t("import.mapping.ignore")}</option>
                    {job.targets.map((target) => (
                      <option key={target.value} value={target.value}>
                        {target.required ? `${target.label} *` : target.label}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <p className="field__hint">{t("import.mapping.required")}</p>
      {missing.length ? (
        <p className="import__missing">
          {t("import.mapping.missing", { fields: missing.map((m) => m.label).join(", ") })}
        </p>
      ) : null}
      {used.has("dataConsent") ? null : (
        <div className="checkbox">
          <input
            id="importar-autorizacion"
            type="checkbox"
            checked={allConsented}
            onChange={(event) => setAllConsented(event.target.checked)}
          />
          <label htmlFor="importar-autorizacion">{t("import.mapping.allConsented")}</label>
        </div>
      )}
      <div className="form__actions">
        <Button type="submit" busy={busy}>
          {t("import.mapping.review")}
        </Button>
      </div>
    </form>
  );
}

function PreviewStep({
  job,
  preview,
  busy,
  onBack,
  onRun,
}: {
  job: ImportJobDto;
  preview: ImportPreviewDto;
  busy: boolean;
  onBack: () => void;
  onRun: () => void;
}) {
  const t = useT();
  const { lang } = useLang();
  return (
    <>
      <p className="import__summary">
        {t("import.preview.summary", {
          valid: formatNumber(preview.valid, lang),
          invalid: formatNumber(preview.invalid, lang),
        })}
      </p>
      <ScrollTable label={t("import.preview.caption", { count: preview.rows.length })}>
        <table className="registration-table">
          <caption>{t("import.preview.caption", { count: preview.rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("import.results.row")}</th>
              {job.headers.map((header, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are identified by their position in the file.
                <th scope="col" key={index}>
                  {header}
                </th>
              ))}
              <th scope="col">{t("import.preview.problems")}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.row} className={row.errors.length ? "import__row--invalid" : undefined}>
                <th scope="row">{row.row}</th>
                {row.cells.map((cell, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are identified by their column.
                  <td key={index}>{cell}</td>
                ))}
                <td>
                  {row.errors.length
                    ? row.errors.map((e) => `${e.column}: ${e.message}`).join(" ")
                    : t("import.preview.ok")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <div className="form__actions">
        <Button variant="secondary" onClick={onBack}>
          {t("import.preview.back")}
        </Button>
        <Button busy={busy} disabled={preview.valid === 0} onClick={onRun}>
          {t("import.preview.run", { count: formatNumber(preview.valid, lang) })}
        </Button>
      </div>
    </>
  );
}

function Progress({ job, onAgain }: { job: ImportJobDto; onAgain: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const n = (value: number) => formatNumber(value, lang);
  const finished = job.status !== "running";
  return (
    <>
      <label className="field__label" htmlFor="importar-progreso">
        {t("import.progress.label")}
      </label>
      <progress id="importar-progreso" className="import__progress" max={job.total} value={job.processed} />
      <p role="status" aria-live="polite">
        {finished
          ? job.status === "failed"
            ? t("import.progress.failed")
            : t("import.progress.done")
          : t("import.progress.processed", { processed: n(job.processed), total: n(job.total) })}
      </p>
      {finished ? (
        <>
          <dl className="facts">
            <div>
              <dt>{t("import.results.created")}</dt>
              <dd>{n(job.created)}</dd>
            </div>
            <div>
              <dt>{t("import.results.updated")}</dt>
              <dd>{n(job.updated)}</dd>
            </div>
            <div>
              <dt>{t("import.results.unchanged")}</dt>
              <dd>{n(job.unchanged)}</dd>
            </div>
            <div>
              <dt>{t("import.results.invalid")}</dt>
              <dd>{n(job.invalid)}</dd>
            </div>
          </dl>
          {job.errorCount ? <ImportErrors job={job} /> : null}
          <div className="form__actions">
            <Button variant="secondary" onClick={onAgain}>
              {t("import.results.again")}
            </Button>
          </div>
        </>
      ) : null}
    </>
  );
}
