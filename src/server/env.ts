import "server-only";
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is not set: start the app with `npm start`, which provides it"),
  /** Checked where a key is derived from it (src/server/secrets.ts) and when a production server starts. */
  NEXTAUTH_SECRET: z.string().optional(),
  NEXTAUTH_URL: z.string().url().default("http://localhost:3000"),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("CRM <crm@localhost>"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Reverse proxies in front of the app that append to X-Forwarded-For (src/domain/auth/client-address.ts). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Parsed lazily so that `next build` does not need a database. */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) throw new Error(`Configuration: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  cached = parsed.data;
  return cached;
}
