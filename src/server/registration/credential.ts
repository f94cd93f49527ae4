// The QR credential: "M1" + base32 of (registration id, the registration's random nonce, an HMAC of both
// under a server secret). It carries no personal data, cannot be forged without the secret, and a new nonce
// revokes it. Base32 (A–Z, 2–7) keeps QR codes in alphanumeric mode and survives USB scanners that "type"
// into a field on any keyboard layout.

import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../db/client";
import { registrations, serverSecrets } from "../db/schema";

const SECRET_NAME = "credential_hmac_key";
const PREFIX = "M1";
const MAC_BYTES = 12;
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
/** What a scanned or typed credential looks like, so a search field can tell it from a document number. */
export const CREDENTIAL_PATTERN = /^M1[A-Z2-7]{58}$/;

/** The signing key, created with 256 random bits the first time the server needs it. */
export async function credentialKey(db: Tx): Promise<Buffer> {
  const read = async () =>
    (await db.select().from(serverSecrets).where(eq(serverSecrets.name, SECRET_NAME)))[0];
  let row = await read();
  if (!row) {
    await db
      .insert(serverSecrets)
      .values({ name: SECRET_NAME, value: randomBytes(32).toString("hex") })
      .onConflictDoNothing();
    row = await read();
  }
  return Buffer.from(row!.value, "hex");
}

function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function unbase32(text: string): Buffer {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of text) {
    value = ((value << 5) | ALPHABET.indexOf(char)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

function mac(key: Buffer, id: Buffer, nonce: Buffer): Buffer {
  return createHmac("sha256", key)
    .update("minga.credential.v1")
    .update(id)
    .update(nonce)
    .digest()
    .subarray(0, MAC_BYTES);
}

/** Signs a credential for a registration id and its nonce (16 hex digits), with a key from `credentialKey`. */
export function signCredential(key: Buffer, registrationId: string, nonce: string): string {
  const id = Buffer.from(registrationId.replaceAll("-", ""), "hex");
  const nonceBytes = Buffer.from(nonce, "hex");
  return PREFIX + base32(Buffer.concat([id, nonceBytes, mac(key, id, nonceBytes)]));
}

/** The credential of one registration; throws when the registration does not exist. */
export async function issueCredential(db: Tx, registrationId: string): Promise<string> {
  const credentials = await issueCredentials(db, [registrationId]);
  const credential = credentials.get(registrationId);
  if (!credential) throw new Error(`No registration ${registrationId}`);
  return credential;
}

/** Credentials of many registrations at once (badge sheets): registration id → credential. */
export async function issueCredentials(db: Tx, registrationIds: string[]): Promise<Map<string, string>> {
  if (registrationIds.length === 0) return new Map();
  const key = await credentialKey(db);
  const rows = await db
    .select({ id: registrations.id, nonce: registrations.credentialNonce })
    .from(registrations)
    .where(inArray(registrations.id, registrationIds));
  return new Map(rows.map((row) => [row.id, signCredential(key, row.id, row.nonce)]));
}

function uuidFromBytes(bytes: Buffer): string {
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The registration id a credential belongs to, or null when it is malformed, forged, or revoked (its nonce
 * changed). Accepts what a scanner typed: surrounding spaces and lower case are forgiven.
 */
export async function verifyCredential(db: Tx, token: string): Promise<string | null> {
  const text = token.trim().toUpperCase();
  if (!CREDENTIAL_PATTERN.test(text)) return null;
  const bytes = unbase32(text.slice(PREFIX.length));
  // Exactly one spelling per credential: re-encoding must give the same text (no stray padding bits).
  if (bytes.length !== 36 || base32(bytes) !== text.slice(PREFIX.length)) return null;
  const id = bytes.subarray(0, 16);
  const nonce = bytes.subarray(16, 24);
  const expected = mac(await credentialKey(db), id, nonce);
  if (!timingSafeEqual(expected, bytes.subarray(24))) return null;
  const registrationId = uuidFromBytes(id);
  const [row] = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(
      and(eq(registrations.id, registrationId), eq(registrations.credentialNonce, nonce.toString("hex"))),
    );
  return row?.id ?? null;
}
