import { useEffect, useState } from "react";
import { type Access, PuzzleSession } from "./session";

/** A session for the sub-table `access` opens, started while the screen is shown. */
export function usePuzzleSession(access: Access): PuzzleSession {
  const key = access.kind === "phone" ? `phone:${access.code}` : `staff:${access.subtableId}`;
  const [session, setSession] = useState(() => new PuzzleSession(access));
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `access`.
  useEffect(() => {
    const next = new PuzzleSession(access);
    setSession(next);
    void next.start();
    return () => next.stop();
  }, [key]);
  return session;
}
