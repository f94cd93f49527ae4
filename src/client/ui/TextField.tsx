import type { HTMLAttributes, ReactNode } from "react";
import { describedBy, FieldShell } from "./Field";
import type { FieldBinding } from "./useForm";

export interface TextFieldProps extends FieldBinding {
  type?: "text" | "email" | "password" | "tel" | "number" | "time" | "date" | "search";
  hint?: ReactNode;
  autoComplete?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>["inputMode"];
  required?: boolean;
  className?: string;
  min?: number | string;
  max?: number | string;
}

export function TextField({
  id,
  name,
  label,
  value,
  onChange,
  error,
  hint,
  type = "text",
  className,
  required,
  ...input
}: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
      <input
        {...input}
        id={id}
        name={name}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-required={required || undefined}
        className="input"
      />
    </FieldShell>
  );
}
