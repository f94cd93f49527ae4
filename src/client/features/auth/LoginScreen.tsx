import { Navigate, useNavigate, useSearchParams } from "react-router";
import { useSession } from "../../app/session";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { FormErrors } from "../../ui/FormErrors";
import { Page } from "../../ui/Page";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";

/** Only paths inside the app: `?next=//evil.example` must not send anyone away. */
function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export default function LoginScreen() {
  const t = useT();
  const { state, signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const form = useForm({ email: "", password: "" }, { idPrefix: "login" });
  const next = safeNext(params.get("next"));

  if (state.status === "signed_in" && !form.busy) return <Navigate to={next} replace />;

  const onSubmit = form.submit(async ({ email, password }) => {
    await signIn(email, password);
    navigate(next, { replace: true });
    return undefined;
  });

  return (
    <Page title={t("login.title")}>
      <p>{t("app.tagline")}</p>
      <form noValidate onSubmit={onSubmit} className="form form--narrow">
        <FormErrors form={form} />
        <TextField
          {...form.field("email", t("login.email"))}
          type="email"
          autoComplete="username"
          inputMode="email"
        />
        <TextField
          {...form.field("password", t("login.password"))}
          type="password"
          autoComplete="current-password"
        />
        <Button type="submit" busy={form.busy}>
          {t("login.submit")}
        </Button>
      </form>
    </Page>
  );
}
