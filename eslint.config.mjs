import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", "node_modules/**", "src/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
  {
    rules: {
      // Leaving fields out of an object by destructuring them away is deliberate.
      "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true, argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Pure rules must stay pure: no database, framework or environment in src/domain.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["@/server/*", "@/generated/*", "next", "next/*", "pg", "@prisma/*"] }],
      "no-restricted-globals": ["error", "process"],
    },
  },
]);
