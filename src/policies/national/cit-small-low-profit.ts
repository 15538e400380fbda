/**
 * 小型微利企业: taxable income, employees and total assets all within their ceilings (cliffs,
 * inclusive); employees and assets are full-year quarterly averages: 季度平均值 = (季初 + 季末) ÷ 2;
 * 全年 = Σ ÷ quarters operated.
 * 2018 (财税〔2018〕77号): TI × 50% × 20%, limits by industrial or other.
 * 2019–2024 (财税〔2019〕13号 and successors): by band, min(TI, 100万) × r1 × 20% + max(0, TI − 100万) × r2 × 20%,
 * one set of limits (300万, 300 staff, 5000万). 2025–2027 (2023年第12号): TI × 25% × 20%.
 */
import { type Decimal, dec, formatCompact, formatPercent, min, positive, sum } from "../../core/money.js";
import type { Text } from "../../core/result.js";
import type { ParamReader } from "../../tables/params.js";
import { needsInput, notEligible, notInForce, type RatePolicy, text } from "../types.js";

type SizeFigure = { quarters: readonly (readonly (number | Decimal)[])[] } | { average: number | Decimal };

function annualAverage(figure: SizeFigure): Decimal {
  if ("average" in figure) return dec(figure.average);
  const quarterAverages = figure.quarters.map(([start = 0, end = 0]) => dec(start).plus(dec(end)).div(2));
  return sum(quarterAverages).div(figure.quarters.length);
}

export const citSmallLowProfit: RatePolicy = {
  stage: "rate",
  reads: ["income_limit", "inclusion_rate", "band_limit", "upper_inclusion_rate", "rate", "industrial_employees_max", "industrial_assets_max", "other_employees_max", "other_assets_max", "employees_max", "assets_max"],
  evaluate(ctx, taxableIncome) {
    const { params, yearEnd, company, year } = ctx;
    if (!params.inForce("income_limit", yearEnd)) {
      params.citeEnding("income_limit", yearEnd);
      return notInForce(`${year}年度不在本表期间（2018-01-01至2027-12-31）`, `tax year ${year} is outside 2018-01-01..2027-12-31`);
    }
    const limitText = params.written("income_limit", yearEnd);
    if (!params.satisfies("income_limit", yearEnd, taxableIncome)) {
      return { ...notEligible(`应纳税所得额${formatCompact(taxableIncome)}超过${limitText}`, `taxable income ${formatCompact(taxableIncome)} exceeds ${limitText}`), refusedOnIncome: true };
    }
    const industry = company.industry;
    const size = company.size;
    if (industry?.restricted_or_prohibited === true) return notEligible("从事国家限制或禁止行业", "in a restricted or prohibited industry");
    const employees = size?.employees === undefined ? undefined : annualAverage(size.employees);
    const assets = size?.total_assets === undefined ? undefined : annualAverage(size.total_assets);
    // Each size test passes, fails, or is undecided for lack of its figure. When the industrial
    // flag is missing, the stricter "other" limits passing or the looser industrial ones failing
    // decide the question without it.
    // From 2019 one set of limits applies to every industry.
    const unified = params.inForce("employees_max", yearEnd);
    const judge = (group: "industrial" | "other") => {
      const prefix = unified ? "" : `${group}_`;
      const failures: Text[] = [];
      let undecided = false;
      if (employees === undefined) undecided = true;
      else if (!params.satisfies(`${prefix}employees_max`, yearEnd, employees)) {
        failures.push(text(`从业人数全年季度平均${employees.toFixed()}人超过${params.written(`${prefix}employees_max`, yearEnd)}人`, `average employees ${employees.toFixed()} exceed ${params.written(`${prefix}employees_max`, yearEnd)}`));
      }
      if (assets === undefined) undecided = true;
      else if (!params.satisfies(`${prefix}assets_max`, yearEnd, assets)) {
        failures.push(text(`资产总额全年季度平均${formatCompact(assets)}超过${params.written(`${prefix}assets_max`, yearEnd)}`, `average total assets ${formatCompact(assets)} exceed ${params.written(`${prefix}assets_max`, yearEnd)}`));
      }
      return { failures, passed: failures.length === 0 && !undecided };
    };
    const known = industry?.industrial;
    const verdict = unified
      ? judge("other")
      : known !== undefined
        ? judge(known ? "industrial" : "other")
        : judge("other").passed
          ? judge("other")
          : judge("industrial").failures.length > 0
            ? judge("industrial")
            : { failures: [], passed: false };
    if (verdict.failures.length > 0) return { status: "not-eligible", formula: text("—", "—"), reasons: verdict.failures };
    const missing = [
      ...(!verdict.passed && known === undefined && !unified ? ["industry.industrial"] : []),
      ...(employees === undefined && !verdict.passed ? ["size.employees"] : []),
      ...(assets === undefined && !verdict.passed ? ["size.total_assets"] : []),
      ...(industry?.restricted_or_prohibited === undefined ? ["industry.restricted_or_prohibited"] : []),
    ];
    if (missing.length > 0 || employees === undefined || assets === undefined) {
      return needsInput(missing, "判断小型微利企业需要", "the small low-profit tests need");
    }
    const kindZh = unified ? "企业" : known === undefined ? "企业（工业与否均符合）" : known ? "工业企业" : "其他企业";
    const kindEn = unified ? "small low-profit" : known === undefined ? "enterprise (qualifies as industrial or not)" : known ? "industrial" : "other";
    const { tax, formula } = bandTax(params, yearEnd, taxableIncome);
    return {
      status: "applied",
      tax,
      formula: text(formula, formula),
      reasons: [
        text(
          `${kindZh}：所得${formatCompact(taxableIncome)}≤${limitText}，人数${employees.toFixed()}，资产${formatCompact(assets)}`,
          `${kindEn} enterprise: income ${formatCompact(taxableIncome)} ≤ ${limitText}, employees ${employees.toFixed()}, assets ${formatCompact(assets)}`,
        ),
      ],
    };
  },
};

