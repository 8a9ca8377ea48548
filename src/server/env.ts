import "server-only";
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is not set: start the app with `npm start`, which provides it"),
  NEXTAUTH_SECRET: z.string().min(16).default("dev-only-secret-change-me-in-production-0123456789"),
  NEXTAUTH_URL: z.string().url().default("http://localhost:3000"),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("CRM <crm@localhost>"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Parsed lazily so that `next build` does not need a database. */
export function env(): Env {
  cached ??= schema.parse(process.env);
  return cached;
}
