import { type FormEvent, useCallback, useRef, useState } from "react";
import { ApiError } from "../api/errors";
import { getPath, setPath } from "./paths";

/** What a text-like field needs from its form: spread it on TextField, SelectField, DateField, TextArea. */
export interface FieldBinding {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

export interface CheckboxBinding {
  id: string;
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
}

export interface Form<V> {
  values: V;
  setValues: (update: V | ((values: V) => V)) => void;
  set: (path: string, value: unknown) => void;
  /** Binds the field at `path`; `context` (e.g. "Bloque 3") prefixes its label in the error summary. */
  field: (path: string, label: string, context?: string) => FieldBinding;
  checkbox: (path: string, label: string, context?: string) => CheckboxBinding;
  idFor: (path: string) => string;
  /** The label a field was bound with, for the error summary; undefined when no field has that path. */
  summaryLabel: (path: string) => string | undefined;
  error: ApiError | null;
  notice: string | null;
  busy: boolean;
  clearErrors: () => void;
  /** An onSubmit handler: runs `action`; an ApiError is kept for the summary and fields (values stay). */
  submit: (action: (values: V) => Promise<string | undefined>) => (event?: FormEvent) => Promise<void>;
}

export function useForm<V>(initial: V, options: { idPrefix?: string } = {}): Form<V> {
  const prefix = options.idPrefix ?? "f";
  const [values, setValues] = useState<V>(initial);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const labels = useRef(new Map<string, string>());

  const idFor = useCallback((path: string) => `${prefix}-${path.replaceAll(".", "-")}`, [prefix]);
  const set = useCallback((path: string, value: unknown) => setValues((v) => setPath(v, path, value)), []);

  const remember = (path: string, label: string, context?: string) => {
    labels.current.set(path, context ? `${context} · ${label}` : label);
  };

  const field = (path: string, label: string, context?: string): FieldBinding => {
    remember(path, label, context);
    const value = getPath(values, path);
    return {
      id: idFor(path),
      name: path,
      label,
      value: value === null || value === undefined ? "" : String(value),
      onChange: (next) => set(path, next),
      error: error?.fields[path],
    };
  };

  const checkbox = (path: string, label: string, context?: string): CheckboxBinding => {
    remember(path, label, context);
    return {
      id: idFor(path),
      name: path,
      label,
      checked: Boolean(getPath(values, path)),
      onChange: (next) => set(path, next),
      error: error?.fields[path],
    };
  };

  const submit = (action: (values: V) => Promise<string | undefined>) => async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      setNotice((await action(values)) ?? null);
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return {
    values,
    setValues,
    set,
    field,
    checkbox,
    idFor,
    summaryLabel: (path) => labels.current.get(path),
    error,
    notice,
    busy,
    clearErrors: () => setError(null),
    submit,
  };
}
