import "server-only";
import { z } from "zod";
import { emailSchema, newPasswordSchema, personNameSchema } from "@/domain/auth/credentials";
import { slugSchema } from "@/domain/tenants/slug";
import { DEFAULT_FAILURE_REASONS } from "@/domain/tenants/default-lists";
import { toLocaleColumn } from "@/i18n/locales";
import { unsafeDb } from "@/server/db";
import { isUniqueViolation } from "@/server/db/unique-violation";
import { ValidationError } from "@/server/errors";
import { hashPassword } from "@/server/auth/password";
import { recordAuditEvent } from "@/server/audit/record-audit-event";

export const signUpInput = z.object({
  name: personNameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  companyName: z.string().trim().min(1, "validation.required").max(120, "validation.tooLong"),
  slug: slugSchema,
  locale: z.enum(["ru", "en"]).catch("ru"),
});

/** Creates a company and its first admin. An e-mail or slug already taken is a field error; nothing is kept. */
export async function signUp(input: z.infer<typeof signUpInput>): Promise<{ userId: string; slug: string }> {
  const taken: Record<string, string> = {};
  const [userExists, tenantExists] = await Promise.all([
    unsafeDb().user.findUnique({ where: { email: input.email }, select: { id: true } }),
    unsafeDb().tenant.findUnique({ where: { slug: input.slug }, select: { id: true } }),
  ]);
  if (userExists) taken.email = "validation.emailTaken";
  if (tenantExists) taken.slug = "validation.slugTaken";
  if (Object.keys(taken).length) throw new ValidationError(taken);

  const passwordHash = await hashPassword(input.password);
  try {
    return await unsafeDb().$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash, locale: toLocaleColumn(input.locale) },
      });
      const tenant = await tx.tenant.create({
        data: { name: input.companyName, slug: input.slug, locale: toLocaleColumn(input.locale) },
      });
      const membership = await tx.membership.create({ data: { tenantId: tenant.id, userId: user.id, role: "ADMIN" } });
      await tx.failureReason.createMany({
        data: DEFAULT_FAILURE_REASONS[input.locale].map((name) => ({ tenantId: tenant.id, name })),
      });
      await recordAuditEvent(tx, {
        tenantId: tenant.id,
        actorUserId: user.id,
        action: "tenant.created",
        entity: "Membership",
        entityId: membership.id,
        after: { role: "ADMIN", email: user.email },
      });
      return { userId: user.id, slug: tenant.slug };
    });
  } catch (error) {
    // Two sign-ups racing for the same e-mail or slug: the unique index decides.
    if (isUniqueViolation(error)) {
      throw new ValidationError(
        isUniqueViolation(error, "slug") ? { slug: "validation.slugTaken" } : { email: "validation.emailTaken" },
      );
    }
    throw error;
  }
}