/**
 * Tax by band: where the table has a `band_limit`, the part up to it is included at
 * `inclusion_rate` and the rest at `upper_inclusion_rate`; otherwise the whole at `inclusion_rate`.
 *
 * @example 2019, TI 150万: 100万 × 25% × 20% + 50万 × 50% × 20% = 5万 + 5万 = 10万
 */
export function bandTax(params: ParamReader, date: string, taxableIncome: Decimal): { tax: Decimal; formula: string } {
  const rate = params.at("rate", date);
  const inclusion = params.at("inclusion_rate", date);
  if (!params.inForce("band_limit", date)) {
    const tax = taxableIncome.times(inclusion).times(rate);
    return { tax, formula: `${formatCompact(taxableIncome)} × ${formatPercent(inclusion)} × ${formatPercent(rate)} = ${formatCompact(tax)}` };
  }
  const band = params.at("band_limit", date);
  const lower = min(taxableIncome, band);
  const upper = positive(taxableIncome.minus(band));
  const lowerTax = lower.times(inclusion).times(rate);
  if (upper.isZero()) {
    return { tax: lowerTax, formula: `${formatCompact(lower)} × ${formatPercent(inclusion)} × ${formatPercent(rate)} = ${formatCompact(lowerTax)}` };
  }
  const upperInclusion = params.at("upper_inclusion_rate", date);
  const upperTax = upper.times(upperInclusion).times(rate);
  const tax = lowerTax.plus(upperTax);
  return {
    tax,
    formula: `${formatCompact(lower)} × ${formatPercent(inclusion)} × ${formatPercent(rate)} + (${formatCompact(taxableIncome)} − ${formatCompact(band)}) × ${formatPercent(upperInclusion)} × ${formatPercent(rate)} = ${formatCompact(lowerTax)} + ${formatCompact(upperTax)} = ${formatCompact(tax)}`,
  };
}
