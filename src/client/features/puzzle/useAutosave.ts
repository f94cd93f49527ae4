import { useCallback, useEffect, useRef, useState } from "react";
import type { FieldProblem } from "../../../domain/puzzle/rules";

const PAUSE_MS = 700;

export interface Autosave<D> {
  draft: D;
  /** Changes some fields; saved after a pause in typing when the rules pass. */
  change: (patch: Partial<D>) => void;
  /** Saves now (leaving a field, leaving the step). */
  flush: () => void;
  /** Saves now, and shows every field's problem when it cannot (the person pressed Enter). */
  submit: () => void;
  problems: FieldProblem[];
  /** Whether a field's problem should show: it was changed, or a save was attempted. */
  shown: (field: string) => boolean;
}

/**
 * The draft of one piece. What the person types is theirs until saved; news from the server (another
 * phone's save) replaces the draft only while nothing typed here is waiting to be saved.
 */
export function useAutosave<D extends object>(
  saved: D,
  validate: (draft: D) => FieldProblem[],
  save: (draft: D) => void,
): Autosave<D> {
  const [draft, setDraft] = useState<D>(saved);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const current = useRef(draft);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;
  const validateRef = useRef(validate);
  validateRef.current = validate;

  const savedKey = JSON.stringify(saved);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `savedKey` stands for `saved`'s content.
  useEffect(() => {
    if (dirty.current) return;
    current.current = saved;
    setDraft(saved);
  }, [savedKey]);

  // Problems of fields not touched yet stay hidden until the person asks to save: a message appearing
  // when a field is left would move the next field under their finger.
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (!dirty.current || validateRef.current(current.current).length) return;
    dirty.current = false;
    saveRef.current(current.current);
  }, []);
  const submit = useCallback(() => {
    setAttempted(true);
    flush();
  }, [flush]);

  const change = useCallback(
    (patch: Partial<D>) => {
      current.current = { ...current.current, ...patch };
      dirty.current = true;
      setDraft(current.current);
      setTouched((t) => new Set([...t, ...Object.keys(patch)]));
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, PAUSE_MS);
    },
    [flush],
  );

  // Leaving the screen (another step, another page) saves what was typed.
  useEffect(() => flush, [flush]);

  const problems = validate(draft);
  const shown = (field: string) => attempted || touched.has(field.split(".")[0]!);
  return { draft, change, flush, submit, problems, shown };
}
