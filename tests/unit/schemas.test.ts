/**
 * The JSON Schemas in schemas/ (for editor support) are generated from the
 * zod content model; this fails when the committed files fall behind it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildJsonSchemas, renderJsonSchemaFiles, SCHEMAS_DIR } from "@/lib/content/json-schema";

const root = process.cwd();
const schemas = buildJsonSchemas();
const files = renderJsonSchemaFiles();

type Json = { [key: string]: unknown };
const props = (schema: Json) => schema.properties as Record<string, Json>;

describe("schemas/ is up to date with lib/content/schema/", () => {
  it.each(Object.keys(files))("%s", (name) => {
    const file = path.join(root, SCHEMAS_DIR, name);
    const stale = `${SCHEMAS_DIR}/${name} is out of date with lib/content/schema/: run \`npm run schemas\` and commit the result`;
    expect(
      existsSync(file),
      `${SCHEMAS_DIR}/${name} is missing: run \`npm run schemas\` and commit the result`,
    ).toBe(true);
    expect(readFileSync(file, "utf8"), stale).toBe(files[name]);
  });

  it("holds no schema that is no longer generated", () => {
    const committed = readdirSync(path.join(root, SCHEMAS_DIR)).filter((f) => f.endsWith(".schema.json"));
    expect(
      committed.filter((f) => !(f in files)),
      "remove these, or run `npm run schemas`",
    ).toEqual([]);
  });

  it("generates the same bytes every time, ending in a newline", () => {
    expect(renderJsonSchemaFiles()).toEqual(files);
    for (const text of Object.values(files)) expect(text.endsWith("}\n")).toBe(true);
  });
});

describe("the guide schemas", () => {
  const guide = schemas["guide.schema.json"];
  const frontmatter = schemas["guide-frontmatter.schema.json"];

  it("describe every field of a guide, body included", () => {
    expect(Object.keys(props(guide))).toEqual(
      expect.arrayContaining([
        "source",
        "provenance",
        "summary",
        "salary",
        "outlook",
        "tiers",
        "faqs",
        "body",
      ]),
    );
    expect(Object.keys(props(props(guide).salary))).toEqual(
      expect.arrayContaining(["currency", "median", "byLevel", "byRegion"]),
    );
  });

  it("require source, provenance and summary, and nothing that has a default", () => {
    expect(guide.required).toEqual(["source", "provenance", "summary"]);
    expect(props(guide).provenance.required).toEqual(["title", "added"]);
    expect(guide.additionalProperties).toBe(false);
  });

  it("leave body out of the frontmatter schema", () => {
    expect(props(frontmatter).body).toBeUndefined();
    expect(frontmatter.required).toEqual(["source", "provenance", "summary"]);
    expect(frontmatter.additionalProperties).toBe(false);
  });

  it("target JSON Schema draft-07, which the VS Code YAML extension supports", () => {
    for (const schema of Object.values(schemas))
      expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
  });
});

describe("editor help", () => {
  /** Every property, at any depth, as [path, schema]. */
  function properties(schema: unknown, at = ""): [string, Json][] {
    if (Array.isArray(schema)) return schema.flatMap((s) => properties(s, at));
    if (schema === null || typeof schema !== "object") return [];
    const node = schema as Json;
    const own = Object.entries((node.properties ?? {}) as Record<string, Json>).flatMap(([key, value]) => [
      [`${at}.${key}`, value] as [string, Json],
      ...properties(value, `${at}.${key}`),
    ]);
    return [...own, ...properties(node.items, `${at}[]`), ...properties(node.anyOf, at)];
  }

  it.each(Object.keys(schemas))("%s has a title and a description on every field", (name) => {
    expect(schemas[name].title).toEqual(expect.any(String));
    const undescribed = properties(schemas[name])
      .filter(([, value]) => typeof value.description !== "string" || value.description === "")
      .map(([at]) => at);
    expect(undescribed, "add .meta(doc(…)) to these fields in lib/content/schema/").toEqual([]);
  });

  it("shows the content check's own message when a pattern does not match", () => {
    const source = props(schemas["guide.schema.json"]).source;
    expect(source.patternErrorMessage).toBe(
      "Use lower-case letters, digits and single hyphens, e.g. backend-developer",
    );
    const added = props(props(schemas["guide.schema.json"]).provenance).added;
    expect(added.patternErrorMessage).toBe("Use a date in the form YYYY-MM-DD");
  });
});

describe("VS Code wiring", () => {
  const settings = JSON.parse(readFileSync(path.join(root, ".vscode/settings.json"), "utf8")) as {
    "yaml.schemas": Record<string, string | string[]>;
  };
  const mapped = settings["yaml.schemas"];

  it("maps every YAML schema to its files, and only schemas that exist", () => {
    const names = Object.keys(mapped).map((key) => path.basename(key));
    expect(names.sort()).toEqual(
      Object.keys(files)
        .filter((f) => f !== "guide-frontmatter.schema.json")
        .sort(),
    );
    for (const key of Object.keys(mapped)) expect(existsSync(path.join(root, key)), key).toBe(true);
  });

  it("keeps career.yaml out of the guide schema", () => {
    const guideGlobs = mapped["./schemas/guide.schema.json"];
    expect(guideGlobs).toEqual(
      expect.arrayContaining(["content/careers/*/*.yaml", "!content/careers/*/career.yaml"]),
    );
  });

  it("has taxonomy modelines that point at the generated schemas", () => {
    for (const file of ["content/taxonomy/skills.yaml", "content/taxonomy/certifications.yaml"]) {
      const modeline = /^# yaml-language-server: \$schema=(\S+)$/m.exec(
        readFileSync(path.join(root, file), "utf8"),
      );
      expect(modeline, `${file} has no schema modeline`).not.toBeNull();
      expect(
        existsSync(path.resolve(root, path.dirname(file), modeline![1])),
        `${file}: ${modeline![1]}`,
      ).toBe(true);
    }
  });
});
