import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { normalizeJoinCode } from "../../../domain/allocation/join-code";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { Page } from "../../ui/Page";
import { TextField } from "../../ui/TextField";

/** `/unirse`: the sub-table leader types the code on the card; the puzzle opens at `/unirse/:code`. */
export default function JoinScreen() {
  const t = useT();
  const navigate = useNavigate();
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const normalized = normalizeJoinCode(code);
    if (!normalized) {
      setError(t("puzzle.join.codeHint"));
      return;
    }
    navigate(`/unirse/${normalized}`);
  };
  return (
    <Page title={t("puzzle.join.title")}>
      <p>{t("puzzle.join.intro")}</p>
      <form className="form form--narrow" onSubmit={submit} noValidate>
        <TextField
          id="join-code"
          name="code"
          label={t("puzzle.join.code")}
          hint={t("puzzle.join.codeHint")}
          autoComplete="off"
          value={code}
          onChange={(value) => {
            setCode(value.toUpperCase());
            setError(undefined);
          }}
          error={error}
          required
        />
        <div className="form__actions">
          <Button type="submit">{t("puzzle.join.submit")}</Button>
        </div>
      </form>
    </Page>
  );
}
