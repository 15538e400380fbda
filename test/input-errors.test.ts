// Bad input never crashes: each case gets file:line:col, the field path, what was expected and found, exit 65.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "incentive-input-"));
const HEADER = "name: 测试\nregion: other\ntax_year: 2018\n";

async function calcWith(name: string, text: string) {
  const file = join(dir, name);
  writeFileSync(file, text);
  return { file, ...(await runCli(["calc", file, "--format", "json"])) };
}

describe("bad company input", () => {
  it("malformed YAML points at the line", async () => {
    const r = await calcWith("malformed.yaml", `${HEADER}income_tax: [1, 2\n`);
    expect(r.code).toBe(65);
    expect(r.err).toMatch(/malformed\.yaml:\d+:\d+: malformed YAML/);
    expect(r.out).toBe("");
  });

  it("malformed JSON points at the line", async () => {
    const r = await calcWith("bad.json", '{"name": "x", "region": "other",\n "tax_year": }');
    expect(r.code).toBe(65);
    expect(r.err).toMatch(/bad\.json:2:\d+: malformed JSON/);
  });

  it("an unreadable amount names the path, what was expected and what was found", async () => {
    const r = await calcWith("amount.yaml", `${HEADER}income_tax:\n  rd:\n    expensed: 三千万\n`);
    expect(r.code).toBe(65);
    expect(r.err).toContain("amount.yaml:6:5 income_tax.rd.expensed: expected an amount such as 3000万");
    expect(r.err).toContain('found "三千万"');
  });

  it("a wrong type names expected and found", async () => {
    const r = await calcWith("type.yaml", `${HEADER}industry:\n  industrial: yes-please\n`);
    expect(r.code).toBe(65);
    expect(r.err).toMatch(/type\.yaml:5:3 industry\.industrial: expected boolean, found "yes-please"/);
  });

  it("negative amounts are rejected where none can be negative", async () => {
    const r = await calcWith("negative.yaml", `${HEADER}income_tax:\n  payroll: -5万\n`);
    expect(r.code).toBe(65);
    expect(r.err).toMatch(/negative\.yaml:5:3 income_tax\.payroll: expected an amount of zero or more/);
  });

  it("a negative zero, as spreadsheets write it, is zero; a negative fen is not", async () => {
    // payroll 0 and education expense 0: the 8% limit is 0 × 8% = 0, nothing to deduct
    const zero = await calcWith("negative-zero.yaml", `${HEADER}income_tax:\n  payroll: "-0.00"\n  staff_education: { expense: "-0" }\n`);
    expect(zero.code).toBe(0);
    const fen = await calcWith("negative-fen.yaml", `${HEADER}income_tax:\n  payroll: "-0.01"\n`);
    expect(fen.code).toBe(65);
    expect(fen.err).toMatch(/income_tax\.payroll: expected an amount of zero or more/);
  });

  it("training costs larger than the education expense they are part of are rejected", async () => {
    const r = await calcWith("training.yaml", `${HEADER}income_tax:\n  staff_education: { expense: 10万, training_expense: 20万 }\n`);
    expect(r.code).toBe(65);
    expect(r.err).toMatch(/training\.yaml:\d+:\d+ income_tax\.staff_education\.training_expense: training_expense is a part of expense/);
  });

  it("impossible dates are rejected", async () => {
    const r = await calcWith("date.yaml", `${HEADER}income_tax:\n  equipment:\n    - { name: a, purchased: 2018-02-30, unit_value: 1万 }\n`);
    expect(r.code).toBe(65);
    expect(r.err).toContain("income_tax.equipment.0.purchased: expected a real date written YYYY-MM-DD");
    expect(r.err).toContain('found "2018-02-30"');
  });

  it("unknown keys get a did-you-mean", async () => {
    const r = await calcWith("unknown.yaml", `${HEADER}income_tax:\n  taxable_incme_before_incentives: 100万\n`);
    expect(r.code).toBe(65);
    expect(r.err).toMatch(/unknown\.yaml:5:3 income_tax\.taxable_incme_before_incentives: unknown key .*did you mean "taxable_income_before_incentives"/);
  });

  it("unknown regions get a suggestion", async () => {
    const r = await calcWith("region.yaml", "name: x\nregion: hebei/shijazhuang\ntax_year: 2018\n");
    expect(r.code).toBe(65);
    expect(r.err).toContain("region.yaml:2:1 region: expected one of");
    expect(r.err).toContain('did you mean "hebei/shijiazhuang"');
  });

  it("duplicate keys are an error", async () => {
    const r = await calcWith("dup.yaml", `${HEADER}name: 再来\n`);
    expect(r.code).toBe(65);
    expect(r.err).toMatch(/dup\.yaml:4:1: malformed YAML: Map keys must be unique/);
  });

  it("alias bombs are refused without expanding them", async () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 0; i < 20; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`);
    const r = await calcWith("bomb.yaml", `${HEADER}${bomb.join("\n")}\n`);
    expect(r.code).toBe(65);
    expect(r.err).toContain("YAML aliases (*name) are not accepted");
  });

  it("__proto__ keys are refused", async () => {
    const r = await calcWith("proto.yaml", `${HEADER}__proto__: { polluted: true }\n`);
    expect(r.code).toBe(65);
    expect(r.err).toContain('proto.yaml:4:1 __proto__: the key "__proto__" is not allowed');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a tax year before the tables is an input error, not a crash (the 企业所得税法 and the general-law table begin 2008-01-01)", async () => {
    const r = await calcWith("before.yaml", "name: 测试\nregion: other\ntax_year: 2005\n");
    expect(r.code).toBe(65);
    expect(r.err).toContain("before.yaml:3:1 tax_year: no tables for tax year 2005: they begin with 2008 (general-law.cit_standard_rate from 2008-01-01)");
    const byOption = await runCli(["calc", join(dir, "before.yaml"), "--year", "2007"]);
    expect(byOption.code).toBe(2);
    expect(byOption.err).toContain("--year: no tables for tax year 2007: they begin with 2008");
    // 2008 itself is priced: the first year of the law.
    expect((await runCli(["calc", join(dir, "before.yaml"), "--year", "2008", "--format", "json"])).code).toBe(0);
  });

  it("a span that ends before it begins shows both dates", async () => {
    const r = await calcWith("span.yaml", `${HEADER}qualifications:\n  hnte:\n    - { from: 2021-03-15, to: 2019-12-31 }\n`);
    expect(r.code).toBe(65);
    expect(r.err).toContain('span.yaml:6:7 qualifications.hnte.0: expected from ≤ to, found from "2021-03-15" and to "2019-12-31"');
  });

  it("an amount longer than the calculation keeps exact is refused, and one at the limit is exact to the fen", async () => {
    const long = await calcWith("long.yaml", `${HEADER}income_tax:\n  taxable_income_before_incentives: 9999999999999999999999999999999999999999\n`);
    expect(long.code).toBe(65);
    expect(long.err).toContain('long.yaml:5:3 income_tax.taxable_income_before_incentives: expected an amount of at most 20 significant digits (exact to the fen up to 10^18 yuan), found "9999999999999999999999999999999999999999"');
    // 20 digits: 9,999,999,999,999,999.99 less R&D 1.2亿 × 75% = 9000万 (财税〔2018〕99号) leaves 9,999,999,909,999,999.99;
    // tax at 25%: 2,499,999,977,499,999.9975 → 2,499,999,977,500,000.00 (half-up); baseline 2,499,999,999,999,999.9975 → 2,500,000,000,000,000.00;
    // the reduction is their difference, 22,500,000.00 = 9000万 × 25%.
    const limit = await calcWith("limit.yaml", `${HEADER}income_tax:\n  taxable_income_before_incentives: 9999999999999999.99\n  rd: { expensed: 1.2亿 }\n`);
    expect(limit.code).toBe(0);
    expect(JSON.parse(limit.out).income_tax).toMatchObject({ taxable_income: "9999999909999999.99", baseline_tax: "2500000000000000.00", actual_tax: "2499999977500000.00", reduction: "22500000.00" });
  });

  it("a missing file is an input error, not a crash", async () => {
    const r = await runCli(["calc", join(dir, "nope.yaml")]);
    expect(r.code).toBe(65);
    expect(r.err).toContain("nope.yaml: file not found");
  });

  it("every problem in a file is reported at once", async () => {
    const r = await calcWith("many.yaml", `${HEADER}income_tax:\n  payroll: abc\n  rd: { expensed: -1 }\nvat: { taxpayer: medium }\n`);
    expect(r.code).toBe(65);
    expect(r.err.trim().split("\n")).toHaveLength(3);
  });

  it("no stack trace reaches the user", async () => {
    const r = await calcWith("trace.yaml", `${HEADER}income_tax: 5\n`);
    expect(r.code).toBe(65);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe("usage errors", () => {
  it("an unknown option exits 2", async () => {
    const r = await runCli(["calc", "x.yaml", "--colour"]);
    expect(r.code).toBe(2);
  });

  it("a bad --year exits 2", async () => {
    const r = await runCli(["calc", "x.yaml", "--year", "18"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--year: expected a year such as 2018");
  });

  it("a file without a tax year asks for one", async () => {
    const r = await calcWith("noyear.yaml", "name: x\nregion: other\n");
    expect(r.code).toBe(65);
    expect(r.err).toContain("tax_year: no tax year");
  });
});
