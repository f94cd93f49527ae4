import { isMinorOn } from "../../../domain/registration/age";
import {
  DOCUMENT_TYPES,
  ECONOMIC_SECTORS,
  ECONOMIES,
  ETHNICITIES,
  GENDER_IDENTITIES,
  ORGANIZATION_TYPES,
  OUTREACH_CHANNELS,
  POPULATION_GROUPS,
  SEXES,
  ZONES,
} from "../../../domain/registration/catalog";
import type { MessageKey } from "../../../shared/i18n";
import type { PublicAssemblyDto, RegistrationFieldDto } from "../../../shared/schemas/registration";
import { useLang, useT } from "../../i18n/lang";
import { CheckboxField } from "../../ui/CheckboxField";
import { DateField } from "../../ui/DateField";
import { MunicipalitySelect } from "../../ui/MunicipalitySelect";
import { SelectField } from "../../ui/SelectField";
import { TextArea } from "../../ui/TextArea";
import { TextField } from "../../ui/TextField";
import type { Form } from "../../ui/useForm";
import type { RegistrationValues } from "./registration-form";

/** Whether the person is under 18 on the assembly day (the guardian section shows then). */
export function isMinor(values: RegistrationValues, assemblyDate: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(values.birthDate) && isMinorOn(values.birthDate, assemblyDate);
}

interface Props {
  form: Form<RegistrationValues>;
  definition: PublicAssemblyDto;
  assemblyDate: string;
}

/**
 * The unified form's sections, core answers first: the public page and the staff correction screen show the
 * same questions with the same labels and checks.
 */
