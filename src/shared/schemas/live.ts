/** Messages on the live WebSocket (`/api/live?assembly=…&since=…`). */
export interface LiveEventDto {
  id: number;
  assemblyId: string | null;
  type: string;
  payload: unknown;
  at: string;
}

export type LiveMessage =
  | { type: "hello"; serverTime: number; latestId: number }
  | { type: "event"; event: LiveEventDto }
  | { type: "pong"; clientTime: number | undefined; serverTime: number }
  | { type: "denied" };
