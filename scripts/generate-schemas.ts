/**
 * `npm run schemas`: writes the JSON Schemas generated from the content model
 * (lib/content/schema/) into schemas/, for editor support in VS Code, and
 * refreshes CONTRIBUTING.md's field tables (from each field's `.meta()`) and
 * issue-code table.
 * Run it after any change to the content model, and commit the result;
 * tests/unit/schemas.test.ts fails while the committed files are stale.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { refreshContributing } from "../lib/content/contributing";
import { renderJsonSchemaFiles, SCHEMAS_DIR } from "../lib/content/json-schema";

const dir = path.join(process.cwd(), SCHEMAS_DIR);
mkdirSync(dir, { recursive: true });
const files = renderJsonSchemaFiles();

for (const [name, text] of Object.entries(files)) {
  const file = path.join(dir, name);
  let current: string | undefined;
  try {
    current = readFileSync(file, "utf8");
  } catch {
    current = undefined;
  }
  if (current === text) {
    console.log(`  unchanged  ${SCHEMAS_DIR}/${name}`);
  } else {
    writeFileSync(file, text);
    console.log(`  ${current === undefined ? "created" : "updated"}    ${SCHEMAS_DIR}/${name}`);
  }
}

// A schema no longer generated would mislead the editor: remove it.
for (const name of readdirSync(dir)) {
  if (name.endsWith(".schema.json") && !(name in files)) {
    rmSync(path.join(dir, name));
    console.log(`  removed    ${SCHEMAS_DIR}/${name}`);
  }
}

// CONTRIBUTING.md's field tables and issue codes are generated too; tests/unit/schemas.test.ts fails while they are stale.
const contributing = path.join(process.cwd(), "CONTRIBUTING.md");
const before = readFileSync(contributing, "utf8");
const after = refreshContributing(before);
if (after !== before) {
  writeFileSync(contributing, after);
  console.log("  updated    CONTRIBUTING.md (field tables, issue codes)");
} else {
  console.log("  unchanged  CONTRIBUTING.md (field tables, issue codes)");
}
