// `incentive batch`: scenarios and deltas worked by hand, the errors file, encodings, unknown
// columns, --strict, and the row-count invariant. Runs the CLI in-process.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.js";
import { tableRows } from "./helpers/table-rows.js";

const dir = mkdtempSync(join(tmpdir(), "incentive-batch-"));
const VAT13 = "fixtures/scenarios/vat-13-from-may.yaml";
const SLP300 = "fixtures/scenarios/small-low-profit-limit-300wan.yaml";

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Parses our own CSV output (no quoted commas in these tests): header → objects. */
function table(csv: string): Record<string, string>[] {
  const [head = "", ...lines] = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
  const columns = head.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((cell, i) => [columns[i] ?? "", cell])));
}

const HEADER = "id,name,region,tax_year,industry.industrial,industry.restricted_or_prohibited,size.employees.average,size.total_assets.average,taxable_income_before_incentives,vat.taxpayer,vat.periods.0.from,vat.periods.0.to,vat.periods.0.sales.standard,vat.periods.0.purchases.standard";
const COMPANIES = [
  HEADER,
  // VAT only: May 2018, sales 100万, purchases 60万 in the standard band.
  "V,增值税公司,other,2018,,,,,,general,2018-05-01,2018-05-31,100万,60万",
  // Income tax only: 200万 of taxable income, inside the industrial size limits.
  "S,小微二百万公司,henan/jiaozuo,2018,true,false,50,1000万,200万,,,,,",
  // Income tax only: exactly 100万, the 2018 ceiling (含100万).
  "T,小微一百万公司,hebei,2018,true,false,50,1000万,100万,,,,,",
].join("\n");

