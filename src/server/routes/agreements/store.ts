import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { defaultConsentText } from "../../../domain/registration/consent-text";
import {
  type AgreementDto,
  type AgreementInput,
  DEFAULT_PARTNER_LEGEND,
} from "../../../shared/schemas/agreement";
import type { Actor } from "../../auth/actor";
import type { Db, Tx } from "../../db/client";
import { agreements, consentTexts } from "../../db/schema";
import { AppError, notFound } from "../../errors";

export async function latestConsent(db: Tx, agreementId: string) {
  const [row] = await db
    .select()
    .from(consentTexts)
    .where(eq(consentTexts.agreementId, agreementId))
    .orderBy(desc(consentTexts.version))
    .limit(1);
  return row ?? null;
}

async function present(db: Tx, row: typeof agreements.$inferSelect): Promise<AgreementDto> {
  const consent = await latestConsent(db, row.id);
  return {
    id: row.id,
    number: row.number,
    year: row.year,
    partnerName: row.partnerName,
    supervisorName: row.supervisorName,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    legend: row.legend,
    consentText: consent?.body ?? "",
    consentVersion: consent?.version ?? 0,
  };
}

export async function listAgreements(db: Db, actor: Actor): Promise<AgreementDto[]> {
  const visible =
    actor.role === "national_admin"
      ? undefined
      : inArray(agreements.id, [...actor.agreementIds, "00000000-0000-0000-0000-000000000000"]);
  const rows = await db
    .select()
    .from(agreements)
    .where(visible)
    .orderBy(desc(agreements.year), asc(agreements.number));
  return Promise.all(rows.map((row) => present(db, row)));
}

export async function getAgreement(db: Tx, id: string): Promise<AgreementDto> {
  const [row] = await db.select().from(agreements).where(eq(agreements.id, id));
  if (!row) throw notFound();
  return present(db, row);
}

function columns(input: AgreementInput) {
  return {
    number: input.number,
    year: input.year,
    partnerName: input.partnerName,
    supervisorName: input.supervisorName,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    legend: input.legend || DEFAULT_PARTNER_LEGEND(input.number, input.year, input.partnerName),
  };
}

async function assertUnique(tx: Tx, input: AgreementInput, exceptId?: string) {
  const [clash] = await tx
    .select({ id: agreements.id })
    .from(agreements)
    .where(and(eq(agreements.number, input.number), eq(agreements.year, input.year)));
  if (clash && clash.id !== exceptId) {
    throw new AppError(
      "agreement.duplicate",
      { number: input.number, year: input.year },
      { number: "error.agreement.duplicate" },
    );
  }
}

export async function createAgreement(tx: Tx, input: AgreementInput): Promise<string> {
  await assertUnique(tx, input);
  const [row] = await tx.insert(agreements).values(columns(input)).returning({ id: agreements.id });
  const id = row!.id;
  await tx.insert(consentTexts).values({
    agreementId: id,
    version: 1,
    body: input.consentText || defaultConsentText(input.partnerName),
  });
  return id;
}

/** Updates a convenio; a changed authorisation text becomes a new version (earlier consents keep theirs). */
export async function updateAgreement(tx: Tx, id: string, input: AgreementInput): Promise<void> {
  await assertUnique(tx, input, id);
  await tx
    .update(agreements)
    .set({ ...columns(input), updatedAt: new Date() })
    .where(eq(agreements.id, id));
  const current = await latestConsent(tx, id);
  if (input.consentText && input.consentText !== current?.body) {
    await tx
      .insert(consentTexts)
      .values({ agreementId: id, version: (current?.version ?? 0) + 1, body: input.consentText });
  }
}
