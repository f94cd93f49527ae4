import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { ActorDto } from "../../shared/schemas/auth";
import { api, onUnauthorized, setCsrfToken } from "../api/client";
import { ApiError } from "../api/errors";

interface Session {
  actor: ActorDto;
  csrfToken: string;
}

export type SessionState =
  | { status: "loading" }
  | { status: "anonymous" }
  | { status: "unreachable"; retry: () => void }
  | { status: "signed_in"; actor: ActorDto };

interface SessionContextValue {
  state: SessionState;
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "loading" });

  const accept = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    setState({ status: "signed_in", actor: session.actor });
  }, []);

  const load = useCallback(() => {
    setState({ status: "loading" });
    api.get<Session>("/api/auth/session").then(accept, (error: unknown) => {
      if (error instanceof ApiError && error.code === "network")
        setState({ status: "unreachable", retry: load });
      else setState({ status: "anonymous" });
    });
  }, [accept]);

  useEffect(() => {
    load();
    return onUnauthorized(() => setState({ status: "anonymous" }));
  }, [load]);

  const signIn = useCallback(
    async (email: string, password: string) =>
      accept(await api.post<Session>("/api/auth/login", { email, password })),
    [accept],
  );
  const signOut = useCallback(async () => {
    await api.post("/api/auth/logout");
    setCsrfToken("");
    setState({ status: "anonymous" });
  }, []);

  const value = useMemo(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}

/** The signed-in staff member; only for screens behind `RequireRole`. */
export function useActor(): ActorDto {
  const { state } = useSession();
  if (state.status !== "signed_in") throw new Error("useActor on a screen that is not behind RequireRole");
  return state.actor;
}
