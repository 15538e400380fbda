// Deterministic synthetic companies for the batch benchmark: every region, general and
// small-scale VAT taxpayers, high-tech and TASE qualifications, losses, equipment, R&D,
// unemployment-insurance bases, and money written the ways accountants write it (plain, with
// thousands separators, in 万).
// Usage: node bench/generate.mjs ROWS FILE [SEED]
import { createWriteStream } from "node:fs";
import { once } from "node:events";

const REGIONS = ["other", "hebei", "hebei/shijiazhuang", "henan", "henan/jiaozuo", "hubei", "hubei/ezhou", "hubei/shiyan"];

export const COLUMNS = [
  "id", "name", "region", "tax_year", "industry.industrial", "industry.restricted_or_prohibited",
  "qualifications.hnte.0.from", "qualifications.hnte.0.to",
  "qualifications.tase.0.from", "qualifications.tase.0.to", "qualifications.tase.0.service_trade",
  "size.employees.average", "size.total_assets.average",
  "income_tax.taxable_income_before_incentives", "rd.expensed", "rd.intangible_amortization",
  "income_tax.equipment.0.name", "income_tax.equipment.0.purchased", "income_tax.equipment.0.unit_value",
  "income_tax.equipment.0.ordinary_depreciation", "income_tax.equipment.0.rd_dedicated",
  "income_tax.losses.0.year", "income_tax.losses.0.unused", "income_tax.payroll", "income_tax.staff_education.expense",
  "vat.taxpayer",
  "vat.periods.0.from", "vat.periods.0.to", "vat.periods.0.sales.standard", "vat.periods.0.sales.low",
  "vat.periods.0.purchases.standard", "vat.periods.0.purchases.low", "vat.periods.0.agricultural_purchases.general",
  "vat.periods.1.from", "vat.periods.1.to", "vat.periods.1.sales.standard", "vat.periods.1.purchases.standard",
  "vat.small_scale.filing",
  "vat.small_scale.periods.0.period", "vat.small_scale.periods.0.goods", "vat.small_scale.periods.0.services",
  "vat.small_scale.periods.1.period", "vat.small_scale.periods.1.goods", "vat.small_scale.periods.1.services",
  "vat.conversion.date", "vat.conversion.prior_sales",
  "social_insurance.unemployment_base.0.from", "social_insurance.unemployment_base.0.to", "social_insurance.unemployment_base.0.base",
];

