/**
 * The static site as served: `npm start`'s server and deploy/nginx.conf, each
 * on its own loopback port, must agree on status codes, clean URLs, the 404
 * page, caching, compression and the security headers on every response.
 */
import { createHash } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { rawRequest, startNginx, startStaticServer, type RunningServer } from "./servers";
import { PAGES } from "./pages";

const SECURITY_HEADERS: Record<string, RegExp> = {
  "content-security-policy": /default-src 'self'/,
  "x-content-type-options": /^nosniff$/,
  "x-frame-options": /^DENY$/,
  "referrer-policy": /^strict-origin-when-cross-origin$/,
  "permissions-policy": /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
  "cross-origin-opener-policy": /^same-origin$/,
};

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  for (const [name, pattern] of Object.entries(SECURITY_HEADERS))
    expect(headers[name], `${name} on ${what}`).toMatch(pattern);
  const csp = headers["content-security-policy"];
  for (const directive of [
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ]) {
    expect(csp, what).toContain(directive);
  }
  expect(csp, what).not.toMatch(/'unsafe-eval'/);
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
  expect(scriptSrc, what).not.toContain("'unsafe-inline'");
  expect(headers["server"] ?? "", what).not.toMatch(/\d/); // no version to fingerprint
}

function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes, body]) => !/\bsrc=|application\/(ld\+)?json/i.test(attributes) && body.length > 0)
    .map(([, , body]) => body);
}

