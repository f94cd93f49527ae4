import { type KeyboardEvent, useState } from "react";
import type { OrganizationSuggestionDto } from "../../../shared/schemas/puzzle";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { describedBy, FieldShell } from "../../ui/Field";

/** The organisations registered in the assembly and its allies, as choices of a text input. */
export function SuggestionList({
  id,
  suggestions,
}: {
  id: string;
  suggestions: readonly OrganizationSuggestionDto[];
}) {
  const t = useT();
  return (
    <datalist id={id}>
      {suggestions.map((s) => (
        <option
          key={s.name}
          value={s.name}
          label={t(s.source === "ally" ? "puzzle.suggestion.ally" : "puzzle.suggestion.registered")}
        />
      ))}
    </datalist>
  );
}

interface OrganizationPickerProps {
  id: string;
  values: readonly string[];
  suggestions: readonly OrganizationSuggestionDto[];
  onChange: (values: string[]) => void;
  error?: string | undefined;
}

/** Cooperating organisations: picked from the assembly's organisations and allies, or typed when new. */
export function OrganizationPicker({ id, values, suggestions, onChange, error }: OrganizationPickerProps) {
  const t = useT();
  const [text, setText] = useState("");
  const listId = `${id}-suggestions`;
  const hint = t("puzzle.solution.organizations.hint");
  const add = () => {
    const name = text.trim();
    if (!name) return;
    if (!values.some((v) => v.toLocaleLowerCase("es") === name.toLocaleLowerCase("es")))
      onChange([...values, name]);
    setText("");
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      add();
    }
  };
  return (
    <FieldShell id={id} label={t("puzzle.solution.organizations.label")} hint={hint} error={error}>
      {values.length ? (
        <ul className="chips" aria-label={t("puzzle.solution.organizations.label")}>
          {values.map((name) => (
            <li key={name} className="chip">
              <span>{name}</span>
              <button
                type="button"
                className="chip__remove"
                aria-label={t("puzzle.solution.organizations.remove", { name })}
                onClick={() => onChange(values.filter((v) => v !== name))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="field__hint">{t("puzzle.solution.organizations.none")}</p>
      )}
      <div className="picker">
        <input
          id={id}
          type="text"
          className="input"
          list={listId}
          autoComplete="off"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        />
        <Button variant="secondary" onClick={add}>
          {t("puzzle.solution.organizations.add")}
        </Button>
      </div>
      <SuggestionList id={listId} suggestions={suggestions} />
    </FieldShell>
  );
}
