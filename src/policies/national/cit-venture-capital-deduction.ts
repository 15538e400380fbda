/**
 * 创业投资企业投资额抵扣 (restated by 冀政发〔2017〕2号 四（一）): a registered venture-capital
 * enterprise deducts 70% of an investment in an unlisted SME high-tech enterprise from taxable
 * income in the year the holding reaches 2 years; what cannot be absorbed carries forward.
 * Order 60: the return takes 抵扣应纳税所得额 after loss compensation (extended losses are 40).
 */
import { formatCompact, sum, ZERO } from "../../core/money.js";
import { type DeductionPolicy, notEligible, notInForce, text } from "../types.js";

export const citVentureCapitalDeduction: DeductionPolicy = {
  stage: "deduction",
  reads: ["deduction_rate", "holding_years"],
  order: 60,
  evaluate(ctx) {
    const { params, yearEnd, year, company } = ctx;
    if (!params.inForce("deduction_rate", yearEnd)) {
      return notInForce(`${year}年度不在表中（表值自2017-01-18起）`, `no values for ${year} (values from 2017-01-18)`);
    }
    const vc = company.income_tax?.venture_capital;
    if (!vc) return notEligible("不是创业投资企业（未填报 income_tax.venture_capital）", "not a venture-capital enterprise (income_tax.venture_capital not given)");
    if (!vc.registered) return notEligible("创业投资企业未备案", "the venture-capital enterprise is not registered (备案)");
    const holding = params.at("holding_years", yearEnd).toNumber();
    const rate = params.at("deduction_rate", yearEnd);
    const dueYear = (acquired: string): number => Number(acquired.slice(0, 4)) + holding;
    const investments = vc.investments ?? [];
    const due = investments.filter((i) => dueYear(i.acquired) === year);
    // holdings due in another year are named, so none drops out unseen (earlier ones belong in carried_forward)
    const otherYears = investments
      .filter((i) => dueYear(i.acquired) !== year)
      .map((i) => text(`${i.investee}：持有满${holding}年的年度为${dueYear(i.acquired)}年，不在本年`, `${i.investee}: the holding reaches ${holding} years in ${dueYear(i.acquired)}, not this year`));
    const carried = vc.carried_forward ?? ZERO;
    if (due.length === 0 && carried.isZero()) {
      const none = text(`${year}年无持有满${holding}年的投资，也无结转额`, `no holding reaches ${holding} years in ${year} and nothing is carried forward`);
      return { status: "not-eligible", formula: text("—", "—"), reasons: [none, ...otherYears] };
    }
    const invested = sum(due.map((i) => i.amount));
    const deduction = invested.times(rate).plus(carried);
    const formula = `${formatCompact(invested)} × ${params.written("deduction_rate", yearEnd)} + ${formatCompact(carried)} = ${formatCompact(deduction)}`;
    return {
      status: "applied",
      deduction,
      formula: text(`抵扣 ${formula}`, `deduction ${formula}`),
      reasons: [
        ...due.map((i) => text(`${i.investee}：${i.acquired}取得，${year}年持有满${holding}年`, `${i.investee}: acquired ${i.acquired}, held ${holding} years in ${year}`)),
        ...(carried.isZero() ? [] : [text(`以前年度结转${formatCompact(carried)}`, `${formatCompact(carried)} carried forward from earlier years`)]),
        ...otherYears,
      ],
      leftover: text("其余结转以后纳税年度抵扣（未计价）", "the rest carries forward to later years (not valued)"),
    };
  },
};
