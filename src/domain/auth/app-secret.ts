/** Values that have stood in this project's examples and docs: anyone can sign with them. */
const PUBLISHED = new Set(["dev-only-secret-change-me-in-production-0123456789", "e2e-secret-0123456789-0123456789"]);
const MIN_BYTES = 32;

/** What is wrong with NEXTAUTH_SECRET as the key everything is signed and sealed with, for the operator; or null. */
export function appSecretProblem(value: string | undefined, production: boolean): string | null {
  if (!value) return "NEXTAUTH_SECRET is not set: give it at least 32 random bytes (`openssl rand -base64 32`)";
  if (new TextEncoder().encode(value).length < MIN_BYTES)
    return `NEXTAUTH_SECRET is shorter than ${MIN_BYTES} bytes: use \`openssl rand -base64 32\``;
  if (production && PUBLISHED.has(value))
    return "NEXTAUTH_SECRET is an example value from this project's files: generate one (`openssl rand -base64 32`)";
  return null;
}
