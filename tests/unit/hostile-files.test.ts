/**
 * What git can hold but a content tree must not: symbolic links (out of
 * content/, broken, looping, to folders), FIFOs, sockets, a `content` that
 * is itself a link, file names with escape sequences. Git cannot store FIFOs
 * and sockets, and links are fragile in a repository, so each tree is built
 * here at run time from a valid fixture.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContentFromDisk } from "@/lib/content/index";
import { formatIssueReport } from "@/lib/content/issues";

const PROJECT = path.resolve(import.meta.dirname, "../..");
const VALID = path.join(PROJECT, "tests/fixtures/broken/bom-crlf/content");
const SECRET = "SECRET-TOKEN-4f9c2a";
const GUIDES = "content/careers/backend-developer";

const work = mkdtempSync(path.join(os.tmpdir(), "careerscope-hostile-"));
const root = path.join(work, "site");
const outside = path.join(work, "outside");
let socket: Server | undefined;

beforeAll(async () => {
  cpSync(VALID, path.join(root, "content"), { recursive: true });
  mkdirSync(outside);
  // A secret outside content/, shaped like a guide so that reading it would publish it.
  const secretFile = path.join(outside, "secret.md");
  writeFileSync(secretFile, `---\nsource: himalayas\nsummary: ${SECRET}\n---\n${SECRET}\n`);
  const at = (rel: string) => path.join(root, rel);
  symlinkSync(secretFile, at(`${GUIDES}/coursera.md`));
  symlinkSync(outside, at("content/careers/outside-folder"));
  symlinkSync(at(`${GUIDES}`), at("content/careers/linked-folder"));
  symlinkSync(path.join(work, "nowhere.yaml"), at("content/sources/broken.yaml"));
  symlinkSync("loop-a.yaml", at("content/sources/loop-b.yaml"));
  symlinkSync("loop-b.yaml", at("content/sources/loop-a.yaml"));
  symlinkSync("himalayas.yaml", at("content/sources/copy.yaml"));
  const fifo = spawnSync("mkfifo", [at(`${GUIDES}/pipe.md`)]);
  expect(fifo.status, String(fifo.stderr)).toBe(0);
  socket = createServer();
  await new Promise<void>((resolve) => socket!.listen(at("content/sources/socket.yaml"), resolve));
  // A file name that clears the screen and turns text red when printed raw.
  writeFileSync(at(`${GUIDES}/\u001b[2J\u001b[31mred.md`), "not even frontmatter\n");
});

afterAll(() => {
  socket?.close();
  rmSync(work, { recursive: true, force: true });
});

const byFile = () => {
  const result = loadContentFromDisk(root, { now: new Date("2026-06-01T00:00:00Z") });
  return { result, codes: Object.fromEntries(result.issues.map((i) => [i.file, i.code ?? i.message])) };
};

describe("a content tree with links, a FIFO and a socket", () => {
  it("refuses each with one issue naming the path, quickly, without hanging on the FIFO", () => {
    // A FIFO opened by mistake would block for ever: the content:check test below runs the same tree
    // in a child process with a timeout, so a regression fails there instead of hanging the suite.
    const { result, codes } = byFile();
    expect(result.ok).toBe(false);
    expect(codes).toMatchObject({
      [`${GUIDES}/coursera.md`]: "link-outside-content",
      "content/careers/outside-folder": "link-outside-content",
      "content/careers/linked-folder": "linked-folder",
      "content/sources/broken.yaml": "link-broken",
      "content/sources/loop-a.yaml": "link-loop",
      "content/sources/loop-b.yaml": "link-loop",
      "content/sources/copy.yaml": "link-refused",
      [`${GUIDES}/pipe.md`]: "special-file",
      "content/sources/socket.yaml": "special-file",
    });
    // Nothing else: the refusals cause no knock-on errors ("no career.yaml", "unknown source").
    const refused = result.issues.filter((i) => !i.file.includes("red.md"));
    expect(refused).toHaveLength(9);
    for (const issue of refused) {
      expect(issue).toMatchObject({ severity: "error", field: "" });
      expect(issue.line).toBeUndefined();
    }
    expect(result.issues.find((i) => i.file === `${GUIDES}/pipe.md`)?.message).toBe(
      "Refused: this is a named pipe (FIFO), not a regular file; it was not opened",
    );
  });

  it("never reads or names a link's target", () => {
    const { result } = byFile();
    const everything = JSON.stringify(result.issues) + formatIssueReport(result.issues);
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain(outside);
    expect(everything).not.toContain("nowhere.yaml");
    expect(everything).not.toContain(work);
  });

  it("content:check exits 1 with every path, escaped, no secret and no stack trace", () => {
    const out = spawnSync("npx", ["tsx", path.join(PROJECT, "scripts/content-check.ts"), "--root", root], {
      cwd: PROJECT,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(out.status, out.stderr).toBe(1);
    const text = out.stdout + out.stderr;
    expect(text).toContain(
      `error    ${GUIDES}/coursera.md  Refused: this is a symbolic link to something outside content/; it was not read`,
    );
    expect(text).toContain(`${GUIDES}/\\u{1B}[2J\\u{1B}[31mred.md`);
    expect(text).not.toContain("\u001b");
    expect(text).not.toContain(SECRET);
    expect(text).not.toMatch(/\n\s+at /);
  }, 60_000);

  it("content:check --format github prints one escaped workflow command per issue", () => {
    const out = spawnSync(
      "npx",
      ["tsx", path.join(PROJECT, "scripts/content-check.ts"), "--root", root, "--format", "github"],
      { cwd: PROJECT, encoding: "utf8", timeout: 60_000 },
    );
    expect(out.status, out.stderr).toBe(1);
    const commands = out.stdout.split("\n").filter((line) => line.startsWith("::"));
    expect(commands.length).toBeGreaterThanOrEqual(10);
    expect(commands).toContain(
      `::error file=${GUIDES}/pipe.md,title=Content::Refused: this is a named pipe (FIFO), not a regular file; it was not opened — content files are plain text files; delete this one`,
    );
    for (const command of commands)
      expect(command).toMatch(/^::(error|warning) file=[^:,]+(,line=\d+)?(,col=\d+)?,title=[^:,]*::/);
    expect(out.stdout).not.toContain("\u001b");
  }, 60_000);
});

describe("a content folder that is itself a link", () => {
  it("is refused whole, without reading what it points to", () => {
    const linked = path.join(work, "linked-site");
    mkdirSync(linked);
    symlinkSync(path.join(root, "content"), path.join(linked, "content"));
    const result = loadContentFromDisk(linked);
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ file: "content", code: "link-outside-content" });
    // Only the taxonomy files are reported missing beside it: nothing behind the link was read.
    expect(result.issues.map((i) => i.file)).toEqual([
      "content",
      "content/taxonomy/skills.yaml",
      "content/taxonomy/certifications.yaml",
    ]);
  });
});
