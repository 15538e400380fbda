// `incentive test`: runs golden cases, filters them, reports a readable diff and JUnit, exit 1 on a mismatch.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "incentive-test-"));

// 500万 taxable income, high-tech all year: baseline 500万 × 25% = 125万; at 15% = 75万; saving 50万.
const HNTE_COMPANY = `
      name: 高新样例
      region: other
      qualifications: { hnte: [{ from: 2018-01-01, to: 2020-12-31 }] }
      income_tax: { taxable_income_before_incentives: 500万 }`;

function caseFile(name: string, body: string): string {
  const file = join(dir, name);
  writeFileSync(file, body);
  return file;
}

describe("incentive test", () => {
  it("runs every shipped golden case and passes", async () => {
    const r = await runCli(["test"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^(\d+) cases in \d+ files: \1 passed, 0 failed\n$/);
  });

  it("a wrong expectation fails with expected and actual, the case's line, and exit 1", async () => {
    const file = caseFile(
      "wrong.yaml",
      `policy: cit-hnte-rate\ncases:\n  - name: deliberately wrong\n    period: 2018\n    company:${HNTE_COMPANY}\n    expect:\n      cit-hnte-rate: { status: applied, amount: "400000.00" }\n`,
    );
    const r = await runCli(["test", file]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("wrong.yaml:3 deliberately wrong");
    expect(r.err).toContain("    cit-hnte-rate.amount\n      expected: 400000.00\n      actual:   500000.00\n");
    expect(r.out).toContain("1 cases in 1 files: 0 passed, 1 failed");
  });

  it("reasons_exclude fails when a reason contains the text, naming the reason", async () => {
    const file = caseFile(
      "exclude.yaml",
      `policy: cit-hnte-rate\ncases:\n  - name: no reason may mention 15%\n    period: 2018\n    company:${HNTE_COMPANY}\n    expect:\n      cit-hnte-rate: { status: applied, amount: "500000.00", reasons_exclude: ["15%", "nowhere"] }\n`,
    );
    const r = await runCli(["test", file]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("exclude.yaml:3 no reason may mention 15%");
    expect(r.err).toMatch(/ {4}cit-hnte-rate\.reasons\n {6}expected: not to include "15%"\n {6}actual: {3}.*15%/);
    expect(r.err).not.toContain('not to include "nowhere"');
  });

  it("a case in a year before the tables fails as that, not as a crash", async () => {
    const file = caseFile("early.yaml", `policy: cit-hnte-rate\ncases:\n  - name: before the income-tax law\n    period: 2005\n    company:${HNTE_COMPANY}\n    expect:\n      cit-hnte-rate: { status: applied }\n`);
    const r = await runCli(["test", file]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("early.yaml:3 before the income-tax law");
    expect(r.err).toContain("    period\n      expected: a tax year the tables cover\n      actual:   no tables for tax year 2005: they begin with 2008 (general-law.cit_standard_rate from 2008-01-01)\n");
  });

  it("JUnit XML carries the failure", async () => {
    const file = caseFile(
      "junit.yaml",
      `policy: cit-hnte-rate\ncases:\n  - name: right\n    period: 2018\n    company:${HNTE_COMPANY}\n    expect:\n      cit-hnte-rate: { status: applied, amount: "500000.00" }\n  - name: wrong status\n    period: 2018\n    company:${HNTE_COMPANY}\n    expect:\n      cit-hnte-rate: { status: capped }\n`,
    );
    const r = await runCli(["test", file, "--reporter", "junit"]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/<testsuites name="incentive golden cases" tests="2" failures="1">/);
    expect(r.out).toMatch(/<testcase [^>]*name="right"[^>]*line="3"\/>/);
    expect(r.out).toMatch(/<testcase [^>]*name="wrong status"[^>]*>\n\s*<failure message="cit-hnte-rate.status\n\s+expected: capped\n\s+actual: {3}applied/);
  });

  it("filters by policy and by name", async () => {
    const byPolicy = await runCli(["test", "--policy", "vat-small-scale-conversion-2018"]);
    const all = await runCli(["test"]);
    const count = (out: string) => Number(/^(\d+) cases/.exec(out)?.[1]);
    expect(byPolicy.code).toBe(0);
    expect(count(byPolicy.out)).toBeGreaterThan(0);
    expect(count(byPolicy.out)).toBeLessThan(count(all.out));
    const none = await runCli(["test", "--grep", "no case is named like this"]);
    expect(none.code).toBe(2);
  });

  it("reads the company from a file and applies parameter overrides", async () => {
    const company = join(dir, "company.yaml");
    writeFileSync(company, `name: 高新样例\nregion: other\nqualifications: { hnte: [{ from: 2018-01-01, to: 2020-12-31 }] }\nincome_tax: { taxable_income_before_incentives: 500万 }\n`);
    // With the high-tech rate overridden to 10%: 500万 × (25% − 10%) = 75万.
    const file = caseFile(
      "override.yaml",
      `policy: cit-hnte-rate\ncases:\n  - name: what if the rate were 10%\n    period: 2018\n    company_file: company.yaml\n    overrides:\n      cit-hnte-rate:\n        rate:\n          values:\n            2008-01-01: { value: 10 }\n    expect:\n      cit-hnte-rate: { status: applied, amount: "750000.00" }\n`,
    );
    const r = await runCli(["test", file]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
  });

  it("a broken case file is bad input with file:line (exit 65)", async () => {
    const file = caseFile("broken.yaml", `policy: cit-hnte-rate\ncases:\n  - name: no company\n    period: 2018\n    expect: {}\n`);
    const r = await runCli(["test", file]);
    expect(r.code).toBe(65);
    expect(r.err).toMatch(/broken\.yaml:3:\d+ cases\.0: give exactly one of company and company_file/);
  });
});
