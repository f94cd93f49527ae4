import { useCallback, useState } from "react";
import { ApiError } from "../../api/errors";

export interface Action {
  /** Runs a write; on success shows `done` (when given), on an ApiError keeps it to show. */
  run: (work: () => Promise<unknown>, done?: string) => Promise<boolean>;
  busy: boolean;
  notice: string | null;
  error: ApiError | null;
}

/** One screen's writes that are buttons rather than forms (merge, undo, lock, close a vote…). */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(async (work: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    setNotice(null);
    setError(null);
    try {
      await work();
      setNotice(done ?? null);
      return true;
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
      setError(failure);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { run, busy, notice, error };
}
