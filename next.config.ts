import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Every page is generated at build time from content/; nothing is rendered per request.
  output: "export",
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
