import { asc, eq, inArray } from "drizzle-orm";
import type { Role } from "../../../shared/roles";
import type { UserDto, UserInput } from "../../../shared/schemas/user";
import { hashPassword } from "../../auth/password";
import type { Db, Tx } from "../../db/client";
import { userScopes, users } from "../../db/schema";
import { AppError } from "../../errors";

export async function listUsers(db: Db): Promise<UserDto[]> {
  const rows = await db.select().from(users).orderBy(asc(users.name));
  const scopes = rows.length
    ? await db
        .select()
        .from(userScopes)
        .where(
          inArray(
            userScopes.userId,
            rows.map((u) => u.id),
          ),
        )
    : [];
  return rows.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role as Role,
    active: u.active,
    scopes: scopes
      .filter((s) => s.userId === u.id)
      .map((s) => ({ agreementId: s.agreementId, assemblyId: s.assemblyId, tableId: s.tableId })),
  }));
}

export async function createUser(tx: Tx, input: UserInput): Promise<string> {
  const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
  if (existing) throw new AppError("user.email_taken", {}, { email: "error.user.email_taken" });
  const [row] = await tx
    .insert(users)
    .values({
      email: input.email,
      name: input.name,
      role: input.role,
      passwordHash: await hashPassword(input.password),
    })
    .returning({ id: users.id });
  await replaceScopes(tx, row!.id, input.scopes);
  return row!.id;
}

export async function replaceScopes(tx: Tx, userId: string, scopes: UserInput["scopes"]): Promise<void> {
  await tx.delete(userScopes).where(eq(userScopes.userId, userId));
  if (scopes.length) await tx.insert(userScopes).values(scopes.map((s) => ({ userId, ...s })));
}
