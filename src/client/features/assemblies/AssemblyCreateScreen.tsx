import { useEffect } from "react";
import { Link, useNavigate } from "react-router";
import { policies } from "../../../shared/policies";
import type { AgreementDto } from "../../../shared/schemas/agreement";
import type { AssemblyDto } from "../../../shared/schemas/assembly";
import { api } from "../../api/client";
import { useApi } from "../../api/useApi";
import { useLegend } from "../../app/legend";
import { useActor } from "../../app/session";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { FormErrors } from "../../ui/FormErrors";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { Page } from "../../ui/Page";
import { SelectField } from "../../ui/SelectField";
import { useForm } from "../../ui/useForm";
import { AssemblyFields, toAssemblyBody } from "./AssemblyFields";

export default function AssemblyCreateScreen() {
  const t = useT();
  const actor = useActor();
  const navigate = useNavigate();
  const agreements = useApi<AgreementDto[]>("/api/agreements");
  const editable = (agreements.data ?? []).filter((a) =>
    policies.editAgreement(actor, { agreementId: a.id }),
  );
  const form = useForm(
    {
      agreementId: "",
      name: "",
      departmentCode: "",
      municipalityCode: "",
      venue: "",
      date: "",
      capacity: "500",
      projectName: "",
      projectDescription: "",
    },
    { idPrefix: "assembly" },
  );
  const { set } = form;
  const only = editable.length === 1 ? editable[0]?.id : undefined;
  useEffect(() => {
    if (only) set("agreementId", only);
  }, [only, set]);
  useLegend(editable.find((a) => a.id === form.values.agreementId)?.legend);

  const onSubmit = form.submit(async (values) => {
    const created = await api.post<AssemblyDto>("/api/assemblies", toAssemblyBody(values));
    navigate(`/asambleas/${created.id}`);
    return undefined;
  });

  return (
    <Page title={t("assemblies.new")}>
      {agreements.error ? <LoadError error={agreements.error} retry={agreements.reload} /> : null}
      {agreements.loading ? <Loading /> : null}
      {agreements.data && editable.length === 0 ? (
        <p>
          {t("assemblies.noAgreement")} <Link to="/convenios/nuevo">{t("agreements.new")}</Link>
        </p>
      ) : null}
      {editable.length ? (
        <form noValidate onSubmit={onSubmit} className="form">
          <FormErrors form={form} />
          <SelectField
            {...form.field("agreementId", t("assemblies.field.agreement"))}
            placeholder={t("common.choose")}
            options={editable.map((a) => ({
              value: a.id,
              label: t("agreements.label", { number: a.number, year: a.year, partner: a.partnerName }),
            }))}
          />
          <AssemblyFields form={form} />
          <p className="form__note">{t("assemblies.create.note")}</p>
          <Button type="submit" busy={form.busy}>
            {t("assemblies.create.submit")}
          </Button>
        </form>
      ) : null}
    </Page>
  );
}
