// `tables check` passes on the repository's tables and fails, precisely, on each kind of breakage.
// Broken fixtures are copies of tables/ with one edit; the source texts are stand-ins built from
// the unedited tables' quotes, so the quote checks run without ../shared.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTables } from "../src/io/load-tables.js";
import { runCli } from "./helpers/cli.js";

const TABLES = join(import.meta.dirname, "..", "tables");
const SEEDS = join(import.meta.dirname, "..", "..", "shared", "seeds");
const TODAY = ["--today", "2026-11-23"];

/** A sources folder (seeds/ + reference/) whose files hold every quote the real tables cite. */
function standInSources(root: string): string {
  const byFile = new Map<string, string[]>();
  const add = (source: string, quote: string) => byFile.set(source, [...(byFile.get(source) ?? []), quote]);
  const tables = loadTables(TABLES);
  for (const table of tables.policies.values()) {
    for (const p of table.parameters.values()) for (const e of p.entries) add(e.cite.document.source, e.cite.quote);
    for (const rule of table.award?.rules ?? []) {
      const source = rule.cite ? tables.documents.get(rule.cite.document)?.source : undefined;
      if (source && rule.quote) add(source, rule.quote);
    }
    for (const b of table.basis ?? []) add(b.document.source, b.quote);
  }
  for (const doc of tables.documents.values()) if (doc.valid?.quote) add(doc.source, doc.valid.quote);
  for (const [source, quotes] of byFile) {
    const file = source.startsWith("seeds/") ? join(root, "seeds", source.slice(6)) : join(root, source);
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, quotes.join("\n"));
  }
  return join(root, "seeds");
}

/** Copies tables/, applies `edit` to one file, runs `tables check` on the copy. */
async function checkBroken(file: string, edit: (text: string) => string, extra: string[] = []) {
  const root = mkdtempSync(join(tmpdir(), "incentive-check-"));
  const copy = join(root, "tables");
  cpSync(TABLES, copy, { recursive: true });
  const sources = standInSources(root);
  const target = join(copy, file);
  const before = readFileSync(target, "utf8");
  const after = edit(before);
  expect(after, "the edit must change the file").not.toBe(before);
  writeFileSync(target, after);
  return { target, ...(await runCli(["tables", "check", copy, "--sources", sources, ...TODAY, ...extra])) };
}

describe("tables check on the repository", () => {
  it("passes with the stand-in sources (every quote and value checked)", async () => {
    const root = mkdtempSync(join(tmpdir(), "incentive-check-"));
    const r = await runCli(["tables", "check", TABLES, "--sources", standInSources(root), ...TODAY]);
    expect(r.err).not.toMatch(/\berror\b/);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/0 error\(s\).*\d+ quotes checked/);
  });

  it.skipIf(!existsSync(SEEDS))("passes against the real seed texts in ../shared/seeds", async () => {
    const r = await runCli(["tables", "check", TABLES, "--sources", SEEDS, ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/0 error\(s\)/);
  });
});

