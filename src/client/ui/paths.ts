// Form values are addressed by the same dot paths the server uses for field errors (`blocks.2.end`).

export function getPath(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A copy of `target` with the value at `path` replaced; objects and arrays on the way are copied too. */
export function setPath<T>(target: T, path: string, value: unknown): T {
  const [key, ...rest] = path.split(".");
  if (key === undefined) return target;
  const inner = rest.length ? setPath(getPath(target, key), rest.join("."), value) : value;
  if (Array.isArray(target)) {
    const copy = [...target];
    copy[Number(key)] = inner;
    return copy as T;
  }
  return { ...(target as object), [key]: inner } as T;
}
