import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { SHELL_NAMESPACES, pickClientMessages } from "@/i18n/client-messages";
import ru from "@/i18n/messages/ru";

/**
 * The browser gets only the message namespaces that the layouts above a page list (`<ClientMessages>`). A client
 * component whose namespace is missing would show raw keys, so every page's client components are found by
 * following its imports, and what they translate is checked against what its layouts send.
 */
const APP = join("src", "app");

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? join("src", spec.slice(2))
    : spec.startsWith(".")
      ? join(dirname(from), spec)
      : null;
  if (!base) return null;
  for (const candidate of [`${base}.tsx`, `${base}.ts`, join(base, "index.tsx"), join(base, "index.ts")])
    if (existsSync(candidate)) return candidate;
  return null;
}

function reachableFiles(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)) {
      const target = resolveImport(file, m[1]!);
      if (target) stack.push(target);
    }
  }
  return seen;
}

/** Top-level namespaces a client component translates: `useTranslations("ns…")`, or `t("ns.…")` with no namespace. */
function namespacesUsed(source: string): string[] {
  const scoped = [...source.matchAll(/useTranslations\(\s*"([^".]+)/g)].map((m) => m[1]!);
  const unscoped = /useTranslations\(\s*\)/.test(source)
    ? [...source.matchAll(/\bt\(\s*["`]([a-zA-Z]+)\./g)].map((m) => m[1]!)
    : [];
  return [...scoped, ...unscoped];
}

/**
 * Namespaces sent to a page: the shell's and those of the innermost layout above it that has a `<ClientMessages>`
 * (a provider replaces its parent's messages, it does not add to them).
 */
function namespacesSent(pageDir: string): Set<string> {
  const sent = new Set<string>(SHELL_NAMESPACES);
  const parts = relative(APP, pageDir).split(sep).filter(Boolean);
  for (let i = parts.length; i >= 0; i--) {
    const layout = join(APP, ...parts.slice(0, i), "layout.tsx");
    const lists = existsSync(layout)
      ? [...readFileSync(layout, "utf8").matchAll(/<ClientMessages namespaces=\{\[([^\]]*)\]\}/g)]
      : [];
    if (lists.length === 0) continue;
    for (const m of lists) for (const ns of m[1]!.matchAll(/"([^"]+)"/g)) sent.add(ns[1]!);
    break;
  }
  return sent;
}

const pages = readdirSync(APP, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(`${sep}page.tsx`) || f === "page.tsx")
  .map((f) => join(APP, f));

describe("messages sent to the browser", () => {
  it("finds the app's pages and their client components", () => {
    expect(pages.length).toBeGreaterThan(30);
    const card = [...reachableFiles(join(APP, "t", "[slug]", "counterparties", "[id]", "page.tsx"))];
    expect(card.some((f) => f.endsWith("override-form.tsx"))).toBe(true);
  });

  it.each(pages.map((p) => [relative(APP, p)]))("%s gets every namespace its client components translate", (page) => {
    const file = join(APP, page);
    const missing = [...reachableFiles(file)]
      .filter((f) => /^\s*["']use client["']/.test(readFileSync(f, "utf8")))
      .flatMap((f) => namespacesUsed(readFileSync(f, "utf8")).map((ns) => ({ component: relative("src", f), ns })))
      .filter(({ ns }) => !namespacesSent(dirname(file)).has(ns));
    expect(missing).toEqual([]);
  });

  it("sends the shell's namespaces and the listed ones, nothing else", () => {
    const picked = pickClientMessages(ru, ["orders", "no-such-namespace"]);
    expect(Object.keys(picked).sort()).toEqual(["locale", "nav", "orders"]);
    expect(picked.orders).toBe(ru.orders);
  });
});
