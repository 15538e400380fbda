// The coverage manifest is complete and honest: every catalog id is implemented by a table or listed
// with a reason from the closed list, never both, and no table or list names an id the catalog lacks.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCoverage } from "../src/coverage/manifest.js";
import { loadCoverageFiles } from "../src/io/load-coverage.js";
import { loadTables } from "../src/io/load-tables.js";
import { runCli } from "./helpers/cli.js";

const ROOT = join(import.meta.dirname, "..");
const tables = loadTables(join(ROOT, "tables"));
const { catalog, notImplemented } = loadCoverageFiles(join(ROOT, "coverage"));

describe("coverage manifest", () => {
  it("has no gaps, no id listed both ways, no unknown ids", () => {
    expect(buildCoverage(catalog, tables, notImplemented).problems).toEqual([]);
  });

  it("gives every catalog id a row", () => {
    const total = Object.values(catalog).reduce((n, ids) => n + Object.keys(ids).length, 0);
    expect(buildCoverage(catalog, tables, notImplemented).rows).toHaveLength(total);
  });

  it("reports a missing id, an id listed both ways and an unknown id", () => {
    const [someImplemented] = [...tables.policies.values()].flatMap((t) => t.catalog);
    const [someListed] = Object.keys(notImplemented);
    if (!someImplemented || !someListed) throw new Error("fixture needs an implemented and a listed id");
    const { [someListed]: _dropped, ...withoutOne } = notImplemented;
    expect(buildCoverage(catalog, tables, withoutOne).problems).toEqual([`${someListed}: neither implemented by a table nor listed in coverage/not-implemented.yaml`]);
    const both = { ...notImplemented, [someImplemented]: { reason: "no-figure" as const, note: "x" } };
    expect(buildCoverage(catalog, tables, both).problems.some((p) => p.startsWith(`${someImplemented}: implemented by`))).toBe(true);
    const unknown = { ...notImplemented, "no-such-id": { reason: "qualitative" as const, note: "x" } };
    expect(buildCoverage(catalog, tables, unknown).problems).toContain("no-such-id: listed in not-implemented.yaml but not in the catalog");
  });

  it("reports a duplicate pointing at an id no table implements", () => {
    const [a, b] = Object.keys(notImplemented);
    if (!a || !b) throw new Error("fixture needs two listed ids");
    const bad = { ...notImplemented, [a]: { reason: "duplicate-of" as const, of: b, note: "x" } };
    expect(buildCoverage(catalog, tables, bad).problems).toContain(`${a}: duplicate of ${b}, which no table implements`);
  });

  const catalogDir = join(ROOT, "..", "shared", "catalog");
  it.skipIf(!existsSync(catalogDir))("matches the ids of ../shared/catalog, file by file", () => {
    const files = readdirSync(catalogDir).filter((f) => f.endsWith(".md") && f !== "README.md" && f !== "FORMAT.md");
    const fromCatalog: Record<string, string[]> = {};
    for (const f of files) {
      const ids = [...readFileSync(join(catalogDir, f), "utf8").matchAll(/^### ([a-z0-9][a-z0-9-]*) —/gm)].map((m) => m[1] ?? "");
      fromCatalog[f.replace(/\.md$/, "")] = ids.sort();
    }
    const snapshot = Object.fromEntries(Object.entries(catalog).map(([f, ids]) => [f, Object.keys(ids).sort()]));
    expect(snapshot).toEqual(fromCatalog);
  });

  it("`incentive policies --coverage --format json` lists every id and exits 0", async () => {
    const { code, out } = await runCli(["policies", "--coverage", "--format", "json"]);
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { rows: { id: string; table?: string; reason?: string }[] };
    const ids = new Set(parsed.rows.map((r) => r.id));
    for (const ids0 of Object.values(catalog)) for (const id of Object.keys(ids0)) expect(ids.has(id)).toBe(true);
    expect(parsed.rows.every((r) => (r.table === undefined) !== (r.reason === undefined))).toBe(true);
  });
});
