import { describedBy, FieldShell } from "../../ui/Field";

interface FileFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  onChange: (file: File | null) => void;
}

/** A file input with its label, hint and server error. The server checks the type by content. */
export function FileField({ id, label, hint, error, onChange }: FileFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name="file"
        type="file"
        accept="application/pdf,image/png,image/jpeg,image/webp"
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="input input--file"
      />
    </FieldShell>
  );
}
