import { useState } from "react";
import type { AgreementDto } from "../../../shared/schemas/agreement";
import type { AssemblySummaryDto } from "../../../shared/schemas/assembly";
import type { UserDto } from "../../../shared/schemas/user";
import { api } from "../../api/client";
import { useActor } from "../../app/session";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { FormErrors } from "../../ui/FormErrors";
import { Notice } from "../../ui/Notice";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";

interface UserRowProps {
  user: UserDto;
  agreements: readonly AgreementDto[];
  assemblies: readonly AssemblySummaryDto[];
  onChange: (user: UserDto) => void;
}

/** One account: who, role and scope, with activate/deactivate and a password reset. */
export function UserRow({ user, agreements, assemblies, onChange }: UserRowProps) {
  const t = useT();
  const actor = useActor();
  const [resetting, setResetting] = useState(false);
  const status = useForm({}, { idPrefix: `user-${user.id}-status` });
  const reset = useForm({ password: "" }, { idPrefix: `user-${user.id}-reset` });

  const scopeText = user.scopes.map((scope) => {
    const assembly = assemblies.find((a) => a.id === scope.assemblyId);
    const agreement = agreements.find((a) => a.id === scope.agreementId);
    if (scope.tableId && assembly) return t("users.scope.table", { assembly: assembly.name });
    if (assembly) return assembly.name;
    if (agreement)
      return t("agreements.label", {
        number: agreement.number,
        year: agreement.year,
        partner: agreement.partnerName,
      });
    return "";
  });

  const toggle = status.submit(async () => {
    onChange(await api.patch<UserDto>(`/api/users/${user.id}`, { active: !user.active }));
    return undefined;
  });
  const savePassword = reset.submit(async ({ password }) => {
    onChange(await api.patch<UserDto>(`/api/users/${user.id}`, { password }));
    reset.setValues({ password: "" });
    setResetting(false);
    return t("users.password.changed");
  });

  return (
    <li className={user.active ? "card" : "card card--muted"}>
      <h3 className="card__title">{user.name}</h3>
      <p className="card__meta">
        {user.email} · {t(`role.${user.role}`)} · {user.active ? t("users.active") : t("users.inactive")}
      </p>
      {scopeText.filter(Boolean).length ? <p>{scopeText.filter(Boolean).join(" · ")}</p> : null}
      <FormErrors form={status} />
      {user.id === actor.userId ? null : (
        <div className="card__actions">
          <form noValidate onSubmit={toggle}>
            <Button type="submit" variant="secondary" busy={status.busy}>
              {user.active
                ? t("users.deactivate", { name: user.name })
                : t("users.activate", { name: user.name })}
            </Button>
          </form>
          {resetting ? null : (
            <Button variant="secondary" onClick={() => setResetting(true)}>
              {t("users.password.reset", { name: user.name })}
            </Button>
          )}
        </div>
      )}
      {resetting ? (
        <form noValidate onSubmit={savePassword} className="form form--narrow">
          <FormErrors form={reset} />
          <TextField
            {...reset.field("password", t("users.password.new", { name: user.name }))}
            type="password"
            autoComplete="new-password"
            hint={t("account.password.hint")}
          />
          <div className="form__actions">
            <Button type="submit" busy={reset.busy}>
              {t("users.password.save")}
            </Button>
            <Button variant="quiet" onClick={() => setResetting(false)}>
              {t("common.cancel")}
            </Button>
          </div>
        </form>
      ) : null}
      <Notice text={reset.notice} />
    </li>
  );
}
