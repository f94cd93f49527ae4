import "./puzzle.css";
import { Link, useParams } from "react-router";
import { COOPERATION_FORMS, NEEDS_MAX, PLAN_ITEMS_MAX } from "../../../domain/puzzle/rules";
import { POPULATION_GROUPS } from "../../../domain/registration/catalog";
import type { OrganizationSuggestionDto, PaperSheet, SubtableStateDto } from "../../../shared/schemas/puzzle";
import { api } from "../../api/client";
import { useApi } from "../../api/useApi";
import { useLegend } from "../../app/legend";
import { useLang, useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { FormErrors } from "../../ui/FormErrors";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { Notice } from "../../ui/Notice";
import { Page } from "../../ui/Page";
import { SelectField } from "../../ui/SelectField";
import { TextArea } from "../../ui/TextArea";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";
import { dueGroups } from "./labels";
import { OrganizationPicker } from "./OrganizationPicker";

type Item = NonNullable<PaperSheet["needs"][number]["solution"]>["plan"][number];
interface NeedForm {
  title: string;
  description: string;
  affectedGroups: string[];
  hasSolution: boolean;
  solution: { description: string; cooperationForm: string; organizations: string[]; plan: Item[] };
}

const emptyItem = (): Item => ({ action: "", owner: "", due: "", resources: "" });
const emptyNeed = (): NeedForm => ({
  title: "",
  description: "",
  affectedGroups: [],
  hasSolution: true,
  solution: { description: "", cooperationForm: "", organizations: [], plan: [emptyItem()] },
});

/**
 * `/submesas/:subtableId/papel`: the operator or table leader types a filled paper sheet in from a desktop;
 * it lands in the same puzzle (and the big screen) as if a phone had sent it. Every problem shows on its field.
 */
export default function PaperScreen() {
  const t = useT();
  const { lang } = useLang();
  const { subtableId = "" } = useParams();
  const state = useApi<SubtableStateDto>(`/api/puzzle/subtables/${subtableId}`);
  const suggestions = useApi<{ organizations: OrganizationSuggestionDto[] }>(
    `/api/puzzle/subtables/${subtableId}/suggestions`,
  );
  const form = useForm<{ needs: NeedForm[] }>({ needs: [emptyNeed()] }, { idPrefix: "paper" });
  useLegend(state.data?.assembly.legend);

  if (state.error) return <LoadError error={state.error} retry={state.reload} />;
  if (!state.data) return <Loading />;
  const data = state.data;
  const room = NEEDS_MAX - data.needs.length;
  const needs = form.values.needs;
  const groupOptions = dueGroups(lang, t);

  const submit = form.submit(async (values) => {
    const sheet: PaperSheet = {
      needs: values.needs.map(({ hasSolution, solution, ...need }) => ({
        ...need,
        solution: hasSolution ? solution : null,
      })),
    };
    state.setData(await api.post<SubtableStateDto>(`/api/puzzle/subtables/${subtableId}/paper`, sheet));
    form.setValues({ needs: [emptyNeed()] });
    return t("puzzle.paper.saved");
  });

  return (
    <Page title={t("puzzle.paper.title", { label: data.subtable.name })}>
      <p>
        <Link to={`/asambleas/${data.assembly.id}/rompecabezas`}>{t("puzzle.paper.back")}</Link>
      </p>
      <p>
        {t("puzzle.capture.table", { position: data.table.position, name: data.table.name })} ·{" "}
        {t("puzzle.paper.intro")}
      </p>
      <Notice text={form.notice} />
      {room <= 0 ? (
        <p className="notice">{t("puzzle.need.limit")}</p>
      ) : (
        <form className="form form--wide" onSubmit={submit} noValidate>
          <FormErrors form={form} />
          {needs.map((need, i) => {
            const n = `needs.${i}`;
            const context = t("puzzle.sheet.needN", { n: i + 1 });
            return (
              <fieldset key={n} className="paper-need">
                <legend>{context}</legend>
                <TextField {...form.field(`${n}.title`, t("puzzle.need.title.label"), context)} required />
                <TextArea
                  {...form.field(`${n}.description`, t("puzzle.need.description.label"), context)}
                  rows={2}
                />
                <fieldset className="choices">
                  <legend className="field__label">{t("puzzle.need.affected.label")}</legend>
                  <div className="choices__grid">
                    {POPULATION_GROUPS.map((group) => {
                      const id = form.idFor(`${n}.affectedGroups.${group}`);
                      return (
                        <div key={group} className="choice">
                          <input
                            id={id}
                            type="checkbox"
                            checked={need.affectedGroups.includes(group)}
                            onChange={(event) =>
                              form.set(
                                `${n}.affectedGroups`,
                                event.target.checked
                                  ? [...need.affectedGroups, group]
                                  : need.affectedGroups.filter((g) => g !== group),
                              )
                            }
                          />
                          <label htmlFor={id}>{t(`catalog.populationGroup.${group}`)}</label>
                        </div>
                      );
                    })}
                  </div>
                </fieldset>
                <div className="choice">
                  <input
                    id={form.idFor(`${n}.hasSolution`)}
                    type="checkbox"
                    checked={need.hasSolution}
                    onChange={(event) => form.set(`${n}.hasSolution`, event.target.checked)}
                  />
                  <label htmlFor={form.idFor(`${n}.hasSolution`)}>{t("puzzle.paper.hasSolution")}</label>
                </div>
                {need.hasSolution ? (
                  <>
                    <h3>{t("puzzle.sheet.solutionN", { n: i + 1 })}</h3>
                    <TextArea
                      {...form.field(
                        `${n}.solution.description`,
                        t("puzzle.solution.description.label"),
                        context,
                      )}
                      rows={2}
                    />
                    <SelectField
                      {...form.field(
                        `${n}.solution.cooperationForm`,
                        t("puzzle.solution.form.label"),
                        context,
                      )}
                      placeholder={t("common.choose")}
                      options={COOPERATION_FORMS.map((value) => ({
                        value,
                        label: t(`puzzle.cooperation.${value}`),
                      }))}
                    />
                    <OrganizationPicker
                      id={form.idFor(`${n}.solution.organizations`)}
                      values={need.solution.organizations}
                      suggestions={suggestions.data?.organizations ?? []}
                      onChange={(organizations) => form.set(`${n}.solution.organizations`, organizations)}
                      error={
                        Object.entries(form.error?.fields ?? {}).find(([path]) =>
                          path.startsWith(`${n}.solution.organizations`),
                        )?.[1]
                      }
                    />
                    <h3>{t("puzzle.sheet.planFor", { n: i + 1 })}</h3>
                    {need.solution.plan.map((_, j) => {
                      const p = `${n}.solution.plan.${j}`;
                      const itemContext = `${context} · ${t("puzzle.plan.item", { n: j + 1 })}`;
                      const due = form.field(`${p}.due`, t("puzzle.plan.due.label"), itemContext);
                      return (
                        <fieldset key={p} className="paper-item">
                          <legend>{t("puzzle.plan.item", { n: j + 1 })}</legend>
                          <TextField
                            {...form.field(`${p}.action`, t("puzzle.plan.action.label"), itemContext)}
                            required
                          />
                          <TextField
                            {...form.field(`${p}.owner`, t("puzzle.plan.owner.label"), itemContext)}
                            required
                          />
                          <div className={due.error ? "field field--invalid" : "field"}>
                            <label htmlFor={due.id} className="field__label">
                              {due.label}
                            </label>
                            {due.error ? (
                              <p id={`${due.id}-error`} className="field__error">
                                {due.error}
                              </p>
                            ) : null}
                            <select
                              id={due.id}
                              className="input input--select"
                              value={due.value}
                              onChange={(event) => due.onChange(event.target.value)}
                              aria-invalid={due.error ? true : undefined}
                              aria-describedby={due.error ? `${due.id}-error` : undefined}
                            >
                              <option value="">{t("puzzle.plan.due.choose")}</option>
                              {groupOptions.map((group) => (
                                <optgroup key={group.label} label={group.label}>
                                  {group.options.map((o) => (
                                    <option key={o.value} value={o.value}>
                                      {o.label}
                                    </option>
                                  ))}
                                </optgroup>
                              ))}
                            </select>
                          </div>
                          <TextField
                            {...form.field(`${p}.resources`, t("puzzle.plan.resources.label"), itemContext)}
                          />
                          {need.solution.plan.length > 1 ? (
                            <Button
                              variant="danger"
                              onClick={() =>
                                form.set(
                                  `${n}.solution.plan`,
                                  need.solution.plan.filter((__, k) => k !== j),
                                )
                              }
                            >
                              {t("puzzle.paper.removeItem", { n: j + 1 })}
                            </Button>
                          ) : null}
                        </fieldset>
                      );
                    })}
                    {need.solution.plan.length < PLAN_ITEMS_MAX ? (
                      <Button
                        variant="secondary"
                        onClick={() => form.set(`${n}.solution.plan`, [...need.solution.plan, emptyItem()])}
                      >
                        {t("puzzle.paper.addItem")}
                      </Button>
                    ) : null}
                  </>
                ) : null}
              </fieldset>
            );
          })}
          {needs.length < room ? (
            <p>
              <Button variant="secondary" onClick={() => form.set("needs", [...needs, emptyNeed()])}>
                {t("puzzle.paper.addNeed")}
              </Button>
            </p>
          ) : null}
          <div className="form__actions">
            <Button type="submit" busy={form.busy}>
              {t("puzzle.paper.save")}
            </Button>
          </div>
        </form>
      )}
    </Page>
  );
}
