import type { FastifyRequest } from "fastify";

/**
 * A short-lived in-process memo for the hottest reads: the session behind a cookie (every request) and an
 * assembly with its agenda (every screen). The route plugins whose writes change what it holds (auth, users,
 * convenios, assemblies, axes, table leaders) add `clearReadCacheOnWrite`, so a client never reads its own
 * write stale; entries also expire after `ttlMs`, which bounds how long a write by another process (a second
 * server on the same PostgreSQL, a script) can go unseen. Promises are cached: concurrent misses share a load.
 * Values are deeply frozen: every reader gets the same object, so none may change it (and the response
 * serializer may remember its JSON).
 */
export class ReadCache {
  private readonly entries = new Map<string, { value: Promise<unknown>; until: number }>();

  constructor(private readonly ttlMs: number) {}

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.until > now) return hit.value as Promise<T>;
    const value = load().then(deepFreeze);
    const entry = { value, until: now + this.ttlMs };
    this.entries.set(key, entry);
    // A failed load (not found, a lost connection) is not remembered.
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** onSend hook for the plugins above: a write they answer drops the cache before the answer leaves. */
export async function clearReadCacheOnWrite(request: FastifyRequest): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") request.server.readCache.clear();
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