export function RegistrationFields({ form, definition, assemblyDate }: Props) {
  const t = useT();
  const { lang } = useLang();
  const { values } = form;
  const options = (list: readonly string[], prefix: string) =>
    list.map((value) => ({ value, label: t(`${prefix}.${value}` as MessageKey) }));
  const label = (field: string) => t(`registration.field.${field}` as MessageKey);
  const choose = t("registration.form.choose");
  const optional = (text: string) => t("registration.form.optional", { label: text });
  const yesNo = [
    { value: "si", label: t("registration.yes") },
    { value: "no", label: t("registration.no") },
  ];
  const toggle = (path: "populationGroups" | "preferredAxes", value: string, on: boolean) => {
    const list = values[path];
    form.set(path, on ? [...list, value] : list.filter((v) => v !== value));
  };
  const minor = isMinor(values, assemblyDate);

  return (
    <>
      <fieldset className="registration__section">
        <legend>{t("registration.form.person")}</legend>
        <div className="form__pair">
          <SelectField
            {...form.field("documentType", label("documentType"))}
            options={options(DOCUMENT_TYPES, "catalog.documentType")}
          />
          <TextField
            {...form.field("documentNumber", label("documentNumber"))}
            hint={t("registration.form.documentHint")}
            inputMode={values.documentType === "PAS" || values.documentType === "OTRO" ? "text" : "numeric"}
            autoComplete="off"
            required
          />
        </div>
        <div className="form__pair">
          <TextField {...form.field("firstNames", label("firstNames"))} autoComplete="given-name" required />
          <TextField {...form.field("lastNames", label("lastNames"))} autoComplete="family-name" required />
        </div>
        <div className="form__pair">
          <DateField {...form.field("birthDate", label("birthDate"))} autoComplete="bday" required />
          <SelectField
            {...form.field("sex", label("sex"))}
            options={options(SEXES, "catalog.sex")}
            placeholder={choose}
          />
        </div>
        <div className="form__pair">
          <SelectField
            {...form.field("genderIdentity", optional(label("genderIdentity")))}
            options={options(GENDER_IDENTITIES, "catalog.genderIdentity")}
            placeholder={choose}
          />
          {values.genderIdentity === "otro" ? (
            <TextField {...form.field("genderIdentityOther", label("genderIdentityOther"))} />
          ) : null}
        </div>
        <div className="form__pair">
          <TextField
            {...form.field("phone", label("phone"))}
            type="tel"
            inputMode="tel"
            autoComplete="tel-national"
            hint={t("registration.form.phoneHint")}
            required
          />
          <TextField {...form.field("email", optional(label("email")))} type="email" autoComplete="email" />
        </div>
      </fieldset>

      <fieldset className="registration__section">
        <legend>{t("registration.form.residence")}</legend>
        <MunicipalitySelect
          department={form.field("departmentCode", label("departmentCode"))}
          municipality={form.field("municipalityCode", label("municipalityCode"))}
        />
        <SelectField
          {...form.field("zone", label("zone"))}
          options={options(ZONES, "catalog.zone")}
          placeholder={choose}
        />
      </fieldset>

      {minor ? (
        <fieldset className="registration__section registration__section--notice">
          <legend>{t("registration.form.guardian")}</legend>
          <p className="form__note">{t("registration.form.guardianIntro")}</p>
          <TextField {...form.field("guardianName", label("guardianName"))} required />
          <div className="form__pair">
            <SelectField
              {...form.field("guardianDocumentType", label("guardianDocumentType"))}
              options={options(DOCUMENT_TYPES, "catalog.documentType")}
            />
            <TextField
              {...form.field("guardianDocumentNumber", label("guardianDocumentNumber"))}
              inputMode="numeric"
              required
            />
          </div>
          <CheckboxField {...form.checkbox("guardianConsent", t("registration.form.guardianConsent"))} />
        </fieldset>
      ) : null}

      <fieldset className="registration__section">
        <legend>{t("registration.form.economy")}</legend>
        <fieldset className="registration__choices" aria-describedby="registration-groups-hint">
          <legend>{optional(label("populationGroups"))}</legend>
          <p id="registration-groups-hint" className="field__hint">
            {t("registration.form.severalHint")}
          </p>
          {POPULATION_GROUPS.map((group) => (
            <CheckboxField
              key={group}
              id={form.idFor(`populationGroups.${group}`)}
              name="populationGroups"
              label={t(`catalog.populationGroup.${group}` as MessageKey)}
              checked={values.populationGroups.includes(group)}
              onChange={(on) => toggle("populationGroups", group, on)}
            />
          ))}
          {form.error?.fields.populationGroups ? (
            <p className="field__error">{form.error.fields.populationGroups}</p>
          ) : null}
        </fieldset>
        <SelectField
          {...form.field("economy", label("economy"))}
          options={options(ECONOMIES, "catalog.economy")}
          placeholder={choose}
        />
        <SelectField
          {...form.field("organizationType", label("organizationType"))}
          options={options(ORGANIZATION_TYPES, "catalog.organizationType")}
        />
        {values.organizationType !== "sin_organizacion" ? (
          <>
            <TextField {...form.field("organizationName", optional(label("organizationName")))} />
            <div className="form__pair">
              <TextField
                {...form.field("organizationNit", optional(label("organizationNit")))}
                hint={t("registration.form.nitHint")}
                inputMode="numeric"
              />
              <TextField {...form.field("organizationRole", optional(label("organizationRole")))} />
            </div>
          </>
        ) : null}
        <SelectField
          {...form.field("economicSector", optional(label("economicSector")))}
          options={options(ECONOMIC_SECTORS, "catalog.sector")}
          placeholder={choose}
        />
        <TextArea
          {...form.field("productsServices", optional(label("productsServices")))}
          hint={t("registration.form.productsHint")}
          rows={3}
        />
      </fieldset>

      <fieldset className="registration__section">
        <legend>{t("registration.form.tables")}</legend>
        {definition.axes.length ? (
          <fieldset className="registration__choices" aria-describedby="registration-axes-hint">
            <legend>{optional(label("preferredAxes"))}</legend>
            <p id="registration-axes-hint" className="field__hint">
              {t("registration.form.axesHint")}
            </p>
            {definition.axes.map((axis) => {
              const rank = values.preferredAxes.indexOf(axis.code);
              return (
                <CheckboxField
                  key={axis.code}
                  id={form.idFor(`preferredAxes.${axis.code}`)}
                  name="preferredAxes"
                  label={
                    rank >= 0
                      ? `${axis.name} (${t("registration.form.rank", { rank: rank + 1 })})`
                      : axis.name
                  }
                  checked={rank >= 0}
                  onChange={(on) => toggle("preferredAxes", axis.code, on)}
                />
              );
            })}
          </fieldset>
        ) : null}
        <CheckboxField {...form.checkbox("knowsPit", label("knowsPit"))} />
        <SelectField
          {...form.field("heardVia", optional(label("heardVia")))}
          options={options(OUTREACH_CHANNELS, "catalog.heardVia")}
          placeholder={choose}
        />
      </fieldset>

      {definition.extraFields.length ? (
        <fieldset className="registration__section">
          <legend>{t("registration.form.extra")}</legend>
          {definition.extraFields.map((field) => (
            <ExtraField key={field.key} field={field} form={form} lang={lang} />
          ))}
        </fieldset>
      ) : null}

      <fieldset className="registration__section">
        <legend>{t("registration.form.consent")}</legend>
        <div className="registration__consent-text">
          <p className="prose">{definition.consentText}</p>
        </div>
        <CheckboxField
          {...form.checkbox(
            "dataConsent",
            t("registration.form.dataConsent", { version: definition.consentVersion }),
          )}
        />
      </fieldset>

      <fieldset className="registration__section">
        <legend>{t("registration.form.sensitive")}</legend>
        <p className="form__note">{t("registration.form.sensitiveIntro")}</p>
        <CheckboxField {...form.checkbox("sensitiveConsent", t("registration.form.sensitiveConsent"))} />
        {values.sensitiveConsent ? (
          <div className="registration__sensitive">
            <SelectField
              {...form.field("ethnicity", optional(label("ethnicity")))}
              options={options(ETHNICITIES, "catalog.ethnicity")}
              placeholder={choose}
            />
            <div className="form__pair">
              <SelectField
                {...form.field("disability", optional(label("disability")))}
                options={yesNo}
                placeholder={choose}
              />
              <SelectField
                {...form.field("conflictVictim", optional(label("conflictVictim")))}
                options={yesNo}
                placeholder={choose}
              />
            </div>
          </div>
        ) : null}
      </fieldset>
    </>
  );
}

function ExtraField({
  field,
  form,
  lang,
}: {
  field: RegistrationFieldDto;
  form: Form<RegistrationValues>;
  lang: "es" | "en";
}) {
  const t = useT();
  const label = t("registration.form.optional", { label: lang === "en" ? field.labelEn : field.labelEs });
  const path = `extra.${field.key}`;
  if (field.type === "boolean") return <CheckboxField {...form.checkbox(path, label)} />;
  if (field.type === "date") return <DateField {...form.field(path, label)} />;
  if (field.type === "select") {
    return (
      <SelectField
        {...form.field(path, label)}
        options={field.options.map((o) => ({ value: o.value, label: lang === "en" ? o.labelEn : o.labelEs }))}
        placeholder={t("registration.form.choose")}
      />
    );
  }
  return <TextField {...form.field(path, label)} />;
}
