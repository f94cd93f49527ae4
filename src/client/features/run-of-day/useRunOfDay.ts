import { useCallback, useMemo, useState } from "react";
import { type RunOfDayDto, withClock } from "../../../shared/schemas/run-of-day";
import { api } from "../../api/client";
import { ApiError } from "../../api/errors";
import { useApi } from "../../api/useApi";
import { useNow } from "./useNow";

export type RunOfDayView = RunOfDayDto & { nowMs: number };

/**
 * The run of the day, recomputed every second with the server-corrected clock, and the one-tap actions
 * (start, end, skip, reset a block; advance). A failed tap keeps its message for the screen to show.
 */
export function useRunOfDay(assemblyId: string, clockOffsetMs: number) {
  const resource = useApi<RunOfDayDto>(`/api/assemblies/${assemblyId}/run-of-day`);
  const now = useNow(clockOffsetMs);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { data, setData } = resource;
  const run: RunOfDayView | null = useMemo(
    () => (data ? { ...data, ...withClock(data.blocks, now), nowMs: now } : null),
    [data, now],
  );
  const send = useCallback(
    async (path: string) => {
      setBusy(true);
      setFailure(null);
      try {
        setData(await api.post<RunOfDayDto>(`/api/assemblies/${assemblyId}/run-of-day/${path}`));
      } catch (error) {
        setFailure(error instanceof ApiError ? error.message : String(error));
      } finally {
        setBusy(false);
      }
    },
    [assemblyId, setData],
  );
  return {
    run,
    error: resource.error,
    reload: resource.reload,
    failure,
    busy,
    tap: (blockId: string, action: "start" | "end" | "skip" | "reset") => send(`blocks/${blockId}/${action}`),
    advance: () => send("advance"),
  };
}
