import { TextField, type TextFieldProps } from "./TextField";

/** A calendar date as YYYY-MM-DD, with the phone's native date picker. */
export function DateField(props: Omit<TextFieldProps, "type" | "inputMode">) {
  return <TextField {...props} type="date" />;
}
