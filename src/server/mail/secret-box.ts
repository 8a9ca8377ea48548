import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { purposeKey } from "@/server/secrets";

const key = () => purposeKey("smtp-password");

/** AES-256-GCM: iv.tag.ciphertext in base64url. For secrets the app must read back (SMTP passwords). */
export function seal(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
}

export function open(sealed: string): string {
  const [iv, tag, body] = sealed.split(".").map((p) => Buffer.from(p, "base64url"));
  const decipher = createDecipheriv("aes-256-gcm", key(), iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(body!), decipher.final()]).toString("utf8");
}
