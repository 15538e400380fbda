// The committed JSON Schemas (referenced by every YAML file's yaml-language-server line) match the code.
import { readFileSync } from "node:fs";
import { join } from "node:path";
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
