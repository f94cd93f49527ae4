import { useEffect, useRef } from "react";
import type { LiveStatus } from "../../live/live-connection";
import { useLiveEvents } from "../../live/useLiveEvents";

/**
 * One live connection for a screen: each event type re-reads the resources listed for it (a type ending in
 * "*" matches by prefix), and on every connection (the first too) every resource is re-read so nothing falls
 * between the first read and the subscription.
 */
export function useLiveReload(
  assemblyId: string | undefined,
  reloads: Record<string, () => void>,
  key?: string,
): LiveStatus {
  const current = useRef(reloads);
  current.current = reloads;
  const status = useLiveEvents(
    assemblyId,
    (event) => {
      const hits = new Set<() => void>();
      for (const [type, reload] of Object.entries(current.current)) {
        if (type === event.type || (type.endsWith("*") && event.type.startsWith(type.slice(0, -1))))
          hits.add(reload);
      }
      for (const reload of hits) reload();
    },
    key,
  );
  const wasConnected = useRef(false);
  useEffect(() => {
    if (status.connected && !wasConnected.current) {
      for (const reload of new Set(Object.values(current.current))) reload();
    }
    wasConnected.current = status.connected;
  }, [status.connected]);
  return status;
}
