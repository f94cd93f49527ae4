import { type FormEvent, useState } from "react";
import type { SuggestionsDto } from "../../../shared/schemas/associativity";
import { useApi } from "../../api/useApi";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { useAssembly } from "../assemblies/assembly-context";
import { SuggestionCards } from "./SuggestionCards";

/** A need typed by a person ("secado y comercialización de cacao") and the organisations that fit it. */
export function QuestionView() {
  const t = useT();
  const { assembly } = useAssembly();
  const [text, setText] = useState("");
  const [axis, setAxis] = useState("");
  const [asked, setAsked] = useState<{ text: string; axis: string } | null>(null);
  const params = asked
    ? new URLSearchParams({ q: asked.text, limit: "10", ...(asked.axis ? { axis: asked.axis } : {}) })
    : null;
  const { data, error, loading, reload } = useApi<SuggestionsDto>(
    params ? `/api/assemblies/${assembly.id}/associativity/suggestions?${params}` : null,
  );
  const axes = assembly.tables.flatMap((table) =>
    table.axisCode ? [{ value: table.axisCode, label: table.name }] : [],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAsked({ text: text.trim(), axis });
  };

  return (
    <section aria-labelledby="associativity-question" className="section">
      <h2 id="associativity-question">{t("associativity.question.title")}</h2>
      <form className="form form--narrow" onSubmit={submit} noValidate>
        <TextField
          id="associativity-q"
          name="q"
          label={t("associativity.question.label")}
          hint={t("associativity.question.hint")}
          value={text}
          onChange={setText}
          error={error?.fields.q}
          required
        />
        <SelectField
          id="associativity-axis"
          name="axis"
          label={t("associativity.question.axis")}
          value={axis}
          onChange={setAxis}
          options={axes}
          placeholder={t("associativity.question.anyAxis")}
        />
        <div className="form__actions">
          <Button type="submit" busy={loading}>
            {t("associativity.question.submit")}
          </Button>
        </div>
      </form>
      <div aria-live="polite">
        {loading ? <Loading /> : null}
        {error && !error.fields.q ? <LoadError error={error} retry={reload} /> : null}
        {data && !loading ? (
          data.suggestions.length > 0 ? (
            <SuggestionCards id="question" suggestions={data.suggestions} />
          ) : (
            <p>{t("associativity.empty")}</p>
          )
        ) : null}
      </div>
    </section>
  );
}
