// What joining a sub-table with its code grants: a random token, kept as a cookie on the phone (and passed as
// the `key` of live views), that opens that sub-table only while its code is not revoked.

import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { Tx } from "../db/client";
import { joinAttempts, joinCapabilities, joinCodes, subtables } from "../db/schema";
import { AppError } from "../errors";

export const JOIN_COOKIE = "minga_join";
/** Header a client without cookies (a native wrapper, a test) may send the token in instead. */
export const JOIN_HEADER = "x-join-token";
export const JOIN_DAYS = 2;

export interface SubtableCapability {
  assemblyId: string;
  tableId: string;
  subtableId: string;
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

/** The sub-table a token opens, or null when it is unknown or its code was revoked or regenerated. */
export async function capabilityOf(db: Tx, token: string): Promise<SubtableCapability | null> {
  if (token.length === 0 || token.length > 200) return null;
  const [row] = await db
    .select({
      assemblyId: joinCodes.assemblyId,
      tableId: subtables.tableId,
      subtableId: joinCodes.subtableId,
    })
    .from(joinCapabilities)
    .innerJoin(joinCodes, eq(joinCodes.id, joinCapabilities.joinCodeId))
    .innerJoin(subtables, eq(subtables.id, joinCodes.subtableId))
    .where(and(eq(joinCapabilities.tokenHash, hashToken(token)), isNull(joinCodes.revokedAt)));
  return row ?? null;
}

/**
 * The sub-table the request's join token opens, or null: for routes a sub-table's phone calls. The header
 * wins over the cookie: a page names the sub-table it shows, while the cookie is whichever was joined last.
 */
export async function resolveSubtableCapability(request: FastifyRequest): Promise<SubtableCapability | null> {
  const header = request.headers[JOIN_HEADER];
  const token =
    (typeof header === "string" && header !== "" ? header : undefined) ?? request.cookies[JOIN_COOKIE];
  return token ? capabilityOf(request.server.database.db, token) : null;
}

export async function grantCapability(tx: Tx, joinCodeId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.insert(joinCapabilities).values({ tokenHash: hashToken(token), joinCodeId });
  return token;
}

// Venue phones share one public IP: the IP limit counts failures only, so a room of leaders joining at once
// passes while someone guessing codes is stopped. The code limit counts every attempt on one code.
const WINDOW = "10 minutes";
const FAILURES_PER_IP = 20;
const ATTEMPTS_PER_CODE = 30;

export async function assertJoinAllowed(db: Tx, ip: string, code: string): Promise<void> {
  const [row] = await db
    .select({
      ipFailures: sql<number>`(count(*) FILTER (WHERE ${joinAttempts.ip} = ${ip} AND NOT ${joinAttempts.succeeded}))::int`,
      codeAttempts: sql<number>`(count(*) FILTER (WHERE ${joinAttempts.code} = ${code}))::int`,
    })
    .from(joinAttempts)
    .where(
      and(
        sql`${joinAttempts.at} > now() - ${WINDOW}::interval`,
        sql`(${joinAttempts.ip} = ${ip} OR ${joinAttempts.code} = ${code})`,
      ),
    );
  if ((row?.ipFailures ?? 0) >= FAILURES_PER_IP || (row?.codeAttempts ?? 0) >= ATTEMPTS_PER_CODE) {
    throw new AppError("join.rate_limited");
  }
}

/** Records an attempt (outside any transaction that may roll back) and forgets attempts older than a day. */
export async function recordJoinAttempt(db: Tx, ip: string, code: string, succeeded: boolean): Promise<void> {
  await db.insert(joinAttempts).values({ ip, code, succeeded });
  await db.delete(joinAttempts).where(sql`${joinAttempts.at} < now() - interval '1 day'`);
}
