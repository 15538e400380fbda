// Every national catalog id is either implemented by a table (its `catalog:` list) or listed in
// coverage/national-not-implemented.yaml with a reason from the closed list — never both, never neither.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { loadTables } from "../src/io/load-tables.js";

const ROOT = join(import.meta.dirname, "..");
const REASONS = ["duplicate-of", "pays-government", "no-figure", "qualitative", "out-of-scope-recipient", "not-enterprise-tax", "out-of-scope"] as const;

const entrySchema = z
  .strictObject({ reason: z.enum(REASONS), duplicate_of: z.string().min(1).optional(), note: z.string().min(20) })
  .refine((e) => (e.reason === "duplicate-of") === (e.duplicate_of !== undefined), { message: "duplicate_of goes with duplicate-of only" });

const catalog = z
  .record(z.string(), z.record(z.string(), z.object({ jurisdiction: z.string() })))
  .parse(parse(readFileSync(join(ROOT, "coverage", "catalog-ids.yaml"), "utf8")));
const national = Object.values(catalog).flatMap((ids) => Object.entries(ids).filter(([, v]) => v.jurisdiction === "national").map(([id]) => id));
const notImplemented = z.record(z.string(), entrySchema).parse(parse(readFileSync(join(ROOT, "coverage", "national-not-implemented.yaml"), "utf8")));
const implementedBy = new Map<string, string>();
for (const table of loadTables(join(ROOT, "tables")).policies.values()) for (const id of table.catalog) implementedBy.set(id, table.id);

describe("national coverage", () => {
  it("the catalog snapshot has the national ids", () => {
    expect(national.length).toBe(79);
  });

  it("classifies every national id exactly once", () => {
    const problems = national.flatMap((id) => {
      const listed = notImplemented[id];
      const table = implementedBy.get(id);
      if (table && listed) return [`${id}: implemented by ${table} and listed as ${listed.reason}`];
      if (!table && !listed) return [`${id}: neither implemented nor listed`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it("lists only national catalog ids, and duplicates point at implemented ones", () => {
    const known = new Set(national);
    expect(Object.keys(notImplemented).filter((id) => !known.has(id))).toEqual([]);
    const dangling = Object.entries(notImplemented).filter(([, e]) => e.duplicate_of !== undefined && !implementedBy.has(e.duplicate_of));
    expect(dangling).toEqual([]);
  });
});
