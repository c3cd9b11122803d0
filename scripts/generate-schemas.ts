/**
 * `npm run schemas`: writes the JSON Schemas generated from
 * lib/content/schema.ts into schemas/, for editor support in VS Code.
 * Also refreshes the issue-code table in CONTRIBUTING.md.
 * Run it after any change to the content model, and commit the result;
 * tests/unit/schemas.test.ts fails while the committed files are stale.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { issueCodeTable } from "../lib/content/issue-codes";
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

// CONTRIBUTING.md lists the issue codes between two markers; tests/unit/content-checks.test.ts fails while it is stale.
const contributing = path.join(process.cwd(), "CONTRIBUTING.md");
const before = readFileSync(contributing, "utf8");
const after = before.replace(
  /(<!-- issue-codes:start -->\n)[\s\S]*?(\n<!-- issue-codes:end -->)/,
  (_, start: string, end: string) => `${start}${issueCodeTable()}${end}`,
);
if (after !== before) {
  writeFileSync(contributing, after);
  console.log("  updated    CONTRIBUTING.md (issue codes)");
}
