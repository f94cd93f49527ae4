import { ROLES, type Role } from "../../../shared/roles";
import type { AgreementDto } from "../../../shared/schemas/agreement";
import type { AssemblyDto, AssemblySummaryDto } from "../../../shared/schemas/assembly";
import type { UserDto } from "../../../shared/schemas/user";
import { api } from "../../api/client";
import { useApi } from "../../api/useApi";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { FormErrors } from "../../ui/FormErrors";
import { Notice } from "../../ui/Notice";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { type FieldBinding, useForm } from "../../ui/useForm";
import { SCOPE_OF_ROLE, type ScopeField, scopesFor } from "./scopes";

const EMPTY = {
  name: "",
  email: "",
  role: "partner_operator",
  password: "",
  agreementId: "",
  assemblyId: "",
  tableId: "",
};

interface UserCreateFormProps {
  agreements: readonly AgreementDto[];
  assemblies: readonly AssemblySummaryDto[];
  onCreated: (user: UserDto) => void;
}

export function UserCreateForm({ agreements, assemblies, onCreated }: UserCreateFormProps) {
  const t = useT();
  const form = useForm(EMPTY, { idPrefix: "new-user" });
  const role = form.values.role as Role;
  const needs = SCOPE_OF_ROLE[role];
  const leaderAssembly = useApi<AssemblyDto>(
    needs === "tableId" && form.values.assemblyId ? `/api/assemblies/${form.values.assemblyId}` : null,
  );

  // The server reports a missing scope on `scopes`: the picker the role needs shows that error.
  const picker = (path: ScopeField, label: string): FieldBinding => {
    const own = form.field(path, label);
    if (needs !== path) return own;
    const scopes = form.field("scopes", label);
    return { ...own, id: scopes.id, error: own.error ?? scopes.error };
  };

  const onSubmit = form.submit(async ({ name, email, password, ...picked }) => {
    const scopes = scopesFor(role, picked, assemblies);
    onCreated(await api.post<UserDto>("/api/users", { name, email, role, password, scopes }));
    form.setValues(EMPTY);
    return t("users.created", { name });
  });

  const assemblyOptions = assemblies.map((a) => ({ value: a.id, label: a.name }));
  return (
    <form noValidate onSubmit={onSubmit} className="form">
      <FormErrors form={form} />
      <TextField {...form.field("name", t("users.field.name"))} autoComplete="off" />
      <TextField
        {...form.field("email", t("users.field.email"))}
        type="email"
        inputMode="email"
        autoComplete="off"
      />
      <SelectField
        {...form.field("role", t("users.field.role"))}
        options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        hint={t(`users.role.hint.${role}`)}
      />
      {needs === "agreementId" ? (
        <SelectField
          {...picker("agreementId", t("users.field.agreement"))}
          placeholder={t("common.choose")}
          options={agreements.map((a) => ({
            value: a.id,
            label: t("agreements.label", { number: a.number, year: a.year, partner: a.partnerName }),
          }))}
        />
      ) : null}
      {needs === "assemblyId" || needs === "tableId" ? (
        <SelectField
          {...picker("assemblyId", t("users.field.assembly"))}
          onChange={(value) => {
            form.set("assemblyId", value);
            form.set("tableId", "");
          }}
          placeholder={t("common.choose")}
          options={assemblyOptions}
        />
      ) : null}
      {needs === "tableId" ? (
        <SelectField
          {...picker("tableId", t("users.field.table"))}
          placeholder={t("common.choose")}
          options={(leaderAssembly.data?.tables ?? []).map((table) => ({
            value: table.id,
            label: table.name,
          }))}
        />
      ) : null}
      <TextField
        {...form.field("password", t("users.field.password"))}
        type="password"
        autoComplete="new-password"
        hint={t("account.password.hint")}
      />
      <Button type="submit" busy={form.busy}>
        {t("users.create")}
      </Button>
      <Notice text={form.notice} />
    </form>
  );
}
