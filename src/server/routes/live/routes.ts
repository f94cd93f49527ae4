import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { policies } from "../../../shared/policies";
import type { LiveMessage } from "../../../shared/schemas/live";
import type { LiveEvent } from "../../events/fanout";
import { assemblyScope } from "../assemblies/store";
import { liveAccess } from "./access";

const ZLiveQuerySchema = z.object({
  assembly: z.uuid(),
  /** The last event id the client has seen; events after it are sent first (catch-up after reconnect). */
  since: z.coerce.number().int().min(0).optional(),
  /** A capability for views without a staff session (a sub-table code, a projector key). */
  key: z.string().max(200).optional(),
});

/**
 * One WebSocket per live view. Events come from the one fan-out (NOTIFY → EventFanout); a reconnecting
 * client sends `since` and receives what it missed before anything new, without gaps or duplicates.
 */
export const liveRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/live",
    { websocket: true, schema: { tags: ["live"], querystring: ZLiveQuerySchema } },
    async (socket, request) => {
      const { assembly: assemblyId, since, key } = request.query;
      const sendText = (text: string | Buffer) => {
        if (socket.readyState === socket.OPEN) socket.send(text, { binary: false });
      };
      const send = (message: LiveMessage) => sendText(JSON.stringify(message));
      // Attached before any await: a ping sent right after the upgrade must not be dropped.
      socket.on("message", (raw: Buffer) => {
        const message = safeParse(raw.toString());
        if (message?.type === "ping")
          send({ type: "pong", clientTime: message.clientTime, serverTime: Date.now() });
      });
      const scope = await assemblyScope(app.database.db, assemblyId).catch(() => null);
      const allowed =
        scope !== null &&
        ((request.actor !== null && policies.readAssembly(request.actor, scope)) ||
          (key !== undefined && (await liveAccess(app.database.db, assemblyId, key))));
      if (!allowed) {
        send({ type: "denied" });
        socket.close(4403, "denied");
        return;
      }

      // Subscribe before reading the backlog so nothing committed in between is lost; skip what was sent.
      let lastSent = since ?? app.fanout.latestId;
      const buffered: LiveEvent[] = [];
      let catchingUp = true;
      const deliver = (event: LiveEvent) => {
        if (event.id <= lastSent) return;
        lastSent = event.id;
        sendText(eventText(event));
      };
      const unsubscribe = app.fanout.subscribe(assemblyId, (event) =>
        catchingUp ? buffered.push(event) : deliver(event),
      );
      socket.on("close", unsubscribe);

      send({ type: "hello", serverTime: Date.now(), latestId: app.fanout.latestId });
      if (since !== undefined) for (const event of await app.fanout.since(assemblyId, since)) deliver(event);
      catchingUp = false;
      for (const event of buffered.splice(0)) deliver(event);
    },
  );
};

/** One event goes to every socket of its assembly: encode it once (a text frame's bytes), not per socket. */
const encoded = new WeakMap<LiveEvent, Buffer>();
function eventText(event: LiveEvent): Buffer {
  let bytes = encoded.get(event);
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify({ type: "event", event } satisfies LiveMessage));
    encoded.set(event, bytes);
  }
  return bytes;
}

function safeParse(text: string): { type: string; clientTime?: number } | null {
  try {
    const value = JSON.parse(text) as { type?: unknown; clientTime?: unknown };
    return typeof value.type === "string"
      ? { type: value.type, clientTime: typeof value.clientTime === "number" ? value.clientTime : 0 }
      : null;
  } catch {
    return null;
  }
}
