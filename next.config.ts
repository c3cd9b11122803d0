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
  // Skia, native code that draws the social cards (lib/seo/card-image.ts): loaded from node_modules, not bundled.
  serverExternalPackages: ["@napi-rs/canvas"],
  experimental: {
    // Prefetch inlining bundles small segment prefetch responses into one, and to size them
    // `next build` decodes every page's RSC payload once more. Off, each segment is its own
    // small file under out/ (nothing here prefetches: links are plain anchors) and page
    // generation takes about 30% less time at 100
    // careers (`BENCH_ROUTES=1 npm run bench`; a trivial page gains about 10%). Pages are the same
    // but for a few bytes of size hints in the payload. BENCHMARKS.md.
    prefetchInlining: false,
  },
};

export default nextConfig;
