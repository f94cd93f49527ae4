import { useEffect, useState } from "react";
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
import type { WalkInResultDto } from "../../../shared/schemas/checkin";
import type { PublicAssemblyDto } from "../../../shared/schemas/registration";
import { api } from "../../api/client";
import { useApi } from "../../api/useApi";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { CheckboxField } from "../../ui/CheckboxField";
import { DateField } from "../../ui/DateField";
import { FormErrors } from "../../ui/FormErrors";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { MunicipalitySelect } from "../../ui/MunicipalitySelect";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";
import { useAssembly } from "../assemblies/assembly-context";

type Values = Record<string, string | boolean | string[]>;

const BLANK_TEXT = [
  "documentNumber",
  "firstNames",
  "lastNames",
  "birthDate",
  "phone",
  "email",
  "organizationName",
  "organizationRole",
  "guardianName",
  "guardianDocumentNumber",
] as const;
const BLANK_CHOICE = [
  "sex",
  "zone",
  "economy",
  "genderIdentity",
  "economicSector",
  "heardVia",
  "ethnicity",
] as const;

/** The form's values as the API takes them: blank choices and texts are left out (not given). */
function toBody(values: Values, consentVersion: number, desk: string): Record<string, unknown> {
  const body: Record<string, unknown> = { desk, consentVersion };
  for (const [key, value] of Object.entries(values)) {
    if (value === "") continue;
    if (key === "disability" || key === "conflictVictim") body[key] = value === "si";
    else body[key] = value;
  }
  if (!values.sensitiveConsent)
    for (const key of ["ethnicity", "disability", "conflictVictim"]) delete body[key];
  return body;
}

interface WalkInFormProps {
  assemblyId: string;
  desk: string;
  onDone: (result: WalkInResultDto) => void;
  onCancel: () => void;
}

/**
 * A person who did not register beforehand: the unified form with the core fields first and the rest
 * optional, the convenio's authorisation read and accepted at the desk, then checked in as a walk-in.
 */
export function WalkInForm({ assemblyId, desk, onDone, onCancel }: WalkInFormProps) {
  const definition = useApi<PublicAssemblyDto>(`/api/public/assemblies/${assemblyId}`);
  if (definition.error) return <LoadError error={definition.error} retry={definition.reload} />;
  if (!definition.data) return <Loading />;
  return <WalkInFields definition={definition.data} desk={desk} onDone={onDone} onCancel={onCancel} />;
}

const MORE_FIELDS = new Set([
  "email",
  "genderIdentity",
  "populationGroups",
  "organizationName",
  "organizationType",
  "organizationRole",
  "economicSector",
  "heardVia",
  "knowsPit",
  "sensitiveConsent",
  "ethnicity",
  "disability",
  "conflictVictim",
]);

