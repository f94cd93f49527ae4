import { useNavigate } from "react-router";
import { api } from "../../api/client";
import { useActor, useSession } from "../../app/session";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { FormErrors } from "../../ui/FormErrors";
import { Notice } from "../../ui/Notice";
import { Page } from "../../ui/Page";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";

export default function AccountScreen() {
  const t = useT();
  const actor = useActor();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const form = useForm({ currentPassword: "", newPassword: "" }, { idPrefix: "account" });
  const exit = useForm({}, { idPrefix: "signout" });

  const onSubmit = form.submit(async (values) => {
    await api.post("/api/auth/password", values);
    form.setValues({ currentPassword: "", newPassword: "" });
    return t("account.password.changed");
  });

  return (
    <Page title={t("account.title")}>
      <p>
        {actor.name} · {actor.email} · {t(`role.${actor.role}`)}
      </p>
      <section aria-labelledby="account-password">
        <h2 id="account-password">{t("account.password.title")}</h2>
        <form noValidate onSubmit={onSubmit} className="form form--narrow">
          <FormErrors form={form} />
          <TextField
            {...form.field("currentPassword", t("account.password.current"))}
            type="password"
            autoComplete="current-password"
          />
          <TextField
            {...form.field("newPassword", t("account.password.new"))}
            type="password"
            autoComplete="new-password"
            hint={t("account.password.hint")}
          />
          <Button type="submit" busy={form.busy}>
            {t("account.password.submit")}
          </Button>
          <Notice text={form.notice} />
        </form>
      </section>
      <section aria-labelledby="account-session">
        <h2 id="account-session">{t("account.session.title")}</h2>
        <form
          noValidate
          onSubmit={exit.submit(async () => {
            await signOut();
            // Whoever signs in next starts at the assemblies, not at this person's account.
            navigate("/ingresar", { replace: true });
            return undefined;
          })}
        >
          <FormErrors form={exit} />
          <Button type="submit" variant="secondary" busy={exit.busy}>
            {t("account.signOut")}
          </Button>
        </form>
      </section>
    </Page>
  );
}
