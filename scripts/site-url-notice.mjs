#!/usr/bin/env node
// Runs before `next build`: a build without SITE_URL is a preview (localhost
// URLs, every page noindex). Say so loudly, so nobody deploys one by mistake.
const url = process.env.SITE_URL?.trim();
if (url) {
  console.log(`SITE_URL=${url}: a production build; every absolute URL uses it.`);
} else {
  const line = "!".repeat(72);
  console.warn(
    [
      line,
      "!! PREVIEW BUILD: SITE_URL is not set.",
      "!! Canonical, sitemap, feed, social-card and JSON-LD URLs point at http://localhost:3000",
      '!! and every page carries <meta name="robots" content="noindex">.',
      "!! For production: SITE_URL=https://your.domain npm run build",
      line,
    ].join("\n"),
  );
}
