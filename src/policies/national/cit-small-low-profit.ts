/**
 * 小型微利企业 (财税〔2018〕77号): taxable income, employees and total assets all within their
 * ceilings (cliffs, inclusive); then income × 50% × 20%. Employees and assets are full-year
 * quarterly averages: 季度平均值 = (季初 + 季末) ÷ 2; 全年 = Σ ÷ quarters operated.
 */
import { type Decimal, dec, formatCompact, formatPercent, sum } from "../../core/money.js";
import type { Text } from "../../core/result.js";
import { needsInput, notEligible, notInForce, type RatePolicy, text } from "../types.js";

type SizeFigure = { quarters: readonly (readonly (number | Decimal)[])[] } | { average: number | Decimal };

function annualAverage(figure: SizeFigure): Decimal {
  if ("average" in figure) return dec(figure.average);
  const quarterAverages = figure.quarters.map(([start = 0, end = 0]) => dec(start).plus(dec(end)).div(2));
  return sum(quarterAverages).div(figure.quarters.length);
}

export const citSmallLowProfit: RatePolicy = {
  stage: "rate",
  reads: ["income_limit", "inclusion_rate", "rate", "industrial_employees_max", "industrial_assets_max", "other_employees_max", "other_assets_max"],
  evaluate(ctx, taxableIncome) {
    const { params, yearEnd, company, year } = ctx;
    if (!params.inForce("income_limit", yearEnd)) {
      return notInForce(`${year}年度不在本表期间（2018-01-01至2020-12-31）`, `tax year ${year} is outside 2018-01-01..2020-12-31`);
    }
    const limitText = params.written("income_limit", yearEnd);
    if (!params.satisfies("income_limit", yearEnd, taxableIncome)) {
      return notEligible(`应纳税所得额${formatCompact(taxableIncome)}超过${limitText}`, `taxable income ${formatCompact(taxableIncome)} exceeds ${limitText}`);
    }
    const industry = company.industry;
    const size = company.size;
    if (industry?.restricted_or_prohibited === true) return notEligible("从事国家限制或禁止行业", "in a restricted or prohibited industry");
    const employees = size?.employees === undefined ? undefined : annualAverage(size.employees);
    const assets = size?.total_assets === undefined ? undefined : annualAverage(size.total_assets);
    // Each size test passes, fails, or is undecided for lack of its figure. When the industrial
    // flag is missing, the stricter "other" limits passing or the looser industrial ones failing
    // decide the question without it.
    const judge = (prefix: "industrial" | "other") => {
      const failures: Text[] = [];
      let undecided = false;
      if (employees === undefined) undecided = true;
      else if (!params.satisfies(`${prefix}_employees_max`, yearEnd, employees)) {
        failures.push(text(`从业人数全年季度平均${employees.toFixed()}人超过${params.written(`${prefix}_employees_max`, yearEnd)}人`, `average employees ${employees.toFixed()} exceed ${params.written(`${prefix}_employees_max`, yearEnd)}`));
      }
      if (assets === undefined) undecided = true;
      else if (!params.satisfies(`${prefix}_assets_max`, yearEnd, assets)) {
        failures.push(text(`资产总额全年季度平均${formatCompact(assets)}超过${params.written(`${prefix}_assets_max`, yearEnd)}`, `average total assets ${formatCompact(assets)} exceed ${params.written(`${prefix}_assets_max`, yearEnd)}`));
      }
      return { failures, passed: failures.length === 0 && !undecided };
    };
    const known = industry?.industrial;
    const verdict =
      known !== undefined
        ? judge(known ? "industrial" : "other")
        : judge("other").passed
          ? judge("other")
          : judge("industrial").failures.length > 0
            ? judge("industrial")
            : { failures: [], passed: false };
    if (verdict.failures.length > 0) return { status: "not-eligible", formula: text("—", "—"), reasons: verdict.failures };
    const missing = [
      ...(!verdict.passed && known === undefined ? ["industry.industrial"] : []),
      ...(employees === undefined && !verdict.passed ? ["size.employees"] : []),
      ...(assets === undefined && !verdict.passed ? ["size.total_assets"] : []),
      ...(industry?.restricted_or_prohibited === undefined ? ["industry.restricted_or_prohibited"] : []),
    ];
    if (missing.length > 0 || employees === undefined || assets === undefined) {
      return needsInput(missing, "判断小型微利企业需要", "the small low-profit tests need");
    }
    const kindZh = known === undefined ? "企业（工业与否均符合）" : known ? "工业企业" : "其他企业";
    const kindEn = known === undefined ? "enterprise (qualifies as industrial or not)" : known ? "industrial" : "other";
    const inclusion = params.at("inclusion_rate", yearEnd);
    const rate = params.at("rate", yearEnd);
    const tax = taxableIncome.times(inclusion).times(rate);
    const formula = `${formatCompact(taxableIncome)} × ${formatPercent(inclusion)} × ${formatPercent(rate)} = ${formatCompact(tax)}`;
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
