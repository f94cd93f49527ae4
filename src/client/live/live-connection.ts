import type { LiveEventDto, LiveMessage } from "../../shared/schemas/live";

export interface LiveOptions {
  assemblyId: string;
  /** A capability for views without a staff session (sub-table code, projector key). */
  key?: string;
  onEvent: (event: LiveEventDto) => void;
  onStatus?: (status: LiveStatus) => void;
}

export interface LiveStatus {
  connected: boolean;
  /** serverTime − clientTime in ms, from the last ping (phones with wrong clocks still agree). */
  clockOffsetMs: number;
  lastEventId: number;
}

/**
 * A live view's connection: reconnects with backoff (1 s up to 30 s), resumes from the last event id it
 * saw so nothing is missed or repeated, and measures the clock offset from the server's pongs.
 */
export function openLive({ assemblyId, key, onEvent, onStatus }: LiveOptions): () => void {
  const status: LiveStatus = { connected: false, clockOffsetMs: 0, lastEventId: -1 };
  let socket: WebSocket | null = null;
  let retry = 0;
  let closed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pinger: ReturnType<typeof setInterval> | undefined;

  const report = () => onStatus?.({ ...status });
  const ping = () =>
    socket?.readyState === WebSocket.OPEN &&
    socket.send(JSON.stringify({ type: "ping", clientTime: Date.now() }));

  const connect = () => {
    const url = new URL("/api/live", window.location.href);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    url.searchParams.set("assembly", assemblyId);
    if (key) url.searchParams.set("key", key);
    if (status.lastEventId >= 0) url.searchParams.set("since", String(status.lastEventId));
    socket = new WebSocket(url);
    socket.onopen = () => {
      retry = 0;
      ping();
      pinger = setInterval(ping, 30_000);
    };
    socket.onmessage = (message) => {
      const data = JSON.parse(String(message.data)) as LiveMessage;
      if (data.type === "hello") {
        // Connected once the server says hello: it has subscribed this socket by then, so a screen that
        // reads its data again now misses nothing written between its first read and this moment.
        status.connected = true;
        if (status.lastEventId < 0) status.lastEventId = data.latestId;
      } else if (data.type === "event") {
        if (data.event.id <= status.lastEventId) return;
        status.lastEventId = data.event.id;
        onEvent(data.event);
      } else if (data.type === "pong" && data.clientTime !== undefined) {
        const roundTrip = Date.now() - data.clientTime;
        status.clockOffsetMs = data.serverTime - (data.clientTime + roundTrip / 2);
      } else if (data.type === "denied") {
        closed = true;
      }
      report();
    };
    socket.onclose = () => {
      clearInterval(pinger);
      status.connected = false;
      report();
      if (closed) return;
      const delay = Math.min(30_000, 1000 * 2 ** retry);
      retry += 1;
      timer = setTimeout(connect, delay);
    };
  };

  connect();
  return () => {
    closed = true;
    clearTimeout(timer);
    clearInterval(pinger);
    socket?.close();
  };
}
