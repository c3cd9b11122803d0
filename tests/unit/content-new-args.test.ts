/** The command line of `npm run content:new`: a career, a source and an optional format. */
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../scripts/content-new-args";

describe("the command line", () => {
  it("takes a career, a source and an optional format", () => {
    expect(parseArgs(["backend-developer", "teal"])).toEqual({
      ok: true,
      help: false,
      career: "backend-developer",
      source: "teal",
      format: "md",
    });
    expect(parseArgs(["backend-developer", "teal", "--format", "yaml"])).toMatchObject({
      ok: true,
      format: "yaml",
    });
    expect(parseArgs(["--format=yaml", "backend-developer", "teal"])).toMatchObject({
      ok: true,
      format: "yaml",
    });
    expect(parseArgs(["--help"])).toEqual({ ok: true, help: true });
  });

  it("rejects a missing argument, an unknown format or option", () => {
    expect(parseArgs(["backend-developer"])).toMatchObject({
      ok: false,
      error: expect.stringContaining("Expected a career and a source"),
    });
    expect(parseArgs(["a", "b", "--format", "json"])).toMatchObject({
      ok: false,
      error: expect.stringContaining("--format must be md or yaml"),
    });
    expect(parseArgs(["a", "b", "--format"])).toMatchObject({ ok: false });
    expect(parseArgs(["a", "b", "--force"])).toMatchObject({ ok: false, error: "Unknown option --force" });
  });
});