/** mulberry32: a small, well-known deterministic PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function companyRows(count, seed = 20180501) {
  const random = prng(seed);
  // The contribution base has its own stream, added later: the other columns are drawn as before.
  const random2 = prng(seed ^ 0x5eed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  // Yuan amounts written three ways; always whole 元 or 万 so every form is exact.
  const money = (yuan) => {
    const form = random();
    if (form < 0.4 && yuan % 10000 === 0) return `${yuan / 10000}万`;
    if (form < 0.7) return yuan.toLocaleString("en-US");
    return String(yuan);
  };
  return function* rows() {
    for (let i = 1; i <= count; i++) {
      const row = Object.create(null);
      row.id = `C${String(i).padStart(7, "0")}`;
      row.name = `示例企业${i}号有限公司`;
      row.region = REGIONS[i % REGIONS.length];
      row.tax_year = "2018";
      const industrial = chance(0.5);
      row["industry.industrial"] = String(industrial);
      row["industry.restricted_or_prohibited"] = chance(0.9) ? "false" : chance(0.5) ? "true" : "";
      if (chance(0.3)) {
        row["qualifications.hnte.0.from"] = `${between(2015, 2018)}-0${between(1, 9)}-15`;
        row["qualifications.hnte.0.to"] = `${between(2018, 2021)}-12-31`;
      } else if (chance(0.07)) {
        row["qualifications.tase.0.from"] = "2017-01-01";
        row["qualifications.tase.0.to"] = "2019-12-31";
        row["qualifications.tase.0.service_trade"] = String(chance(0.5));
      }
      const small = chance(0.4);
      row["size.employees.average"] = String(small ? between(5, 120) : between(80, 2000));
      row["size.total_assets.average"] = money(small ? between(50, 6000) * 10000 : between(2000, 90000) * 10000);
      const income = small ? between(-50, 150) * 10000 + between(0, 9999) : between(-500, 8000) * 10000;
      row["income_tax.taxable_income_before_incentives"] = income < 0 ? String(income) : money(income);
      if (chance(0.6)) row["rd.expensed"] = money(between(1, small ? 60 : 2000) * 10000);
      if (chance(0.2)) row["rd.intangible_amortization"] = money(between(1, 200) * 10000);
      if (chance(0.35)) {
        row["income_tax.equipment.0.name"] = pick(["数控机床", "检测仪器", "服务器", "生产线"]);
        row["income_tax.equipment.0.purchased"] = `2018-${String(between(1, 12)).padStart(2, "0")}-${String(between(1, 28)).padStart(2, "0")}`;
        row["income_tax.equipment.0.unit_value"] = money(between(1, 800) * 10000);
        row["income_tax.equipment.0.ordinary_depreciation"] = money(between(1, 80) * 10000);
        row["income_tax.equipment.0.rd_dedicated"] = String(chance(0.3));
      }
      if (chance(0.25)) {
        row["income_tax.losses.0.year"] = String(between(2008, 2017));
        row["income_tax.losses.0.unused"] = money(between(1, 900) * 10000);
      }
      if (chance(0.8)) row["income_tax.payroll"] = money(between(50, 20000) * 10000);
      if (chance(0.6)) row["income_tax.staff_education.expense"] = money(between(1, 600) * 10000);
      if (small && chance(0.5)) {
        row["vat.taxpayer"] = "small-scale";
        row["vat.small_scale.filing"] = "quarterly";
        row["vat.small_scale.periods.0.period"] = "2018-Q1";
        row["vat.small_scale.periods.0.goods"] = money(between(0, 30) * 10000);
        row["vat.small_scale.periods.0.services"] = money(between(0, 12) * 10000);
        row["vat.small_scale.periods.1.period"] = "2018-Q2";
        row["vat.small_scale.periods.1.goods"] = money(between(0, 30) * 10000);
        row["vat.small_scale.periods.1.services"] = money(between(0, 12) * 10000);
      } else {
        row["vat.taxpayer"] = "general";
        const sales = between(100, 50000) * 10000;
        if (chance(0.5)) {
          row["vat.periods.0.from"] = "2018-01-01";
          row["vat.periods.0.to"] = "2018-12-31";
          row["vat.periods.0.sales.standard"] = money(sales);
          row["vat.periods.0.purchases.standard"] = money(Math.floor(sales * 0.7));
          if (chance(0.3)) row["vat.periods.0.sales.low"] = money(between(10, 500) * 10000);
          if (chance(0.3)) row["vat.periods.0.purchases.low"] = money(between(5, 300) * 10000);
          if (chance(0.15)) row["vat.periods.0.agricultural_purchases.general"] = money(between(5, 300) * 10000);
        } else {
          row["vat.periods.0.from"] = "2018-01-01";
          row["vat.periods.0.to"] = "2018-04-30";
          row["vat.periods.0.sales.standard"] = money(Math.floor(sales / 3));
          row["vat.periods.0.purchases.standard"] = money(Math.floor(sales / 4));
          row["vat.periods.1.from"] = "2018-05-01";
          row["vat.periods.1.to"] = "2018-12-31";
          row["vat.periods.1.sales.standard"] = money(Math.floor((sales * 2) / 3));
          row["vat.periods.1.purchases.standard"] = money(Math.floor(sales / 2));
        }
        if (sales < 600 * 10000 && chance(0.5)) {
          row["vat.conversion.date"] = "2018-07-31";
          row["vat.conversion.prior_sales"] = money(sales);
        }
      }
      // Most employers give the unemployment-insurance base for the months of the 2018 cut (to 2018-04-30),
      // some for the whole year (split by days), a few not at all.
      const base = random2();
      if (base < 0.85) {
        row["social_insurance.unemployment_base.0.from"] = "2018-01-01";
        row["social_insurance.unemployment_base.0.to"] = base < 0.7 ? "2018-04-30" : "2018-12-31";
        row["social_insurance.unemployment_base.0.base"] = String((small ? 2 : 20) * 10000 + Math.floor(random2() * (small ? 60 : 3000)) * 1000);
      }
      yield COLUMNS.map((c) => row[c] ?? "");
    }
  };
}

function csvLine(cells) {
  return `${cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")}\r\n`;
}

export async function generate(count, file, seed) {
  const out = createWriteStream(file);
  out.write(csvLine(COLUMNS));
  for (const cells of companyRows(count, seed)()) {
    if (!out.write(csvLine(cells))) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count = "1000", file = "companies.csv", seed] = process.argv.slice(2);
  await generate(Number(count), file, seed === undefined ? undefined : Number(seed));
}