for (const kind of ["static server", "nginx"] as const) {
  test.describe(kind, () => {
    test.describe.configure({ mode: "serial" });
    let server: RunningServer;
    let request: APIRequestContext;

    test.beforeAll(async ({ playwright }) => {
      server = kind === "nginx" ? await startNginx(1) : await startStaticServer(2);
      request = await playwright.request.newContext({ baseURL: server.origin, maxRedirects: 0 });
    });
    test.afterAll(async () => {
      await request?.dispose();
      await server?.stop();
    });

    test("clean URLs serve every page type with the security headers", async () => {
      for (const path of PAGES) {
        const response = await request.get(path);
        expect(response.status(), path).toBe(200);
        expect(response.headers()["content-type"], path).toMatch(/^text\/html/);
        expect(await response.text(), path).toContain("<h1");
        expectSecurityHeaders(response.headers(), path);
        expect(response.headers()["cache-control"], path).toMatch(/max-age=0/);
      }
    });

    test("each interactive page's policy allows exactly its own inline scripts by hash", async () => {
      // Only pages with a client component keep Next's inline scripts (scripts/strip-runtime.mjs).
      for (const path of ["/careers", "/careers/by/pay-desc", "/search"]) {
        const response = await request.get(path);
        const csp = response.headers()["content-security-policy"];
        const scripts = inlineScripts(await response.text());
        expect(scripts.length, path).toBeGreaterThan(0);
        for (const body of scripts) {
          const hash = createHash("sha256").update(body, "utf8").digest("base64");
          expect(csp, `${path}: ${body.slice(0, 60)}`).toContain(`'sha256-${hash}'`);
        }
      }
    });

    test("the data API, sitemap and robots.txt are static files", async () => {
      const all = await request.get("/api/careers.json");
      expect(all.status()).toBe(200);
      expect(all.headers()["content-type"]).toContain("application/json");
      expect((await all.json()).careers.length).toBeGreaterThan(1);
      const one = await request.get("/api/careers/backend-developer.json");
      expect((await one.json()).slug).toBe("backend-developer");
      expectSecurityHeaders(one.headers(), "api");
      const sitemap = await request.get("/sitemap.xml");
      expect(sitemap.headers()["content-type"]).toMatch(/xml/);
      expect(await sitemap.text()).toContain("/careers/backend-developer</loc>");
      expect(await (await request.get("/robots.txt")).text()).toMatch(/Sitemap: /);
    });

    test("unknown URLs get the 404 page with status 404 and the headers", async () => {
      for (const path of [
        "/nope",
        "/careers/nope",
        "/careers/backend-developer/nope",
        "/api/careers/nope.json",
        "/.csp/pages.json",
        "/compare/backend-engineer-vs-nobody",
      ]) {
        const response = await request.get(path);
        expect(response.status(), path).toBe(404);
        expect(await response.text(), path).toContain("Page not found");
        expectSecurityHeaders(response.headers(), path);
      }
    });

    test("hashed assets are cached for a year, pages revalidate with ETags", async () => {
      const html = await (await request.get("/careers/backend-developer")).text();
      const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map(
        (m) => m[1],
      );
      expect(assets.length).toBeGreaterThan(0);
      for (const asset of assets.slice(0, 5)) {
        const response = await request.get(asset);
        expect(response.status(), asset).toBe(200);
        expect(response.headers()["cache-control"], asset).toMatch(
          /max-age=31536000.*immutable|immutable.*max-age=31536000/,
        );
        expectSecurityHeaders(response.headers(), asset);
      }
      const page = await request.get("/careers");
      const etag = page.headers()["etag"];
      expect(etag).toBeTruthy();
      const again = await request.get("/careers", { headers: { "If-None-Match": etag } });
      expect(again.status()).toBe(304);
    });

    test("text is compressed for clients that accept gzip", async () => {
      for (const path of ["/careers/backend-developer", "/api/careers.json"]) {
        const response = await rawRequest(server.origin, `GET ${path} HTTP/1.1`, "Accept-Encoding: gzip\r\n");
        expect(response.status, path).toBe(200);
        expect(response.head.toLowerCase(), path).toContain("content-encoding: gzip");
      }
      const plainResponse = await rawRequest(server.origin, "GET /careers HTTP/1.1");
      expect(plainResponse.head.toLowerCase()).not.toContain("content-encoding");
    });

    test("a trailing slash redirects to the clean URL; other methods are refused", async () => {
      const slash = await request.get("/careers/backend-developer/");
      expect(slash.status()).toBe(301);
      expect(slash.headers()["location"]).toMatch(
        /^(http:\/\/127\.0\.0\.1:\d+)?\/careers\/backend-developer$/,
      );
      for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
        const response = await request.fetch("/careers", { method });
        expect(response.status(), method).toBe(405);
        expectSecurityHeaders(response.headers(), method);
      }
      const bad = await rawRequest(server.origin, "GET /careers/%E0%A4%A HTTP/1.1");
      expect(bad.status).toBe(400);
    });

    test("moved URLs answer 301: a reversed pair, page 1 of a paged index", async () => {
      for (const [from, to] of [
        ["/compare/backend-engineer-vs-backend-developer", "/compare/backend-developer-vs-backend-engineer"],
        ["/careers/page/1", "/careers"],
        ["/careers/by/pay-desc/page/1", "/careers/by/pay-desc"],
        ["/compare/page/1", "/compare"],
        ["/sources/jobicy/page/1", "/sources/jobicy"],
      ]) {
        const response = await request.get(from);
        expect(response.status(), from).toBe(301);
        expect(response.headers()["location"], from).toMatch(
          new RegExp(`^(http://127\\.0\\.0\\.1:\\d+)?${to}$`),
        );
        expectSecurityHeaders(response.headers(), from);
      }
      const query = await request.get("/compare/backend-engineer-vs-backend-developer?from=feed");
      expect(query.headers()["location"]).toMatch(
        /\/compare\/backend-developer-vs-backend-engineer\?from=feed$/,
      );
      // Where they lead is served, and a page that does not exist stays a 404.
      expect((await request.get("/compare/backend-developer-vs-backend-engineer")).status()).toBe(200);
      expect((await request.get("/careers/page/2")).status()).toBe(404);
    });

    test("pages run in the browser under the policy, with no violation", async ({ page }) => {
      const violations: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      await page.addInitScript(() =>
        document.addEventListener("securitypolicyviolation", (e) =>
          console.error(`Refused to run: ${e.violatedDirective} ${e.blockedURI}`),
        ),
      );
      for (const path of ["/", "/careers/backend-developer", "/compare", "/nope"]) {
        await page.goto(server.origin + path);
        await page.waitForLoadState("networkidle");
      }
      // The page's own client code must run under the policy: the finder's sort buttons are
      // rendered by React once it hydrates, and sorting sets aria-sort.
      await page.goto(server.origin + "/careers");
      const sources = page.locator('#finder thead th[data-column="sources"]');
      await sources.getByRole("button").click();
      await expect(sources).toHaveAttribute("aria-sort", "descending");
      expect(violations).toEqual([]);
    });
  });
}
