import { asc, eq, max } from "drizzle-orm";
import { foldText } from "../../../domain/text/normalize";
import type { RegistrationFieldDto, RegistrationFieldInput } from "../../../shared/schemas/registration";
import type { Tx } from "../../db/client";
import { registrationFields } from "../../db/schema";
import { AppError, notFound } from "../../errors";

type FieldRow = typeof registrationFields.$inferSelect;

const present = (row: FieldRow): RegistrationFieldDto => ({
  id: row.id,
  key: row.key,
  labelEs: row.labelEs,
  labelEn: row.labelEn,
  type: row.type as RegistrationFieldDto["type"],
  options: row.options,
  position: row.position,
  active: row.active,
});

export async function listRegistrationFields(
  db: Tx,
  { activeOnly }: { activeOnly: boolean },
): Promise<RegistrationFieldDto[]> {
  const rows = await db
    .select()
    .from(registrationFields)
    .where(activeOnly ? eq(registrationFields.active, true) : undefined)
    .orderBy(asc(registrationFields.position));
  return rows.map(present);
}

export async function getRegistrationField(db: Tx, id: string): Promise<RegistrationFieldDto> {
  const [row] = await db.select().from(registrationFields).where(eq(registrationFields.id, id));
  if (!row) throw notFound();
  return present(row);
}

/** "¿Vende en plaza de mercado?" → "vende_en_plaza_de_mercado": the key answers are stored under. */
export function fieldKey(label: string): string {
  const slug = foldText(label)
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 36)
    .replace(/_+$/, "");
  return /^[a-z]/.test(slug) ? slug : `campo_${slug}`.slice(0, 36);
}

export async function createRegistrationField(tx: Tx, input: RegistrationFieldInput): Promise<string> {
  const taken = new Set(
    (await tx.select({ key: registrationFields.key }).from(registrationFields)).map((r) => r.key),
  );
  const base = fieldKey(input.labelEs);
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  const [last] = await tx.select({ position: max(registrationFields.position) }).from(registrationFields);
  const [row] = await tx
    .insert(registrationFields)
    .values({ ...input, key, position: (last?.position ?? 0) + 1 })
    .returning({ id: registrationFields.id });
  return row!.id;
}

/** Labels, options and whether the form shows it change; the type and key never do (answers keep meaning). */
export async function updateRegistrationField(
  tx: Tx,
  id: string,
  input: RegistrationFieldInput,
): Promise<void> {
  const current = await getRegistrationField(tx, id);
  if (current.type !== input.type)
    throw new AppError("registration.field_type_fixed", {}, { type: "error.registration.field_type_fixed" });
  await tx
    .update(registrationFields)
    .set({
      labelEs: input.labelEs,
      labelEn: input.labelEn,
      options: input.options,
      active: input.active,
      updatedAt: new Date(),
    })
    .where(eq(registrationFields.id, id));
}
