/**
 * Servers for the serving tests, each on its own loopback port next to the
 * Playwright one: `npm start`'s static server (scripts/static-server.mjs, as a
 * child process, exactly as `npm start` runs it) and Debian's nginx with
 * deploy/nginx.conf. Both serve the out/ that `npm run build` wrote.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
export const OUT_DIR = path.resolve("out");

export type RunningServer = { name: string; origin: string; pid: number; stop: () => Promise<void> };

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => resolve(socket.end() && true));
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not listen on ${port}: ${log()}`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
}

/** `npm start`'s server on E2E_PORT + offset. */
export async function startStaticServer(offset: number): Promise<RunningServer> {
  const port = BASE_PORT + offset;
  const child = spawn(process.execPath, ["scripts/static-server.mjs", OUT_DIR], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  await waitForPort(port, child, () => output);
  return { name: "static server", origin: `http://127.0.0.1:${port}`, pid: child.pid!, stop: stopper(child) };
}

function nginxBinary(): string {
  for (const candidate of ["/usr/sbin/nginx", "/usr/bin/nginx"]) if (existsSync(candidate)) return candidate;
  throw new Error(
    "nginx is not installed: scripts/test.sh installs Debian's nginx-light (apt-get install -y nginx-light)",
  );
}

/**
 * deploy/nginx.conf as shipped, with only its listen address and the two
 * /srv/careerscope paths changed, inside a minimal main configuration.
 */
export async function startNginx(offset: number): Promise<RunningServer> {
  const port = BASE_PORT + offset;
  const dir = mkdtempSync(path.join(tmpdir(), "careerscope-nginx-"));
  const site = readFileSync("deploy/nginx.conf", "utf8")
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replaceAll("/srv/careerscope/out", OUT_DIR);
  writeFileSync(path.join(dir, "site.conf"), site);
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
${process.getuid?.() === 0 ? "user root;" : ""}
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
  );
  const binary = nginxBinary();
  const check = spawnSync(binary, ["-t", "-p", dir, "-c", path.join(dir, "nginx.conf")], {
    encoding: "utf8",
  });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);
  const child = spawn(binary, ["-p", dir, "-c", path.join(dir, "nginx.conf")], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stderr?.on("data", (d) => (output += d));
  await waitForPort(port, child, () => output + readLog(path.join(dir, "error.log")));
  const stop = stopper(child);
  return {
    name: "nginx",
    origin: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function readLog(file: string): string {
  return existsSync(file) ? readFileSync(file, "utf8") : "";
}

export type RawResponse = { status: number; head: string; body: string };

/**
 * One HTTP/1.1 request written byte for byte, so malformed request lines reach
 * the server as sent (fetch and node:http would normalise or refuse them).
 */
export function rawRequest(origin: string, requestLine: string, extraHeaders = ""): Promise<RawResponse> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(Number(port), hostname, () => {
      // write, not end: a half-closed socket may be closed before the response comes back.
      socket.write(`${requestLine}\r\nHost: ${hostname}\r\n${extraHeaders}Connection: close\r\n\r\n`);
    });
    socket.setTimeout(10_000, () => socket.destroy(new Error(`timeout: ${requestLine.slice(0, 80)}`)));
    socket.on("data", (d) => chunks.push(d));
    socket.on("error", reject);
    socket.on("close", () => {
      const text = Buffer.concat(chunks).toString("latin1");
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);
      const split = text.indexOf("\r\n\r\n");
      resolve({ status, head: text.slice(0, split), body: text.slice(split + 4) });
    });
  });
}
