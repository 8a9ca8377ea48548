import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "./run";

const INPUTS = [
  "src",
  "public",
  "next.config.mjs",
  "tsconfig.json",
  "postcss.config.mjs",
  "package-lock.json",
  "prisma/schema.prisma",
];
const STAMP = ".next/source-hash";

function* files(path: string): Generator<string> {
  if (!existsSync(path)) return;
  if (statSync(path).isFile()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path).sort()) yield* files(join(path, entry));
}

/** A hash of everything the production build is made from, so an unchanged tree is not built twice. */
function sourceHash(root: string): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(join(root, input))) {
      hash.update(file).update(readFileSync(file));
    }
  }
  return hash.digest("hex");
}

export async function ensureProductionBuild(root: string, log: (line: string) => void): Promise<void> {
  const hash = sourceHash(root);
  const stamp = join(root, STAMP);
  if (existsSync(join(root, ".next/BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === hash) {
    log("build: up to date");
    return;
  }
  log("build: building the app (next build)…");
  await run("node", ["node_modules/next/dist/bin/next", "build"], { cwd: root });
  writeFileSync(stamp, hash);
}
