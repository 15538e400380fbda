// `tables diff`: lists what changed between two table sets and replays the golden companies.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.js";

const TABLES = join(import.meta.dirname, "..", "tables");
const HNTE = join("national", "cit-hnte-rate.yaml");

function editedCopy(file: string, edit: (t: string) => string): string {
  const dir = join(mkdtempSync(join(tmpdir(), "incentive-diff-")), "tables");
  cpSync(TABLES, dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, "utf8");
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
  return dir;
}

// Each diff replays every golden case twice; on a shared, loaded machine that outgrows the 5 s default.
describe("tables diff between folders", { timeout: 60_000 }, () => {
  it("no change: nothing listed, nothing moved", async () => {
    const r = await runCli(["tables", "diff", TABLES, TABLES]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/0 change\(s\)/);
    expect(r.out).toMatch(/impact: 0 of \d+ golden companies and cases moved, 0 item\(s\)/);
  });

  it("one value changed: the change, and the golden companies that move with amounts before and after", async () => {
    const head = editedCopy(HNTE, (t) => t.replace("value: 15\n", "value: 12\n"));
    const r = await runCli(["tables", "diff", TABLES, head, "--format", "json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as {
      changes: { code: string; policy: string; parameter: string; date: string; before: string; after: string }[];
      impact: { movements: { subject: string; policy: string; before: { amount: string }; after: { amount: string }; delta: string; causes: string[] }[] };
    };
    expect(report.changes).toEqual([expect.objectContaining({ code: "changed-value", policy: "cit-hnte-rate", parameter: "rate", date: "2008-01-01", before: "15%", after: "12%" })]);
    // Shijiazhuang example: 2600万 − 60万 ordinary loss = 2540万; less R&D (900万 + 40万) × 75% = 705万,
    // equipment (420万 − 22.17万) + (85万 − 2.69万) = 480.14万, education (150万 + 20万 carried = 170万 spent)
    // min(170万, 2400万 × 8%) − min(170万, 2400万 × 2.5%) = 170万 − 60万 = 110万: 2540 − 705 − 480.14 − 110 = 1244.86万 = 12,448,600;
    // saving 25% − 15% = 10% → 1,244,860.00; at 12% the saving is 13% → 1,618,318.00 (+373,458.00).
    const sjz = report.impact.movements.find((m) => m.subject.endsWith("shijiazhuang-hnte-2018.yaml"));
    expect(sjz).toMatchObject({ policy: "cit-hnte-rate", before: { amount: "1244860.00" }, after: { amount: "1618318.00" }, delta: "373458.00", causes: ["cit-hnte-rate.rate"] });
    // Golden case "certificate covering the whole year": 500万 × 10% = 500,000 → 500万 × 13% = 650,000.
    const golden = report.impact.movements.find((m) => m.subject.includes("certificate covering the whole year"));
    expect(golden).toMatchObject({ before: { amount: "500000.00" }, after: { amount: "650000.00" }, delta: "150000.00" });
    // Companies without the high-tech rate do not move.
    expect(report.impact.movements.every((m) => m.policy === "cit-hnte-rate")).toBe(true);
  });

  it("markdown for a pull request, and --fail-on", async () => {
    const head = editedCopy(HNTE, (t) => t.replace("value: 15\n", "value: 12\n"));
    const r = await runCli(["tables", "diff", TABLES, head, "--format", "md", "--fail-on", "removed-citation,changed-value"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("| changed-value | cit-hnte-rate · rate · 2008-01-01 | 15% | 12% |");
    expect(r.out).toMatch(/\| fixtures\/companies\/shijiazhuang-hnte-2018\.yaml \| 2018-01-01\.\.2018-12-31 \| .*\(cit-hnte-rate\) \| 1,244,860\.00 \(适用\) \| 1,618,318\.00 \(适用\) \| \+373,458\.00 \| cit-hnte-rate\.rate \|/);
    expect(r.err).toContain("changed-value (--fail-on)");
    const bad = await runCli(["tables", "diff", TABLES, head, "--fail-on", "changed-valu"]);
    expect(bad.code).toBe(2);
  });

  it("a removed dated value is a removed value and a removed citation; an ending removed revives the measure", async () => {
    // The unemployment-insurance cut ends on 2018-05-01 (rate: null); without the ending it would run on.
    const head = editedCopy(join("national", "si-unemployment-rate-cut.yaml"), (t) => t.replace(/ {6}2018-05-01:\n {8}value: null\n(?: {8}.*\n)+/, ""));
    const r = await runCli(["tables", "diff", TABLES, head, "--format", "json", "--fail-on", "removed-citation"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as { changes: { code: string; parameter: string; date: string }[]; impact: { movements: { subject: string; before: { status: string }; after: { status: string } }[] } };
    expect(report.changes.map((c) => `${c.code} ${c.parameter} ${c.date}`)).toEqual(["removed-value rate 2018-05-01", "removed-citation rate 2018-05-01"]);
    // The golden case for 2019 ("after 2018-04-30 the text gives no rate") is no longer out of force.
    const revived = report.impact.movements.find((m) => m.subject.includes("after 2018-04-30 the text gives no rate"));
    expect(revived?.before.status).toBe("not-in-force");
    expect(revived?.after.status).toBe("applied");
  });
});

describe("tables diff between git revisions", { timeout: 60_000 }, () => {
  it("compares HEAD~1 with HEAD of the repository holding the tables", async () => {
    const repo = mkdtempSync(join(tmpdir(), "incentive-repo-"));
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: repo, stdio: "pipe" });
    git("init", "-q");
    cpSync(TABLES, join(repo, "tables"), { recursive: true });
    git("add", ".");
    git("commit", "-qm", "base");
    const file = join(repo, "tables", HNTE);
    writeFileSync(file, readFileSync(file, "utf8").replace("value: 15\n", "value: 12\n"));
    git("commit", "-qam", "head");
    const r = await runCli(["tables", "diff", "HEAD~1", "HEAD", "--tables", join(repo, "tables")]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^tables HEAD~1:tables → HEAD:tables: 1 change\(s\)\n {2}changed-value {6}cit-hnte-rate · rate · 2008-01-01: 15% → 12%/);
    const notRev = await runCli(["tables", "diff", "no-such-rev", "HEAD", "--tables", join(repo, "tables")]);
    expect(notRev.code).toBe(2);
    expect(notRev.err).toMatch(/"no-such-rev" is neither a folder nor a git revision/);
  });
});

describe("tables diff of dates", { timeout: 60_000 }, () => {
  it("a value moved to another date is one changed-date, and the items around the dates move", async () => {
    // The unemployment-insurance cut ends on 2018-05-01; moving the ending to 2018-03-01 ends it two months early.
    const head = editedCopy(join("national", "si-unemployment-rate-cut.yaml"), (t) => t.replace("      2018-05-01:\n        value: null\n", "      2018-03-01:\n        value: null\n"));
    const r = await runCli(["tables", "diff", TABLES, head, "--format", "json"]);
    const report = JSON.parse(r.out) as {
      changes: { code: string; parameter: string; before: string; after: string }[];
      impact: { movements: { subject: string; before: { status: string; amount: string }; after: { status: string; amount: string }; causes: string[] }[] };
    };
    expect(report.changes).toEqual([expect.objectContaining({ code: "changed-date", parameter: "rate", before: "2018-05-01: null (ends)", after: "2018-03-01: null (ends)" })]);
    // Golden case "a 2018 annual base is split": 3,650,000 over 365 days; Jan–Apr (120 days) × 0.5% = 6,000.00
    // before; Jan–Feb (31 + 28 = 59 days) after: 3,650,000 × 59/365 = 590,000 × 0.5% = 2,950.00.
    const split = report.impact.movements.find((m) => m.subject.includes("a 2018 annual base is split at 2018-05-01"));
    expect(split).toMatchObject({ before: { status: "applied", amount: "6000.00" }, after: { status: "applied", amount: "2950.00" }, causes: ["si-unemployment-rate-cut.rate"] });
    // A 2017 case, wholly inside both windows, does not move.
    expect(report.impact.movements.some((m) => m.subject.includes("a whole year inside the window"))).toBe(false);
  });
});

describe("tables diff: the Jiaozuo R&D cap (the issue's example)", () => {
  it("raising the yearly cap 200万 → 300万 moves the capped golden case and nothing else", async () => {
    const head = editedCopy(join("jiaozuo", "jz-rd-increase-subsidy.yaml"), (t) => t.replace(/(yearly_cap:\n(?:.*\n)*? {8}value: )200\n/, "$1300\n"));
    const r = await runCli(["tables", "diff", TABLES, head, "--format", "json"]);
    const report = JSON.parse(r.out) as {
      changes: { code: string; policy: string; parameter: string; before: string; after: string }[];
      impact: { movements: { subject: string; before: { status: string; amount: string }; after: { status: string; amount: string }; delta: string }[] };
    };
    expect(report.changes).toEqual([expect.objectContaining({ code: "changed-value", policy: "jz-rd-increase-subsidy", parameter: "yearly_cap", before: "200万元", after: "300万元" })]);
    // The golden case "an increase of 1500万 is capped at 200万": 1500万 × 20% = 300万 → capped at 200万;
    // with a 300万 cap it is paid in full: 3,000,000.00 (+1,000,000.00). The example company's 160万 is below both caps.
    expect(report.impact.movements).toEqual([
      expect.objectContaining({
        subject: expect.stringContaining("an increase of 1500万 is capped at 200万"),
        before: { status: "capped", amount: "2000000.00" },
        after: { status: "applied", amount: "3000000.00" },
        delta: "1000000.00",
      }),
    ]);
  });
});
