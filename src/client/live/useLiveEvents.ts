import { useEffect, useRef, useState } from "react";
import type { LiveEventDto } from "../../shared/schemas/live";
import { type LiveStatus, openLive } from "./live-connection";

/**
 * Subscribes a screen to its assembly's live events. `onEvent` may change between renders; the
 * connection does not. Returns the connection status (connected, clock offset) for the UI.
 */
export function useLiveEvents(
  assemblyId: string | undefined,
  onEvent: (event: LiveEventDto) => void,
  key?: string,
): LiveStatus {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const [status, setStatus] = useState<LiveStatus>({ connected: false, clockOffsetMs: 0, lastEventId: -1 });
  useEffect(() => {
    if (!assemblyId) return;
    return openLive({ assemblyId, key, onEvent: (event) => handler.current(event), onStatus: setStatus });
  }, [assemblyId, key]);
  return status;
}
