import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ReadCache } from "./read-cache";

describe("ReadCache", () => {
  // Only Date is faked: the cache reads the clock, and background reloads still settle on real ticks.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("shares one load between concurrent readers and serves it while fresh", async () => {
    const cache = new ReadCache(1000);
    const load = vi.fn(async () => ({ n: load.mock.calls.length }));
    const [a, b] = await Promise.all([cache.get("k", load), cache.get("k", load)]);
    expect(a).toBe(b);
    expect(load).toHaveBeenCalledTimes(1);
    vi.setSystemTime(Date.now() + 999);
    await cache.get("k", load);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("serves a stale value once more while it reloads in the background, and waits when it is older", async () => {
    const cache = new ReadCache(1000);
    let version = 0;
    const load = vi.fn(async () => ({ version: ++version }));
    await cache.get("k", load);
    vi.setSystemTime(Date.now() + 1500);
    // Stale: the reader does not wait; one reload starts however many readers come.
    expect(await cache.get("k", load)).toEqual({ version: 1 });
    expect(await cache.get("k", load)).toEqual({ version: 1 });
    expect(load).toHaveBeenCalledTimes(2);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await cache.get("k", load)).toEqual({ version: 2 });
    // Older than twice the lifetime: the reader waits for a fresh load.
    vi.setSystemTime(Date.now() + 2500);
    expect(await cache.get("k", load)).toEqual({ version: 3 });
  });

  it("drops a background reload that a write's clear overtook", async () => {
    const cache = new ReadCache(1000);
    let release: (value: string) => void = () => {};
    await cache.get("k", async () => "antes");
    vi.setSystemTime(Date.now() + 1500);
    await cache.get("k", () => new Promise<string>((resolve) => (release = resolve)));
    cache.clear();
    expect(await cache.get("k", async () => "después de escribir")).toBe("después de escribir");
    release("recarga vieja");
    await new Promise((resolve) => setImmediate(resolve));
    expect(await cache.get("k", async () => "otra")).toBe("después de escribir");
  });

  it("forgets everything on clear, and never remembers a failed load", async () => {
    const cache = new ReadCache(60_000);
    const load = vi.fn(async () => "x");
    await cache.get("k", load);
    cache.clear();
    await cache.get("k", load);
    expect(load).toHaveBeenCalledTimes(2);
    const failing = vi.fn(async () => {
      throw new Error("no encontrado");
    });
    await expect(cache.get("f", failing)).rejects.toThrow("no encontrado");
    await expect(cache.get("f", failing)).rejects.toThrow("no encontrado");
    expect(failing).toHaveBeenCalledTimes(2);
  });

  it("hands out deeply frozen values: a reader cannot change what the next one reads", async () => {
    const cache = new ReadCache(60_000);
    const value = await cache.get("k", async () => ({ agenda: [{ title: "Apertura" }] }));
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.agenda[0])).toBe(true);
    expect(() => {
      value.agenda[0]!.title = "otra";
    }).toThrow(TypeError);
  });
});
