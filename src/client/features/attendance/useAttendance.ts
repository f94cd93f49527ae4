import { useCallback, useEffect, useRef } from "react";
import type { AttendanceDto } from "../../../shared/schemas/attendance";
import type { CheckInEventPayload } from "../../../shared/schemas/checkin";
import { type Resource, useApi } from "../../api/useApi";
import type { LiveStatus } from "../../live/live-connection";
import { useLiveEvents } from "../../live/useLiveEvents";

const RELOAD_EVERY_MS = 2000;

/**
 * An assembly's attendance, live: each check-in moves the counters at once (its event carries them), and
 * the breakdowns are re-read at most every two seconds while desks are busy.
 */
export function useAttendance(
  assemblyId: string,
  /** The projector's screen key, for the hall's screen without a staff session. */
  key?: string,
): Resource<AttendanceDto> & { live: LiveStatus } {
  const query = key ? `?key=${encodeURIComponent(key)}` : "";
  const resource = useApi<AttendanceDto>(`/api/assemblies/${assemblyId}/attendance${query}`);
  const { reload, setData } = resource;
  const data = useRef(resource.data);
  data.current = resource.data;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const reloadSoon = useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      reload();
    }, RELOAD_EVERY_MS);
  }, [reload]);

  const live = useLiveEvents(
    assemblyId,
    (event) => {
      if (event.type === "checkin.created" || event.type === "checkin.undone") {
        const { registered, present, walkIns } = event.payload as CheckInEventPayload;
        if (data.current) setData({ ...data.current, registered, present, walkIns });
        reloadSoon();
      } else if (event.type.startsWith("registration.")) {
        reloadSoon();
      }
    },
    key,
  );

  // Connected (the first time too: a check-in may fall between the first read and the subscription) or back
  // from a lost connection: read everything again rather than trust the counters.
  const wasConnected = useRef(false);
  useEffect(() => {
    if (live.connected && !wasConnected.current) reload();
    wasConnected.current = live.connected;
  }, [live.connected, reload]);

  return { ...resource, live };
}
