// The committed JSON Schemas (referenced by every YAML file's yaml-language-server line) match the code.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { SCHEMA_FILES } from "../src/cli/commands/schema-files.js";
import { jsonSchema } from "../src/cli/commands/schema.js";

describe("committed JSON Schemas", () => {
  for (const [name, file] of Object.entries(SCHEMA_FILES)) {
    it(`${file} is what \`incentive schema ${name}\` prints (regenerate: npm run schemas)`, () => {
      const committed = readFileSync(join(import.meta.dirname, "..", file), "utf8");
      expect(committed).toBe(jsonSchema(name as keyof typeof SCHEMA_FILES));
    });
  }
});

// Each YAML file names its schema on its first line, so editors validate as one types.
const ROOT = join(import.meta.dirname, "..");
const EXPECTED: [folder: string, file: string][] = [
  ["tables", SCHEMA_FILES.tables],
  ["fixtures/cases", SCHEMA_FILES.case],
  ["fixtures/companies", SCHEMA_FILES.company],
  ["fixtures/scenarios", SCHEMA_FILES.scenario],
];

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? yamlFiles(full) : name.endsWith(".yaml") ? [full] : [];
  });
}

describe("yaml-language-server lines", () => {
  for (const [folder, schema] of EXPECTED) {
    for (const file of yamlFiles(join(ROOT, folder))) {
      const expected = file.endsWith(join("tables", "documents.yaml")) ? SCHEMA_FILES.documents : schema;
      it(`${relative(ROOT, file)} → ${expected}`, () => {
        const first = readFileSync(file, "utf8").split("\n")[0] ?? "";
        const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
        expect(match, "first line names the schema").not.toBeNull();
        expect(resolve(dirname(file), match?.[1] ?? "")).toBe(join(ROOT, expected));
      });
    }
  }
});
