import type { ReactNode } from "react";
import { describedBy } from "./Field";
import type { CheckboxBinding } from "./useForm";

interface CheckboxFieldProps extends CheckboxBinding {
  hint?: ReactNode;
}

export function CheckboxField({ id, name, label, checked, onChange, error, hint }: CheckboxFieldProps) {
  return (
    <div className={error ? "checkbox field--invalid" : "checkbox"}>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
