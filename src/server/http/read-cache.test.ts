import { describe, expect, it, vi } from "vitest";
import { ReadCache } from "./read-cache";

describe("ReadCache", () => {
  it("shares one load between concurrent readers and serves it until it expires", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const cache = new ReadCache(1000);
      const load = vi.fn(async () => ({ n: load.mock.calls.length }));
      const [a, b] = await Promise.all([cache.get("k", load), cache.get("k", load)]);
      expect(a).toBe(b);
      expect(load).toHaveBeenCalledTimes(1);
      vi.setSystemTime(Date.now() + 999);
      await cache.get("k", load);
      expect(load).toHaveBeenCalledTimes(1);
      vi.setSystemTime(Date.now() + 2);
      await cache.get("k", load);
      expect(load).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
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
