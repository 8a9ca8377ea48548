import "server-only";
import { Prisma } from "@/generated/prisma/client";

/** A unique index refused the write; with `column`, only when that column is part of the index. */
export function isUniqueViolation(error: unknown, column?: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  return !column || `${JSON.stringify(error.meta ?? {})} ${error.message}`.includes(column);
}

/**
 * Creates a document once per idempotency key: a repeated submit returns what the first one created, also when
 * both arrive together and the unique index on the key decides between them.
 */
export async function createOnce<T>(findExisting: () => Promise<T | null>, create: () => Promise<T>): Promise<T> {
  const existing = await findExisting();
  if (existing) return existing;
  try {
    return await create();
  } catch (error) {
    if (isUniqueViolation(error, "idempotencyKey")) {
      const winner = await findExisting();
      if (winner) return winner;
    }
    throw error;
  }
}
