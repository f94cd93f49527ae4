import type { ReactNode } from "react";
import { describedBy, FieldShell } from "./Field";
import type { FieldBinding } from "./useForm";

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps extends FieldBinding {
  options: readonly SelectOption[];
  /** The empty first choice ("Elija…"); without it the first option is preselected. */
  placeholder?: string;
  hint?: ReactNode;
  className?: string;
}

export function SelectField({
  id,
  name,
  label,
  value,
  onChange,
  error,
  hint,
  options,
  placeholder,
  className,
}: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="input input--select"
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
