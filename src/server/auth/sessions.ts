import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, sql } from "drizzle-orm";
import type { Role } from "../../shared/roles";
import type { Db } from "../db/client";
import { sessions, userScopes, users } from "../db/schema";
import type { Actor } from "./actor";

export const SESSION_COOKIE = "minga_session";
export const SESSION_DAYS = 14;

// The cookie carries a random token; the database keeps only its hash, so a leaked table opens nothing.
const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

export async function createSession(db: Db, userId: string): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  await db.insert(sessions).values({
    id: hashToken(token),
    userId,
    csrfToken,
    expiresAt: new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000),
  });
  return { token, csrfToken };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, hashToken(token)));
}

type ScopeRow = { agreementId: string | null; assemblyId: string | null; tableId: string | null };

/** The user's scopes as one JSON column, so a session (read on every request) is one query. */
const scopesOf = sql<ScopeRow[]>`coalesce((
  SELECT json_agg(json_build_object('agreementId', s.agreement_id, 'assemblyId', s.assembly_id, 'tableId', s.table_id))
  FROM user_scopes s WHERE s.user_id = ${users.id}), '[]'::json)`;

export async function loadSession(
  db: Db,
  token: string,
): Promise<{ actor: Actor; csrfToken: string } | null> {
  const [row] = await db
    .select({ csrfToken: sessions.csrfToken, user: users, scopes: scopesOf })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(eq(sessions.id, hashToken(token)), gt(sessions.expiresAt, new Date()), eq(users.active, true)),
    );
  if (!row) return null;
  return { actor: toActor(row.user, row.scopes), csrfToken: row.csrfToken };
}

export async function loadActor(db: Db, user: typeof users.$inferSelect): Promise<Actor> {
  return toActor(user, await db.select().from(userScopes).where(eq(userScopes.userId, user.id)));
}

function toActor(user: typeof users.$inferSelect, scopes: readonly ScopeRow[]): Actor {
  const present = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    role: user.role as Role,
    agreementIds: present(scopes.map((s) => s.agreementId)),
    assemblyIds: present(scopes.map((s) => s.assemblyId)),
    tableIds: present(scopes.map((s) => s.tableId)),
  };
}
