// The static file server behind `npm start` and the browser tests: serves the
// exported site in out/ the way deploy/nginx.conf does. Files come from sirv
// (which indexes out/ once at start, so no request can reach a file outside it,
// and sends the gzip copies scripts/precompress.mjs wrote at build time to
// clients that accept gzip); this wrapper adds what sirv does not do: the security headers on every response, per-page script hashes in the
// Content-Security-Policy, long caching for hashed assets, the 404 page, 301s
// for moved URLs (scripts/redirect-map.mjs), and a 400/405 instead of an error
// for malformed or odd requests.
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import sirv from "sirv";

/** Hashed build assets never change under the same name. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** Pages and data revalidate on every visit (cheap: ETag/304). */
const REVALIDATE = "public, max-age=0, must-revalidate";

/**
 * The policy for a page whose inline scripts hash to `scriptHashes`.
 * 'wasm-unsafe-eval' lets the search index (Pagefind, WebAssembly) run; it
 * allows compiling WebAssembly only, not eval(). style-src keeps
 * 'unsafe-inline' because React renders style="" attributes (chart
 * geometry), which CSP cannot allow by hash without 'unsafe-hashes'.
 */
export function contentSecurityPolicy(scriptHashes = []) {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes].join(" "),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers every response carries, whatever its status. */
export const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy":
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};

function readJson(dir, ...parts) {
  const file = path.join(dir, ...parts);
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
}

/** The HTML file a clean URL resolves to, in the order sirv and nginx's try_files look. */
function pageFile(pages, pathname) {
  const bare = pathname.replace(/\/+$/, "");
  return [pathname, `${bare}.html`, `${bare}/index.html`].find((candidate) => candidate in pages);
}

/** A Range header sirv can serve, or none: sirv trusts it, and a reversed range would throw. */
function sanitiseRange(req) {
  const range = req.headers.range;
  if (range === undefined) return;
  const match = /^bytes=(\d{1,15})-(\d{0,15})$/.exec(range);
  if (!match || (match[2] !== "" && Number(match[2]) < Number(match[1]))) delete req.headers.range;
}

/** Trailing slashes go to the clean URL; only plain paths, so a Location can never leave the site. */
function slashRedirect(pathname, search) {
  if (pathname.length < 2 || !pathname.endsWith("/")) return undefined;
  if (!/^\/[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*\/+$/.test(pathname)) return undefined;
  return pathname.replace(/\/+$/, "") + (search.length < 2048 ? search : "");
}

export function createStaticServer(dir) {
  const root = path.resolve(dir);
  const pages = readJson(root, ".csp", "pages.json");
  // Moved URLs (a reversed pair, page 1 of a paged index): 301 instead of their meta-refresh page.
  const redirects = new Map(Object.entries(readJson(root, ".redirects", "redirects.json")));
  const notFoundPage = path.join(root, "404.html");
  const notFoundHtml = existsSync(notFoundPage) ? readFileSync(notFoundPage) : Buffer.from("Not found\n");

  const plain = (res, status, text, extra = {}) => {
    res.writeHead(status, {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      ...extra,
    });
    res.end(`${text}\n`);
  };

  const assets = sirv(root, {
    extensions: ["html"],
    gzip: true,
    etag: true,
    dotfiles: false,
    setHeaders(res, pathname) {
      res.setHeader("Cache-Control", pathname.startsWith("/_next/static/") ? IMMUTABLE : REVALIDATE);
      // sirv's type table (mrmime) has no .ico: without a type, nosniff would make browsers refuse it.
      if (pathname.endsWith(".ico")) res.setHeader("Content-Type", "image/x-icon");
    },
    onNoMatch(req, res) {
      res.setHeader("Content-Security-Policy", contentSecurityPolicy(pages["/404.html"]));
      res.writeHead(404, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache" });
      res.end(req.method === "HEAD" ? undefined : notFoundHtml);
    },
  });

  function handle(req, res) {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    res.setHeader("Content-Security-Policy", contentSecurityPolicy());
    if (req.method !== "GET" && req.method !== "HEAD") {
      return plain(res, 405, "Method not allowed", { Allow: "GET, HEAD" });
    }
    const url = req.url ?? "";
    if (!url.startsWith("/") || url.startsWith("//")) return plain(res, 400, "Bad request");
    const queryAt = url.search(/[?#]/);
    const rawPath = queryAt === -1 ? url : url.slice(0, queryAt);
    let pathname;
    try {
      pathname = decodeURI(rawPath);
    } catch {
      return plain(res, 400, "Bad request: malformed percent-encoding");
    }
    if (pathname.includes("\0") || pathname.includes("\\")) return plain(res, 400, "Bad request");
    const search = queryAt === -1 ? "" : url.slice(queryAt).replace(/#.*/, "");
    const location = slashRedirect(pathname, search);
    if (location) return plain(res, 301, "Moved permanently", { Location: location });
    const moved = redirects.get(pathname);
    if (moved)
      return plain(res, 301, "Moved permanently", { Location: moved + (search.length < 2048 ? search : "") });
    const page = pageFile(pages, pathname);
    if (page) res.setHeader("Content-Security-Policy", contentSecurityPolicy(pages[page]));
    sanitiseRange(req);
    assets(req, res);
  }

  const server = http.createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      // Never a stack trace to the client; the operator gets one line.
      console.error(`static server: ${req.method} ${JSON.stringify(req.url)}: ${error?.message}`);
      if (!res.headersSent) plain(res, 500, "Internal error");
      else res.destroy();
    }
  });
  // Requests Node's parser rejects (bad request line, huge headers) get a bare 400/431.
  server.on("clientError", (error, socket) => {
    if (!socket.writable) return socket.destroy();
    const status =
      error.code === "HPE_HEADER_OVERFLOW" ? "431 Request Header Fields Too Large" : "400 Bad Request";
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });
  // CONNECT (a proxy tunnel) never reaches the request handler: refuse it here.
  server.on("connect", (_req, socket) => {
    socket.end(
      "HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nConnection: close\r\nContent-Length: 0\r\n\r\n",
    );
  });
  return server;
}

/** `node scripts/static-server.mjs [dir]`: serve an existing export on PORT (default 3000). */
export function serve(dir, port, host) {
  const server = createStaticServer(dir);
  server.listen(port, host, () => {
    const shown = host && host !== "0.0.0.0" ? host : "localhost";
    console.log(`Serving ${path.relative(process.cwd(), dir) || "."} on http://${shown}:${port}`);
  });
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  serve(path.resolve(process.argv[2] ?? "out"), Number(process.env.PORT ?? 3000), process.env.HOST);
}
