import type { ReactNode } from "react";
import { describedBy, FieldShell } from "./Field";
import type { FieldBinding } from "./useForm";

interface TextAreaProps extends FieldBinding {
  hint?: ReactNode;
  rows?: number;
  className?: string;
}

export function TextArea({
  id,
  name,
  label,
  value,
  onChange,
  error,
  hint,
  rows = 4,
  className,
}: TextAreaProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="input input--area"
      />
    </FieldShell>
  );
}
