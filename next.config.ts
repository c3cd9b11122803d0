import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Every page is generated at build time from content/; nothing is rendered per request.
  // `next build` writes a directory of plain files (out/) that any static host can serve:
  // `npm start` (scripts/start.mjs) locally, deploy/nginx.conf in production.
  output: "export",
  poweredByHeader: false,
  reactStrictMode: true,
  // A static export has no image optimisation server.
  images: { unoptimized: true },
};

export default nextConfig;
