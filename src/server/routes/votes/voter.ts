import { createHmac, timingSafeEqual } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { normalizeDocument } from "../../../domain/registration/document";
import type { Tx } from "../../db/client";
import { registrations } from "../../db/schema";
import { AppError } from "../../errors";
import { credentialKey, verifyCredential } from "../../registration/credential";
import { registerLiveKeyCheck } from "../live/access";
import { isCheckedIn } from "./store";

// A participant's phone votes with a voter token: the registration id and a MAC of it for this assembly under
// the server's secret. It is handed out once the person is identified (badge QR or document) and checked in.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function mac(key: Buffer, assemblyId: string, registrationId: string): Buffer {
  return createHmac("sha256", key)
    .update("minga.voter.v1")
    .update(assemblyId)
    .update(registrationId)
    .digest()
    .subarray(0, 18);
}

async function signVoter(db: Tx, assemblyId: string, registrationId: string): Promise<string> {
  return `${registrationId}.${mac(await credentialKey(db), assemblyId, registrationId).toString("base64url")}`;
}

/** The registration a voter token names for this assembly, or null when it is not one. */
export async function verifyVoter(db: Tx, assemblyId: string, token: string): Promise<string | null> {
  const [registrationId = "", signature = ""] = token.split(".");
  if (!UUID.test(registrationId)) return null;
  const expected = mac(await credentialKey(db), assemblyId, registrationId);
  const given = Buffer.from(signature, "base64url");
  return given.length === expected.length && timingSafeEqual(given, expected) ? registrationId : null;
}

/**
 * Finds the person by the badge's QR credential or the document number they typed, among this assembly's
 * registrations, and checks they are checked in; answers their voter token and first names.
 */
export async function identifyVoter(
  db: Tx,
  assemblyId: string,
  input: { credential?: string | undefined; document?: string | undefined },
): Promise<{ voter: string; firstNames: string }> {
  const fromCredential = input.credential ? await verifyCredential(db, input.credential) : null;
  const where = fromCredential
    ? eq(registrations.id, fromCredential)
    : input.document
      ? eq(registrations.documentNumber, normalizeDocument(input.document))
      : undefined;
  const rows = where
    ? await db
        .select({ id: registrations.id, firstNames: registrations.firstNames })
        .from(registrations)
        .where(and(eq(registrations.assemblyId, assemblyId), where))
    : [];
  const field = input.credential ? "credential" : "document";
  if (rows.length === 0)
    throw new AppError("vote.voter_unknown", {}, { [field]: "error.vote.voter_unknown" });
  if (rows.length > 1)
    throw new AppError("vote.document_ambiguous", {}, { document: "error.vote.document_ambiguous" });
  const person = rows[0]!;
  if (!(await isCheckedIn(db, assemblyId, person.id))) throw new AppError("vote.not_checked_in");
  return { voter: await signVoter(db, assemblyId, person.id), firstNames: person.firstNames };
}

// A voter's phone follows the plenary live with its voter token (votes opened and closed, without polling).
registerLiveKeyCheck(async (db, assemblyId, key) => (await verifyVoter(db, assemblyId, key)) !== null);
