import { parseDeskQuery, type DeskQuery as TypedQuery } from "../../../domain/checkin/query";
import { CREDENTIAL_PATTERN } from "../../registration/credential";

/** What the desk's search field received: a scanned QR credential, or what a person typed. */
export type DeskQuery = TypedQuery | { kind: "credential"; token: string };

/** A camera or a USB scanner delivers the credential's text; anything else is a document prefix or a name. */
export function readDeskQuery(raw: string): DeskQuery {
  const token = raw.trim().toUpperCase();
  return CREDENTIAL_PATTERN.test(token) ? { kind: "credential", token } : parseDeskQuery(raw);
}
