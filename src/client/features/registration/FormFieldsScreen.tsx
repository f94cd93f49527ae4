import "./registration.css";
import { foldText } from "../../../domain/text/normalize";
import {
  EXTRA_FIELD_TYPES,
  REGISTRATION_FIELDS,
  type RegistrationFieldDto,
} from "../../../shared/schemas/registration";
import { api } from "../../api/client";
import { useApi } from "../../api/useApi";
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

/** "Tienda de barrio | Corner shop" lines → options; the stored value comes from the Spanish label. */
function parseOptions(text: string) {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [es = "", en = ""] = line.split("|").map((part) => part.trim());
      const value = foldText(es)
        .replace(/[^a-z0-9]+/g, "_")
        .replace(/^_+|_+$/g, "")
        .slice(0, 40);
      return { value, labelEs: es, labelEn: en || es };
    });
}

/**
 * The national admin's optional questions on the unified form. The fixed national fields are listed but
 * cannot be removed; an added question can be hidden, never deleted (its answers keep their meaning).
 */
export default function FormFieldsScreen() {
  const t = useT();
  const { lang } = useLang();
  const { data, error, reload, setData } = useApi<RegistrationFieldDto[]>("/api/registration-fields");
  const form = useForm({ labelEs: "", labelEn: "", type: "text", options: "" }, { idPrefix: "campo" });

  const create = form.submit(async (values) => {
    const created = await api.post<RegistrationFieldDto>("/api/registration-fields", {
      labelEs: values.labelEs,
      labelEn: values.labelEn,
      type: values.type,
      options: values.type === "select" ? parseOptions(values.options) : [],
    });
    setData([...(data ?? []), created]);
    form.setValues({ labelEs: "", labelEn: "", type: "text", options: "" });
    return t("registration.fields.created", { label: created.labelEs });
  });

  const toggle = async (field: RegistrationFieldDto) => {
    const { id, key: _key, position: _position, ...input } = field;
    const updated = await api.put<RegistrationFieldDto>(`/api/registration-fields/${id}`, {
      ...input,
      active: !field.active,
    });
    setData((data ?? []).map((f) => (f.id === id ? updated : f)));
  };

  return (
    <Page title={t("registration.fields.title")}>
      <p>{t("registration.fields.intro")}</p>
      <details className="section">
        <summary>{t("registration.fields.core")}</summary>
        <ul>
          {REGISTRATION_FIELDS.map((field) => (
            <li key={field}>{t(`registration.field.${field}`)}</li>
          ))}
        </ul>
      </details>
      <section className="section" aria-labelledby="campos-lista">
        <h2 id="campos-lista">{t("registration.fields.added")}</h2>
        {error ? <LoadError error={error} retry={reload} /> : null}
        {!data && !error ? <Loading /> : null}
        {data && data.length === 0 ? <p>{t("registration.fields.none")}</p> : null}
        {data?.length ? (
          <ul className="rows">
            {data.map((field) => (
              <li key={field.id} className="row-card">
                <p className="card__title">
                  {lang === "en" ? field.labelEn : field.labelEs} ·{" "}
                  {t(`registration.fields.type.${field.type}`)}
                  {field.active ? "" : ` · ${t("registration.fields.hidden")}`}
                </p>
                {field.options.length ? (
                  <p className="card__meta">
                    {field.options.map((o) => (lang === "en" ? o.labelEn : o.labelEs)).join(", ")}
                  </p>
                ) : null}
                <Button variant="secondary" onClick={() => void toggle(field)}>
                  {field.active ? t("registration.fields.hide") : t("registration.fields.show")}
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section className="section" aria-labelledby="campos-nuevo">
        <h2 id="campos-nuevo">{t("registration.fields.new")}</h2>
        <form className="form" onSubmit={create} noValidate>
          <FormErrors form={form} />
          <div className="form__pair">
            <TextField {...form.field("labelEs", t("registration.fields.labelEs"))} required />
            <TextField {...form.field("labelEn", t("registration.fields.labelEn"))} required />
          </div>
          <SelectField
            {...form.field("type", t("registration.fields.typeLabel"))}
            options={EXTRA_FIELD_TYPES.map((type) => ({
              value: type,
              label: t(`registration.fields.type.${type}`),
            }))}
          />
          {form.values.type === "select" ? (
            <TextArea
              {...form.field("options", t("registration.fields.options"))}
              hint={t("registration.fields.optionsHint")}
              rows={5}
            />
          ) : null}
          <div className="form__actions">
            <Button type="submit" busy={form.busy}>
              {t("registration.fields.add")}
            </Button>
          </div>
          <Notice text={form.notice} />
        </form>
      </section>
    </Page>
  );
}
