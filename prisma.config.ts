import { defineConfig } from "prisma/config";

// The CLI reads this; the app gets DATABASE_URL from `npm start` (scripts/start.ts).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx --conditions=react-server prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:54329/crm" },
});
