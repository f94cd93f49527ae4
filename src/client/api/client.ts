import type { ErrorResponse } from "../../shared/errors";
import { translate } from "../../shared/i18n";
import { currentLang } from "../i18n/lang";
import { ApiError } from "./errors";

let csrfToken = "";
const unauthorizedListeners = new Set<() => void>();

/** The session's CSRF token, sent on every write. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Called when the server says the session is gone (expired, signed out elsewhere). */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  // A FormData body (file uploads) sets its own multipart content type.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers["content-type"] = "application/json";
  if (method !== "GET") headers["x-csrf-token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "network", translate(currentLang(), "error.network"));
  }
  const data: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) return data as T;
  const error = (data ?? {}) as Partial<ErrorResponse>;
  const code = (error.code ?? "internal") as ApiError["code"];
  if (code === "auth.required") for (const listener of unauthorizedListeners) listener();
  throw new ApiError(
    response.status,
    code,
    error.message ?? translate(currentLang(), "error.internal"),
    error.fields ?? {},
  );
}

/** JSON calls to the Minga API with the session cookie; failures throw `ApiError`. */
export const api = {
  get: <T>(path: string) => request<T>("GET", path),
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, body),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, body),
  patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, body),
  delete: <T>(path: string) => request<T>("DELETE", path),
};
