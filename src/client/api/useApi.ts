import { useCallback, useEffect, useState } from "react";
import { api } from "./client";
import { ApiError } from "./errors";

export interface Resource<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
  /** Replace the data with what a write returned, without another request. */
  setData: (data: T) => void;
}

/** GETs `path` (none when null) and re-GETs when it changes; answers that arrive late are ignored. */
export function useApi<T>(path: string | null): Resource<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(path !== null);
  const [version, setVersion] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the reload trigger.
  useEffect(() => {
    if (path === null) return;
    let current = true;
    setLoading(true);
    setError(null);
    api.get<T>(path).then(
      (result) => {
        if (!current) return;
        setData(result);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        setError(failure instanceof ApiError ? failure : new ApiError(0, "internal", String(failure)));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [path, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, loading, reload, setData };
}
