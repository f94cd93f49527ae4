import type { FastifyRequest } from "fastify";

/**
 * A short-lived in-process memo for the hottest reads: the session behind a cookie (every request) and an
 * assembly with its agenda (every screen). The route plugins whose writes change what it holds (auth, users,
 * convenios, assemblies, axes, table leaders) add `clearReadCacheOnWrite`, so a client never reads its own
 * write stale. Entries are fresh for `ttlMs`; for one more `ttlMs` a reader still gets the old value while it
 * is reloaded in the background (no request waits on the reload), and after that a reader waits for a load.
 * So a write by another process (a second server on the same PostgreSQL, a script) goes unseen for at most
 * 2 × `ttlMs`. Promises are cached: concurrent misses share a load. Values are deeply frozen: every reader
 * gets the same object, so none may change it (and the response serializer may remember its JSON).
 */
export class ReadCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly ttlMs: number) {}

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.loadedAt + this.ttlMs > now) return hit.value as Promise<T>;
    if (hit?.settled && hit.loadedAt + 2 * this.ttlMs > now) {
      if (!hit.refreshing) this.refresh(key, hit, load);
      return hit.value as Promise<T>;
    }
    const entry = this.remember(key, load().then(deepFreeze), now);
    return entry.value as Promise<T>;
  }

  private remember(key: string, value: Promise<unknown>, loadedAt: number): Entry {
    const entry: Entry = { value, loadedAt, settled: false, refreshing: false };
    this.entries.set(key, entry);
    value.then(
      () => {
        entry.settled = true;
      },
      // A failed load (not found, a lost connection) is not remembered.
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return entry;
  }

  /** Reloads a stale entry; the new value replaces it only if nothing (a write's clear) came in between. */
  private refresh(key: string, stale: Entry, load: () => Promise<unknown>): void {
    stale.refreshing = true;
    const startedAt = Date.now();
    load()
      .then(deepFreeze)
      .then(
        (value) => {
          if (this.entries.get(key) === stale) this.remember(key, Promise.resolve(value), startedAt);
        },
        () => {
          if (this.entries.get(key) === stale) this.entries.delete(key);
        },
      );
  }

  clear(): void {
    this.entries.clear();
  }
}

/** onSend hook for the plugins above: a write they answer drops the cache before the answer leaves. */
export async function clearReadCacheOnWrite(request: FastifyRequest): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") request.server.readCache.clear();
}

interface Entry {
  value: Promise<unknown>;
  loadedAt: number;
  settled: boolean;
  refreshing: boolean;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