function WalkInFields({
  definition,
  desk,
  onDone,
  onCancel,
}: Omit<WalkInFormProps, "assemblyId"> & { definition: PublicAssemblyDto }) {
  const t = useT();
  const { assembly } = useAssembly();
  const [moreOpen, setMoreOpen] = useState(false);
  const initial: Values = {
    documentType: "CC",
    departmentCode: assembly.departmentCode,
    municipalityCode: assembly.municipalityCode,
    guardianDocumentType: "CC",
    organizationType: "sin_organizacion",
    populationGroups: [],
    knowsPit: false,
    dataConsent: false,
    sensitiveConsent: false,
    guardianConsent: false,
    disability: "",
    conflictVictim: "",
    ...Object.fromEntries([...BLANK_TEXT, ...BLANK_CHOICE].map((key) => [key, ""])),
  };
  const form = useForm<Values>(initial, { idPrefix: "walkin" });
  // An optional field the server refused must be in view beside its message.
  useEffect(() => {
    if (Object.keys(form.error?.fields ?? {}).some((path) => MORE_FIELDS.has(path.split(".")[0] ?? "")))
      setMoreOpen(true);
  }, [form.error]);
  const options = (list: readonly string[], prefix: string) =>
    list.map((value) => ({ value, label: t(`${prefix}.${value}` as MessageKey) }));
  const choose = t("checkin.walkIn.choose");
  const birthDate = String(form.values.birthDate ?? "");
  const minor = /^\d{4}-\d{2}-\d{2}$/.test(birthDate) && isMinorOn(birthDate, assembly.date);
  const groups = form.values.populationGroups as string[];
  const yesNo = [
    { value: "si", label: t("checkin.walkIn.yes") },
    { value: "no", label: t("checkin.walkIn.no") },
  ];

  const submit = form.submit(async (values) => {
    const result = await api.post<WalkInResultDto>(
      `/api/assemblies/${assembly.id}/walk-ins`,
      toBody(values, definition.consentVersion, desk),
    );
    onDone(result);
    return undefined;
  });

  return (
    <form className="form walk-in" onSubmit={submit} noValidate aria-labelledby="walk-in-title">
      <h2 id="walk-in-title">{t("checkin.walkIn.title")}</h2>
      <p className="form__note">{t("checkin.walkIn.intro")}</p>
      <FormErrors form={form} />

      <fieldset className="row-card__fields">
        <legend>{t("checkin.walkIn.core")}</legend>
        <div className="form__pair">
          <SelectField
            {...form.field("documentType", t("checkin.walkIn.documentType"))}
            options={options(DOCUMENT_TYPES, "catalog.documentType")}
          />
          <TextField
            {...form.field("documentNumber", t("checkin.walkIn.documentNumber"))}
            inputMode="text"
            autoComplete="off"
            required
          />
        </div>
        <div className="form__pair">
          <TextField
            {...form.field("firstNames", t("checkin.walkIn.firstNames"))}
            autoComplete="given-name"
            required
          />
          <TextField
            {...form.field("lastNames", t("checkin.walkIn.lastNames"))}
            autoComplete="family-name"
            required
          />
        </div>
        <div className="form__pair">
          <DateField {...form.field("birthDate", t("checkin.walkIn.birthDate"))} required />
          <SelectField
            {...form.field("sex", t("checkin.walkIn.sex"))}
            options={options(SEXES, "catalog.sex")}
            placeholder={choose}
          />
        </div>
        <TextField
          {...form.field("phone", t("checkin.walkIn.phone"))}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          required
        />
        <MunicipalitySelect
          department={form.field("departmentCode", t("checkin.walkIn.department"))}
          municipality={form.field("municipalityCode", t("checkin.walkIn.municipality"))}
        />
        <div className="form__pair">
          <SelectField
            {...form.field("zone", t("checkin.walkIn.zone"))}
            options={options(ZONES, "catalog.zone")}
            placeholder={choose}
          />
          <SelectField
            {...form.field("economy", t("checkin.walkIn.economy"))}
            options={options(ECONOMIES, "catalog.economy")}
            placeholder={choose}
          />
        </div>
      </fieldset>

      {minor ? (
        <fieldset className="row-card__fields">
          <legend>{t("checkin.walkIn.guardian")}</legend>
          <TextField {...form.field("guardianName", t("checkin.walkIn.guardianName"))} required />
          <div className="form__pair">
            <SelectField
              {...form.field("guardianDocumentType", t("checkin.walkIn.guardianDocumentType"))}
              options={options(DOCUMENT_TYPES, "catalog.documentType")}
            />
            <TextField
              {...form.field("guardianDocumentNumber", t("checkin.walkIn.guardianDocumentNumber"))}
              required
            />
          </div>
          <CheckboxField {...form.checkbox("guardianConsent", t("checkin.walkIn.guardianConsent"))} />
        </fieldset>
      ) : null}

      <fieldset className="row-card__fields">
        <legend>{t("checkin.walkIn.consent")}</legend>
        <details className="walk-in__consent">
          <summary>{t("checkin.walkIn.readConsent", { version: definition.consentVersion })}</summary>
          <p className="prose">{definition.consentText}</p>
        </details>
        <CheckboxField {...form.checkbox("dataConsent", t("checkin.walkIn.dataConsent"))} />
      </fieldset>

      <details
        className="walk-in__more"
        open={moreOpen}
        onToggle={(event) => setMoreOpen(event.currentTarget.open)}
      >
        <summary>{t("checkin.walkIn.more")}</summary>
        <TextField {...form.field("email", t("checkin.walkIn.email"))} type="email" autoComplete="email" />
        <SelectField
          {...form.field("genderIdentity", t("checkin.walkIn.genderIdentity"))}
          options={options(GENDER_IDENTITIES, "catalog.genderIdentity")}
          placeholder={choose}
        />
        <fieldset className="row-card__fields">
          <legend>{t("checkin.walkIn.populationGroups")}</legend>
          {POPULATION_GROUPS.map((group) => (
            <CheckboxField
              key={group}
              id={`walkin-group-${group}`}
              name="populationGroups"
              label={t(`catalog.populationGroup.${group}` as MessageKey)}
              checked={groups.includes(group)}
              onChange={(checked) =>
                form.set("populationGroups", checked ? [...groups, group] : groups.filter((g) => g !== group))
              }
            />
          ))}
        </fieldset>
        <TextField {...form.field("organizationName", t("checkin.walkIn.organizationName"))} />
        <div className="form__pair">
          <SelectField
            {...form.field("organizationType", t("checkin.walkIn.organizationType"))}
            options={options(ORGANIZATION_TYPES, "catalog.organizationType")}
          />
          <TextField {...form.field("organizationRole", t("checkin.walkIn.organizationRole"))} />
        </div>
        <SelectField
          {...form.field("economicSector", t("checkin.walkIn.economicSector"))}
          options={options(ECONOMIC_SECTORS, "catalog.sector")}
          placeholder={choose}
        />
        <SelectField
          {...form.field("heardVia", t("checkin.walkIn.heardVia"))}
          options={options(OUTREACH_CHANNELS, "catalog.heardVia")}
          placeholder={choose}
        />
        <CheckboxField {...form.checkbox("knowsPit", t("checkin.walkIn.knowsPit"))} />
        <fieldset className="row-card__fields">
          <legend>{t("checkin.walkIn.sensitive")}</legend>
          <CheckboxField
            {...form.checkbox("sensitiveConsent", t("checkin.walkIn.sensitiveConsent"))}
            hint={t("checkin.walkIn.sensitiveHint")}
          />
          {form.values.sensitiveConsent ? (
            <>
              <SelectField
                {...form.field("ethnicity", t("checkin.walkIn.ethnicity"))}
                options={options(ETHNICITIES, "catalog.ethnicity")}
                placeholder={choose}
              />
              <div className="form__pair">
                <SelectField
                  {...form.field("disability", t("checkin.walkIn.disability"))}
                  options={yesNo}
                  placeholder={choose}
                />
                <SelectField
                  {...form.field("conflictVictim", t("checkin.walkIn.conflictVictim"))}
                  options={yesNo}
                  placeholder={choose}
                />
              </div>
            </>
          ) : null}
        </fieldset>
      </details>

      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t("checkin.walkIn.submit")}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("checkin.walkIn.cancel")}
        </Button>
      </div>
    </form>
  );
}