describe("tables check on broken tables", () => {
  const HNTE = join("national", "cit-hnte-rate.yaml");
  const TRAINING = join("national", "cit-ic-software-training-deduction.yaml");

  it("a missing citation", async () => {
    const r = await checkBroken(HNTE, (t) => t.replace("        cite: { document: cit-law, article: 第二十八条 }\n", ""));
    expect(r.code).toBe(1);
    // line 21 is the entry `2008-01-01:` that lacks its cite
    expect(r.err).toContain(`${r.target}:21:7: error [schema] parameters.rate.values.2008-01-01.cite: required: expected object`);
  });

  it("a quote that is not in the source", async () => {
    const r = await checkBroken(HNTE, (t) => t.replace("减按15%的税率征收企业所得税", "减按15%的税率征收所得税"));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${r.target}:21:7: error [quote-not-in-source] parameters.rate.values.2008-01-01.quote: quote not found in reference/`);
  });

  it("a value that its quote does not state", async () => {
    const r = await checkBroken(HNTE, (t) => t.replace("value: 15", "value: 16"));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${r.target}:21:7: error [value-not-in-quote] parameters.rate.values.2008-01-01.value: the value 16% is not stated in its quote`);
  });

  it("overlapping dates: a value dated before the one above it", async () => {
    const r = await checkBroken(join("national", "vat-small-scale-exemption.yaml"), (t) => t.replace("      2019-01-01:\n        value: null", "      2017-06-01:\n        value: null"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/vat-small-scale-exemption\.yaml:\d+:\d+: error \[schema\] parameters\.monthly_limit\.values\.2017-06-01: dates must ascend: 2017-06-01 comes after 2018-01-01/);
  });

  it("the same date twice", async () => {
    const r = await checkBroken(join("national", "vat-small-scale-exemption.yaml"), (t) => t.replace("      2019-01-01:\n        value: null", "      2018-01-01:\n        value: null"));
    expect(r.code).toBe(1);
    // line 46 holds the second 2018-01-01 of monthly_limit
    expect(r.err).toMatch(/vat-small-scale-exemption\.yaml:46:7: error \[schema\] malformed YAML: Map keys must be unique/);
  });

  it("an unknown unit, with the closed set", async () => {
    const r = await checkBroken(HNTE, (t) => t.replace('unit: "%"', "unit: percent"));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${r.target}:18:5: error [schema] parameters.rate.unit: expected one of "元", "万元", "亿元", "%", "‰", "‱", "ratio", "years", "months", "count", found "percent"`);
  });

  it("an unknown key, with a suggestion", async () => {
    const r = await checkBroken(HNTE, (t) => t.replace("        quote: 国家", "        qoute: 国家"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/unknown key "qoute" \(did you mean "quote"\?\)/);
  });

  it("an unused parameter", async () => {
    const extra = ["  spare_rate:", '    unit: "%"', "    description: { zh: 备用, en: spare }", "    values:", "      2008-01-01:", "        value: 15", "        cite: { document: cit-law, article: 第二十八条 }", "        quote: 国家需要重点扶持的高新技术企业，减按15%的税率征收企业所得税", ""].join("\n");
    const r = await checkBroken(HNTE, (t) => `${t.trimEnd()}\n${extra}`);
    expect(r.code).toBe(1);
    // the file's 24 lines, then spare_rate on line 25
    expect(r.err).toContain(`${r.target}:25:3: error [unused-parameter] parameters.spare_rate: no policy reads parameter "spare_rate"`);
  });

  it("per-title ceilings keyed by something that is not an event title", async () => {
    const talent = join("hebei", "hebei-specialty-design-talent-introduction-subsidy.yaml");
    const r = await checkBroken(talent, (t) => t.replace("design-talent-parttime: part_time", "design-talent-part: part_time"));
    expect(r.code).toBe(1);
    expect(r.err).toContain("award.ceilings: ceilings are keyed by event titles");
  });

  it("a parameter the code reads but the table lacks", async () => {
    const r = await checkBroken(HNTE, (t) => t.replace("  rate:\n", "  rates:\n"));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`error [missing-parameter] parameters.rate: the code reads parameter "rate", which the table does not define`);
    expect(r.err).toContain(`error [unused-parameter] parameters.rates`);
  });

  it("a figure-less basis quote that is not in the source, and its unknown document", async () => {
    const r = await checkBroken(TRAINING, (t) => t.replace("按实际发生额在计算", "按实际发生额计算"));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${r.target}: error [quote-not-in-source] basis.0.quote: quote not found in seeds/`);
    const d = await checkBroken(TRAINING, (t) => t.replace("document: shizhengfa-2017-7,", "document: shizhengfa-2017-8,"));
    expect(d.code).toBe(1);
    expect(d.err).toMatch(/error \[schema\] basis\.0\.cite\.document: unknown document "shizhengfa-2017-8" \(did you mean "shizhengfa-2017-7"\?\)/);
  });

  it("a table with neither parameters nor basis cites nothing", async () => {
    const r = await checkBroken(TRAINING, (t) => t.replace(/\nbasis:\n[\s\S]*$/, "\n"));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${r.target}:1:1: error [nothing-cited] parameters: policy "cit-ic-software-training-deduction" has no parameters and no basis`);
  });

  it("an unknown document key, with a suggestion", async () => {
    const r = await checkBroken(HNTE, (t) => t.replace("document: cit-law", "document: cit-lwa"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/unknown document "cit-lwa" \(did you mean "cit-law"\?\)/);
  });

  it("two endings in a row", async () => {
    const r = await checkBroken(join("national", "vat-small-scale-exemption.yaml"), (t) =>
      t.replace(/( {6}2019-01-01:\n {8}value: null\n(?: {8}.*\n)+?)( {2}quarterly_limit:)/, (_m, block: string, next: string) => `${block}${block.replace("2019-01-01", "2022-01-01")}${next}`),
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/error \[double-ending\] parameters\.monthly_limit\.values\.2022-01-01: the parameter already ended on 2019-01-01/);
  });
});

describe("tables check output formats", () => {
  it("github: workflow annotations with file and line", async () => {
    const r = await checkBroken(join("national", "cit-hnte-rate.yaml"), (t) => t.replace("value: 15", "value: 16"), ["--format", "github"]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^::error file=[^/].*cit-hnte-rate\.yaml,line=21,col=7,title=value-not-in-quote::parameters\.rate\.values\.2008-01-01\.value: the value 16%25 is not stated/m);
    expect(r.out).toMatch(/^::warning file=.*,title=review-due::/m);
  });

  it("json: every finding with severity, code, location and path", async () => {
    const r = await checkBroken(join("national", "cit-hnte-rate.yaml"), (t) => t.replace("value: 15", "value: 16"), ["--format", "json"]);
    const report = JSON.parse(r.out) as { ok: boolean; findings: { severity: string; code: string; path: string; location: { line: number } }[] };
    expect(report.ok).toBe(false);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([
      expect.objectContaining({ code: "value-not-in-quote", path: "parameters.rate.values.2008-01-01.value", location: expect.objectContaining({ line: 21 }) }),
    ]);
  });

  it("review age: warnings for open measures, none with a recent `reviewed` date; --strict fails on them", async () => {
    const base = await checkBroken(join("national", "cit-hnte-rate.yaml"), (t) => t.replace("    unit: \"%\"\n", '    unit: "%"\n    reviewed: 2026-01-05\n'), ["--format", "json", "--strict"]);
    const report = JSON.parse(base.out) as { findings: { code: string; location: { file: string } }[] };
    expect(report.findings.some((f) => f.code === "review-due" && f.location.file.endsWith("cit-hnte-rate.yaml"))).toBe(false);
    expect(report.findings.some((f) => f.code === "review-due")).toBe(true);
    expect(base.code).toBe(1);
  });
});