describe("batch: scenarios and deltas", () => {
  const csv = file("companies.csv", `${COMPANIES}\n`);
  const off = file("vat-cut-off.yaml", "name: no-vat-cut\ndisable: [vat-rate-cut-2018]\n");

  it("computes the baseline, each scenario's total and its delta per row", async () => {
    const out = join(dir, "out.csv");
    const summary = join(dir, "summary.json");
    const r = await runCli(["batch", csv, "--scenario", VAT13, "--scenario", SLP300, "--scenario", off, "--out", out, "--summary", summary, "--jobs", "1"]);
    expect(r.err).toContain("3 rows read, 3 written, 0 rejected");
    expect(r.code).toBe(0);
    const [v, s, t] = table(readFileSync(out, "utf8"));
    // V: VAT saving = (sales − purchases) × (old rate − new rate).
    //   baseline (17% → 16%): (100万 − 60万) × 1% = 4,000.00
    //   vat-13-from-may (17% → 13%): 40万 × 4% = 16,000.00, delta +12,000.00
    //   no-vat-cut: the policy is switched off, total 0.00, delta −4,000.00
    expect(v).toMatchObject({ row: "1", id: "V", "baseline.total": "4000.00", "baseline.vat-rate-cut-2018": "4000.00" });
    expect(v).toMatchObject({ "vat-13-from-may.total": "16000.00", "vat-13-from-may.delta": "12000.00", "vat-13-from-may.vat-rate-cut-2018": "16000.00" });
    expect(v).toMatchObject({ "small-low-profit-limit-300wan.total": "4000.00", "small-low-profit-limit-300wan.delta": "0.00" });
    expect(v).toMatchObject({ "no-vat-cut.total": "0.00", "no-vat-cut.delta": "-4000.00", "no-vat-cut.vat-rate-cut-2018": "" });
    // S: taxable income 200万 > 100万, so no small low-profit rate in the baseline (total 0.00).
    //   With a 300万 ceiling: tax 200万 × 50% × 20% = 20万 instead of 200万 × 25% = 50万: saving 30万.
    expect(s).toMatchObject({ "baseline.total": "0.00", "baseline.cit-small-low-profit": "" });
    expect(s).toMatchObject({ "small-low-profit-limit-300wan.total": "300000.00", "small-low-profit-limit-300wan.delta": "300000.00", "small-low-profit-limit-300wan.cit-small-low-profit": "300000.00" });
    expect(s).toMatchObject({ "vat-13-from-may.delta": "0.00", "no-vat-cut.delta": "0.00" });
    // T: 100万 is within the ceiling either way: 100万 × 25% − 100万 × 50% × 20% = 25万 − 10万 = 15万, delta 0.
    expect(t).toMatchObject({ "baseline.total": "150000.00", "small-low-profit-limit-300wan.total": "150000.00", "small-low-profit-limit-300wan.delta": "0.00" });

    const json = JSON.parse(readFileSync(summary, "utf8")) as { rows: unknown; scenarios: { name: string; total: string; delta: string | null; gaining: number | null; losing: number | null; unchanged: number | null; policies: Record<string, string> }[] };
    expect(json.rows).toEqual({ read: 3, written: 3, rejected: 0 });
    const byName = Object.fromEntries(json.scenarios.map((x) => [x.name, x]));
    // baseline: 4,000 + 0 + 150,000 = 154,000.00
    expect(byName.baseline).toMatchObject({ total: "154000.00", delta: null, policies: { "cit-small-low-profit": "150000.00", "vat-rate-cut-2018": "4000.00" } });
    // vat-13: 16,000 + 0 + 150,000 = 166,000.00; V gains, S and T unchanged
    expect(byName["vat-13-from-may"]).toMatchObject({ total: "166000.00", delta: "12000.00", gaining: 1, losing: 0, unchanged: 2 });
    // 300万 ceiling: 4,000 + 300,000 + 150,000 = 454,000.00; S gains
    expect(byName["small-low-profit-limit-300wan"]).toMatchObject({ total: "454000.00", delta: "300000.00", gaining: 1, losing: 0, unchanged: 2 });
    // switched off: 0 + 0 + 150,000; V loses 4,000
    expect(byName["no-vat-cut"]).toMatchObject({ total: "150000.00", delta: "-4000.00", gaining: 0, losing: 1, unchanged: 2 });
  });

  it("without --summary, prints the summary as a table on standard error: Chinese labels, amounts with separators", async () => {
    const r = await runCli(["batch", csv, "--scenario", VAT13, "--scenario", SLP300, "--scenario", off, "--out", join(dir, "out-table.csv"), "--jobs", "1"]);
    expect(r.code).toBe(0);
    /** The cells of the table line whose first cell is `label`. */
    const cells = (text: string, label: string) => tableRows(text).find((c) => c[0] === label)?.slice(1);
    // The same hand-worked figures as the JSON summary above, in the order of the scenarios given.
    expect(cells(r.err, "情景")).toEqual(["baseline", "vat-13-from-may", "small-low-profit-limit-300wan", "no-vat-cut"]);
    expect(cells(r.err, "合计")).toEqual(["154,000.00", "166,000.00", "454,000.00", "150,000.00"]);
    expect(cells(r.err, "较基准增减")).toEqual(["—", "12,000.00", "300,000.00", "-4,000.00"]);
    expect(cells(r.err, "企业：增加 / 减少 / 不变")).toEqual(["—", "1 / 0 / 2", "1 / 0 / 2", "0 / 1 / 2"]);
    // A policy's row: its title (the id on the line below); "—" where a scenario counts nothing for it (switched off).
    // vat-rate-cut-2018: V alone, 4,000 / 16,000 / 4,000 / —
    expect(cells(r.err, "增值税税率17%/11%调整为16%/10%")).toEqual(["4,000.00", "16,000.00", "4,000.00", "—"]);
    // cit-small-low-profit: T's 150,000 everywhere, plus S's 300,000 under the 300万 ceiling.
    expect(cells(r.err, "小型微利企业所得税优惠")).toEqual(["150,000.00", "150,000.00", "450,000.00", "150,000.00"]);
    expect(r.err).toContain("cit-small-low-profit");
    expect(r.err).toContain("3 rows read, 3 written, 0 rejected");

    const en = await runCli(["batch", csv, "--scenario", VAT13, "--out", join(dir, "out-table.csv"), "--jobs", "1", "--lang", "en"]);
    expect(cells(en.err, "Total")).toEqual(["154,000.00", "166,000.00"]);
    expect(cells(en.err, "Companies: gaining / losing / unchanged")).toEqual(["—", "1 / 0 / 2"]);
  });

  it("--long writes one row per company × policy × scenario, with the policy's delta", async () => {
    const r = await runCli(["batch", csv, "--scenario", VAT13, "--scenario", off, "--long", "--jobs", "1"]);
    expect(r.code).toBe(0);
    const rows = table(r.out).filter((x) => x.id === "V" && x.policy === "vat-rate-cut-2018");
    expect(rows.map((x) => [x.scenario, x.status, x.amount, x.delta])).toEqual([
      ["baseline", "applied", "4000.00", ""],
      ["vat-13-from-may", "applied", "16000.00", "12000.00"],
      ["no-vat-cut", "switched-off", "", "-4000.00"],
    ]);
    // Every company has the same policies in each scenario: rows = policies × 3 scenarios.
    expect(table(r.out).filter((x) => x.id === "T").length % 3).toBe(0);
  });

  it("--set makes a scenario named set; jsonl carries the same figures", async () => {
    const r = await runCli(["batch", csv, "--set", "vat-rate-cut-2018.standard_rate=13%@2018-05-01", "--format", "jsonl", "--jobs", "1"]);
    expect(r.code).toBe(0);
    const first = JSON.parse(r.out.split("\n")[0] ?? "{}") as { id: string; scenarios: { scenario: string; total: string; delta: string | null }[] };
    expect(first.id).toBe("V");
    expect(first.scenarios.map((x) => [x.scenario, x.total, x.delta])).toEqual([
      ["baseline", "4000.00", null],
      ["set", "16000.00", "12000.00"],
    ]);
  });

  it("two scenarios with one name are a usage error", async () => {
    const r = await runCli(["batch", csv, "--scenario", VAT13, "--scenario", VAT13, "--jobs", "1"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/two scenarios are named "vat-13-from-may"/);
  });
});

describe("batch: the shipped example", () => {
  it("fixtures/batch/companies.csv with both shipped scenarios", async () => {
    const r = await runCli(["batch", "fixtures/batch/companies.csv", "--scenario", VAT13, "--scenario", SLP300, "--jobs", "1"]);
    expect(r.err).toContain("4 rows read, 3 written, 1 rejected");
    const [a1, a2, a3] = table(r.out);
    // A1: one 2018 VAT period of annual totals, split by days: May–Dec is 245/365 of (1460万 − 1095万) = 245万.
    //   baseline 245万 × 1% = 24,500; at 13%: 245万 × 4% = 98,000; delta 73,500.
    //   Income 118万 − 24万 × 75% = 100万 (含100万): small low-profit 100万 × 25% − 100万 × 50% × 20% = 15万 either way.
    expect(a1).toMatchObject({ "baseline.vat-rate-cut-2018": "24500.00", "vat-13-from-may.delta": "73500.00", "baseline.cit-small-low-profit": "150000.00", "small-low-profit-limit-300wan.delta": "0.00" });
    // A2: May 2018 only: (100万 − 60万) × (16% → 13%) adds 40万 × 3% = 12,000.
    expect(a2).toMatchObject({ "vat-13-from-may.delta": "12000.00" });
    // A3: 250万 is over 100万 but within 300万: 250万 × 25% − 250万 × 50% × 20% = 62.5万 − 25万 = 37.5万.
    expect(a3).toMatchObject({ "baseline.total": "0.00", "small-low-profit-limit-300wan.delta": "375000.00" });
    expect(r.err).toMatch(/companies\.csv:5 row 4 size\.total_assets\.average: expected an amount .*found "三千万"/);
  });
});

describe("batch: rejected rows", () => {
  const text = [
    "id,name,region,tax_year,taxable_income_before_incentives,income_tax.equipment.0.purchased",
    "A,好公司,hebei,2018,100万,",
    "B,坏金额,hebei,2018,三千万,",
    "C,少一格,hebei,2018",
    '"D","多行\n名称",henan,2018,50万,',
    "E,坏地区,henan/luoyang,2018,50万,",
    "F,坏日期,hubei,2018,50万,2018-02-30",
    "G,好公司二,hubei/ezhou,2018,,",
  ].join("\n");
  const csv = file("mixed.csv", `${text}\n`);

  it("writes each bad row to the errors file with row, line, column and message; the others are computed", async () => {
    const out = join(dir, "mixed-out.csv");
    const errors = join(dir, "mixed-errors.csv");
    const r = await runCli(["batch", csv, "--out", out, "--errors", errors, "--jobs", "1"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("7 rows read, 3 written, 4 rejected");
    expect(table(readFileSync(out, "utf8")).map((x) => x.id)).toEqual(["A", "D", "G"]);
    // D's name holds a line break: quoted, or a reader that ends records at LF too (Python's csv,
    // Excel) splits the row in two. Any CSV reader then sees one cell of one row.
    const written = readFileSync(out, "utf8");
    expect(written).toContain('\r\n4,D,"多行\n名称",');
    const read = parse(written, { bom: true, columns: true, record_delimiter: ["\r\n", "\n"] }) as Record<string, string>[];
    expect(read.map((x) => [x.id, x.name])).toEqual([["A", "好公司"], ["D", "多行\n名称"], ["G", "好公司二"]]);
    const lines = readFileSync(errors, "utf8").replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines).toEqual([
      "row,line,id,column,message",
      "2,3,B,taxable_income_before_incentives,\"expected an amount such as 3000万, 1.2亿, 1,234.56 or 30000000, found \"\"三千万\"\"\"",
      '3,4,C,,"expected 6 cells as in the header, found 4"',
      // Row 4 spans lines 5–6, so row 5 starts on line 7.
      expect.stringMatching(/^5,7,E,region,"expected one of .*found ""henan\/luoyang"""$/),
      // An asset with only its date: the date is bad, and its name and unit value are missing.
      "6,8,F,income_tax.equipment.0.name,\"required: the row fills other income_tax.equipment.0.* cells, so this one must be filled too\"",
      "6,8,F,income_tax.equipment.0.purchased,\"expected a real date written YYYY-MM-DD, found \"\"2018-02-30\"\"\"",
      "6,8,F,income_tax.equipment.0.unit_value,\"required: the row fills other income_tax.equipment.0.* cells, so this one must be filled too\"",
    ]);
  });

  it("a quote left open joins the next line to its row, and the error says so", async () => {
    // B's name opens a quote that only C's amount closes: B and C are read as one row of 4 cells, over lines 3–4.
    const text = ["id,name,region,tax_year,taxable_income_before_incentives", "A,好公司,hebei,2018,100万", 'B,"坏引号,hebei,2018,50万', 'C,好公司,hebei,2018,"1,000,000"', "D,好公司,hebei,2018,20万"].join("\n");
    const errors = join(dir, "open-quote-errors.csv");
    const r = await runCli(["batch", file("open-quote.csv", `${text}\n`), "--out", join(dir, "open-quote-out.csv"), "--errors", errors, "--jobs", "1"]);
    expect(r.err).toContain("3 rows read, 2 written, 1 rejected");
    expect(readFileSync(errors, "utf8").replace(/^\uFEFF/, "").trimEnd().split("\r\n")).toEqual([
      "row,line,id,column,message",
      '2,3,B,,"expected 5 cells as in the header, found 4; the row runs over lines 3–4: is a quote left open?"',
    ]);
  });

  it("--strict exits 65 after writing every good row", async () => {
    const r = await runCli(["batch", csv, "--strict", "--jobs", "1"]);
    expect(r.code).toBe(65);
    expect(r.err).toContain("7 rows read, 3 written, 4 rejected");
    expect(r.err).toMatch(/--strict: 4 of 7 rows rejected/);
    expect(table(r.out)).toHaveLength(3);
  });

  it("without --errors, rejected rows go to stderr with file and line", async () => {
    const r = await runCli(["batch", csv, "--jobs", "1"]);
    expect(r.err).toContain(`${csv}:3 row 2 taxable_income_before_incentives: expected an amount`);
  });

  it("a row whose tax year is before the tables is rejected; --year before them stops the run", async () => {
    const csv = file("early.csv", "id,name,region,tax_year\nA,甲,hebei,2005\nB,乙,hebei,2008\n");
    const errors = join(dir, "early-errors.csv");
    const r = await runCli(["batch", csv, "--out", join(dir, "early-out.csv"), "--errors", errors, "--jobs", "1"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("2 rows read, 1 written, 1 rejected");
    expect(readFileSync(errors, "utf8")).toContain("1,2,A,tax_year,no tables for tax year 2005: they begin with 2008 (general-law.cit_standard_rate from 2008-01-01)");
    const early = await runCli(["batch", csv, "--year", "1999", "--jobs", "1"]);
    expect(early.code).toBe(2);
    expect(early.err).toContain("--year: no tables for tax year 1999");
    expect(early.err).not.toMatch(/rows read/);
  });

  it("a row without a tax year is rejected unless --year gives one", async () => {
    const noYear = file("no-year.csv", "name,region\n甲,hebei\n");
    const rejected = await runCli(["batch", noYear, "--jobs", "1"]);
    expect(rejected.err).toContain("1 rows read, 0 written, 1 rejected");
    expect(rejected.err).toMatch(/row 1 tax_year: required/);
    const given = await runCli(["batch", noYear, "--year", "2018", "--jobs", "1"]);
    expect(given.err).toContain("1 rows read, 1 written, 0 rejected");
  });
});

describe("batch: columns", () => {
  it("an unknown column stops the run before any row, with a did-you-mean", async () => {
    const csv = file("unknown.csv", "name,region,tax_year,rd.expensd\n甲,hebei,2018,1万\n");
    const r = await runCli(["batch", csv, "--jobs", "1"]);
    expect(r.code).toBe(65);
    expect(r.err).toContain(`${csv}:1:4 rd.expensd: unknown column "rd.expensd" (did you mean "rd.expensed"?)`);
    expect(r.out).toBe("");
    expect(r.err).not.toMatch(/rows read/);
  });

  it("a column with no name (a spreadsheet's trailing comma) is read as nothing, and a row with text under it is rejected", async () => {
    const text = ["id,name,region,tax_year,taxable_income_before_incentives,", "A,甲,hebei,2018,100万,", "B,乙,hebei,2018,100万,200万", "C,丙,hebei,2018,100万, "].join("\n");
    const errors = join(dir, "unnamed-errors.csv");
    const r = await runCli(["batch", file("unnamed.csv", `${text}\n`), "--out", join(dir, "unnamed-out.csv"), "--errors", errors, "--jobs", "1"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("3 rows read, 2 written, 1 rejected");
    expect(table(readFileSync(join(dir, "unnamed-out.csv"), "utf8")).map((x) => x.id)).toEqual(["A", "C"]);
    expect(readFileSync(errors, "utf8").replace(/^\uFEFF/, "").trimEnd().split("\r\n")[1]).toBe("2,3,B,column 6,a value under a column with no name in the header: name the column or clear its cells");
  });

  it("a column given twice is an error, in the header's own words", async () => {
    const r = await runCli(["batch", file("twice.csv", "name,region,tax_year,name\n甲,hebei,2018,乙\n"), "--jobs", "1"]);
    expect(r.code).toBe(65);
    expect(r.err).toContain('twice.csv:1:4 name: column "name" appears twice');
    const r2 = await runCli(["batch", file("twice2.csv", "name,region,tax_year,rd.expensed,income_tax.rd.expensed\n甲,hebei,2018,1,2\n"), "--jobs", "1"]);
    expect(r2.err).toContain('column "income_tax.rd.expensed" names the same field as column "rd.expensed" (income_tax.rd.expensed)');
  });

  it("a column name far from every field gets no did-you-mean", async () => {
    const r = await runCli(["batch", file("chinese-header.csv", "名称,name,region,tax_year\n甲,甲,hebei,2018\n"), "--jobs", "1"]);
    expect(r.code).toBe(65);
    expect(r.err).toContain('chinese-header.csv:1:1 名称: unknown column "名称"; columns are');
  });

  it("an ambiguous short name is an error naming the candidates", async () => {
    const csv = file("ambiguous.csv", "name,region,average\n甲,hebei,3\n");
    const r = await runCli(["batch", csv, "--jobs", "1"]);
    expect(r.code).toBe(65);
    expect(r.err).toMatch(/ambiguous column "average": it could be size\.employees\.average or size\.total_assets\.average/);
  });

  it("award facts by year and events are columns too, and give the amounts the company file gives", async () => {
    // fixtures/companies/jiaozuo-awards-2021.yaml, fact for fact, as one CSV row: a figure by year is
    // figures.<name>.<year>, an event is events.<i>.<field>.
    const header =
      "name,region,tax_year,industry.industrial,industry.restricted_or_prohibited,qualifications.hnte.0.from,qualifications.hnte.0.to,size.employees.average,size.total_assets.average,income_tax.taxable_income_before_incentives,facts.key_enterprise,figures.taxable_revenue.2019,figures.taxable_revenue.2020,figures.taxable_revenue.2021,figures.rd_input.2021,figures.rd_declared.2020,figures.rd_declared.2021,events.0.type,events.0.title,events.0.date,events.1.type,events.1.title,events.1.level,events.1.date";
    const row = "焦作示例装备集团有限公司,henan/jiaozuo,2021,true,false,2019-11-01,2022-10-31,2300,61亿,3000万,true,41亿,48亿,52亿,5200万,3800万,4600万,recognized,well-known-trademark,2021-04-26,recognized,mfg-innovation-center-cultivation,provincial,2021-09-15";
    const batch = await runCli(["batch", file("awards.csv", `${header}\n${row}\n`), "--long", "--jobs", "1"]);
    expect(batch.err).toContain("1 rows read, 1 written, 0 rejected");
    const calc = await runCli(["calc", "fixtures/companies/jiaozuo-awards-2021.yaml", "--format", "json"]);
    const items = (JSON.parse(calc.out) as { items: { policy: string; status: string; amount: string | null }[] }).items;
    const fromBatch = table(batch.out).map((x) => [x.policy, x.status, x.amount === "" ? null : x.amount]);
    expect(fromBatch).toEqual(expect.arrayContaining(items.map((i) => [i.policy, i.status, i.amount])));
    expect(fromBatch).toHaveLength(items.length);
    // not a comparison of two empty results: the awards are there
    expect(fromBatch).toContainEqual(["jz-revenue-50-100yi-award", "applied", "1000000.00"]);
  });

  it("empty cells are absent facts, not zeros", async () => {
    // R&D expensed left empty: the R&D item needs input; with 0 it is computed as nothing to deduct.
    const csv = file("empty.csv", "id,name,region,tax_year,taxable_income_before_incentives,rd.expensed\nE,甲,hebei,2018,100万,\nZ,乙,hebei,2018,100万,0\n");
    const r = await runCli(["batch", csv, "--long", "--jobs", "1"]);
    const rd = table(r.out).filter((x) => x.policy === "cit-rd-super-deduction");
    expect(rd.map((x) => [x.id, x.status])).toEqual([
      ["E", "needs-input"],
      ["Z", expect.not.stringMatching(/needs-input/)],
    ]);
  });

  it("names the facts a row lacks: per line in --long and jsonl, counted over the rows in the summary", async () => {
    // 财税〔2018〕51号: from 2018 every enterprise deducts staff education expense up to 8% of payroll
    // (2.5% before). The expense is given, the payroll is not, so the extra deduction
    // min(expense, payroll × 8%) − min(expense, payroll × 2.5%) cannot be worked out: it needs
    // income_tax.payroll, and only that (the expense is there). It is a deferral, an amount-bearing
    // line, so the row is incomplete. P gives the payroll as well, so that fact is not missing.
    const csv = file("missing.csv", "id,name,region,tax_year,taxable_income_before_incentives,staff_education.expense,payroll\nM,甲,other,2018,100万,50万,\nP,乙,other,2018,100万,50万,1000万\n");
    const summary = join(dir, "missing-summary.json");
    const wide = await runCli(["batch", csv, "--jobs", "1", "--summary", summary]);
    expect(table(wide.out)[0]?.["baseline.complete"]).toBe("false");
    const counts = (JSON.parse(readFileSync(summary, "utf8")) as { scenarios: { missing: Record<string, number> }[] }).scenarios[0]?.missing ?? {};
    // M alone lacks the payroll; both give the expense.
    expect(counts["income_tax.payroll"]).toBe(1);
    expect(counts["income_tax.staff_education.expense"]).toBeUndefined();

    // Counted over chunks and threads: 600 rows (three chunks of 250 or fewer), every other one
    // without the payroll, so 300 rows lack it, whatever --jobs.
    const many = file(
      "missing-many.csv",
      `id,name,region,tax_year,taxable_income_before_incentives,staff_education.expense,payroll\n${Array.from({ length: 600 }, (_, i) => `R${i},企业${i},other,2018,100万,50万,${i % 2 === 0 ? "" : "1000万"}`).join("\n")}\n`,
    );
    for (const jobs of ["1", "2"]) {
      const manySummary = join(dir, `missing-many-${jobs}.json`);
      await runCli(["batch", many, "--jobs", jobs, "--out", join(dir, "missing-many.csv.out"), "--summary", manySummary]);
      const manyCounts = (JSON.parse(readFileSync(manySummary, "utf8")) as { scenarios: { missing: Record<string, number> }[] }).scenarios[0]?.missing ?? {};
      expect(manyCounts["income_tax.payroll"]).toBe(300);
    }

    const long = await runCli(["batch", csv, "--long", "--jobs", "1"]);
    const education = table(long.out).filter((x) => x.policy === "cit-staff-education-deduction");
    expect(education.map((x) => [x.id, x.status, x.missing])).toEqual([
      ["M", "needs-input", "income_tax.payroll"],
      // 50万 of expense against 1000万 × 2.5% = 25万 and × 8% = 80万: 25万 more deducted, nothing missing
      ["P", "applied", ""],
    ]);

    const jsonl = await runCli(["batch", csv, "--long", "--format", "jsonl", "--jobs", "1"]);
    const line = jsonl.out
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; policy: string; missing: string[] })
      .find((x) => x.id === "M" && x.policy === "cit-staff-education-deduction");
    expect(line?.missing).toEqual(["income_tax.payroll"]);
  });
});

describe("batch: encodings", () => {
  const utf8 = `${COMPANIES}\n`;
  const expected = async () => (await runCli(["batch", file("plain.csv", utf8), "--jobs", "1"])).out;

  it("reads UTF-8 with a BOM", async () => {
    const r = await runCli(["batch", file("bom.csv", `\uFEFF${utf8}`), "--jobs", "1"]);
    expect(r.err).toContain("3 rows read, 3 written, 0 rejected");
    expect(r.out).toBe(await expected());
  });

  it("detects GB18030 (what Excel on a Chinese Windows saves), and reads it with --encoding gbk", async () => {
    const path = join(dir, "gb.csv");
    writeFileSync(path, iconv.encode(utf8, "gb18030"));
    expect(readFileSync(path).includes(Buffer.from("增值税公司"))).toBe(false);
    const detected = await runCli(["batch", path, "--jobs", "1"]);
    expect(detected.out).toContain("增值税公司");
    expect(detected.out).toBe(await expected());
    const told = await runCli(["batch", path, "--encoding", "gbk", "--jobs", "1"]);
    expect(told.out).toBe(await expected());
  });

  it("bytes that are not UTF-8 under --encoding utf8 are an input error, not replacement characters", async () => {
    const path = join(dir, "bad-utf8.csv");
    writeFileSync(path, iconv.encode(utf8, "gb18030"));
    const r = await runCli(["batch", path, "--encoding", "utf8", "--jobs", "1"]);
    expect(r.code).toBe(65);
    expect(r.err).toMatch(/not valid UTF-8 .* --encoding gb18030/);
  });
});

describe("batch: output files", () => {
  // 2,000 good rows of about 400 bytes, then a byte that is not UTF-8: the file is read 256 KiB at a
  // time, so chunks of rows are computed and written before the reader meets the bad byte.
  const name = "示例".repeat(60);
  const good = Array.from({ length: 2000 }, (_, i) => `R${i},${name}${i},hebei,2018,100万`).join("\n");
  const failing = join(dir, "fails-late.csv");
  writeFileSync(failing, Buffer.concat([Buffer.from(`id,name,region,tax_year,taxable_income_before_incentives\n${good}\n`), Buffer.from([0x52, 0xff, 0x2c, 0x0a])]));

  it("a run that fails part-way leaves no file that looks like its result, and an earlier result as it was", async () => {
    const out = file("late-out.csv", "an earlier result\n");
    const errors = join(dir, "late-errors.csv");
    const r = await runCli(["batch", failing, "--out", out, "--errors", errors, "--encoding", "utf8", "--jobs", "1"]);
    expect(r.code).toBe(65);
    expect(r.err).toMatch(/not valid UTF-8 after byte/);
    expect(readFileSync(out, "utf8")).toBe("an earlier result\n");
    expect([existsSync(`${out}.partial`), existsSync(errors), existsSync(`${errors}.partial`)]).toEqual([false, false, false]);
  });

  it("a run that completes leaves the file and no partial one", async () => {
    const csv = file("completes.csv", `id,name,region,tax_year,taxable_income_before_incentives\n${good}\n`);
    const out = join(dir, "completes-out.csv");
    const r = await runCli(["batch", csv, "--out", out, "--jobs", "2"]);
    expect(r.err).toContain("2000 rows read, 2000 written, 0 rejected");
    expect(table(readFileSync(out, "utf8"))).toHaveLength(2000);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  it("refuses an output that names the input or another output, before reading a row", async () => {
    const text = "name,region,tax_year\n甲,hebei,2018\n";
    const input = file("own-input.csv", text);
    const over = await runCli(["batch", input, "--out", join(dir, ".", "own-input.csv"), "--jobs", "1"]);
    expect(over.code).toBe(2);
    expect(over.err).toContain("--out names the same file as the input");
    expect(readFileSync(input, "utf8")).toBe(text);
    const twice = await runCli(["batch", input, "--out", join(dir, "own-out.csv"), "--errors", join(dir, "own-out.csv"), "--jobs", "1"]);
    expect(twice.code).toBe(2);
    expect(twice.err).toContain("--errors names the same file as --out");
    expect(existsSync(join(dir, "own-out.csv"))).toBe(false);
  });

  it("a folder given as the input is an input error, not a crash", async () => {
    const r = await runCli(["batch", dir, "--jobs", "1"]);
    expect(r.code).toBe(65);
    expect(r.err).toContain(`${dir}: a folder, not a CSV file`);
  });

  it("writes to a device as it is (no partial file beside /dev/null)", async () => {
    const r = await runCli(["batch", file("to-device.csv", "name,region,tax_year\n甲,hebei,2018\n"), "--out", "/dev/null", "--errors", "/dev/null", "--jobs", "1"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("1 rows read, 1 written, 0 rejected");
  });
});
