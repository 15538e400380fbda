/**
 * 研发费用加计扣除. Expensed R&D earns `extra_rate` on top of its ordinary deduction; amortisation
 * of R&D-formed intangibles is taken at `amortization_rate` instead of 100%.
 * 石政发〔2017〕7号 附件13: 50% / 150%; 财税〔2018〕99号: 75% / 175% for 2018–2020.
 */
import { formatCompact, formatPercent, ZERO } from "../../core/money.js";
import { heldDuring } from "../qualification.js";
import { type DeductionPolicy, needsInput, notEligible, notInForce, text } from "../types.js";

export const citRdSuperDeduction: DeductionPolicy = {
  stage: "deduction",
  reads: ["extra_rate", "extra_rate_tsme", "amortization_rate"],
  order: 10,
  evaluate(ctx) {
    const { params, yearEnd, company } = ctx;
    if (!params.inForce("extra_rate", yearEnd)) {
      return notInForce(`${ctx.year}年度无加计扣除比例（表值自2017-02-25至2020-12-31）`, `no super-deduction rate for tax year ${ctx.year} (values cover 2017-02-25 to 2020-12-31)`);
    }
    const rd = company.income_tax?.rd;
    if (!rd || (rd.expensed === undefined && rd.intangible_amortization === undefined)) {
      return needsInput(["income_tax.rd.expensed"], "研发费用未给出", "R&D expense not given");
    }
    const tsme = heldDuring(company.qualifications?.tsme, ctx.taxYear) && params.inForce("extra_rate_tsme", yearEnd);
    const rateName = tsme && params.at("extra_rate_tsme", yearEnd).gt(params.at("extra_rate", yearEnd)) ? "extra_rate_tsme" : "extra_rate";
    const rate = params.at(rateName, yearEnd);
    const expensed = rd.expensed ?? ZERO;
    const amortization = rd.intangible_amortization ?? ZERO;
    const amortRate = params.at("amortization_rate", yearEnd);
    const extraAmortization = amortization.times(amortRate.minus(1));
    const deduction = expensed.times(rate).plus(extraAmortization);
    if (deduction.isZero()) return notEligible("无研发费用", "no R&D expense");
    const parts = [`${formatCompact(expensed)} × ${formatPercent(rate)}`];
    if (!amortization.isZero()) parts.push(`${formatCompact(amortization)} × (${formatPercent(amortRate)} − 100%)`);
    const formula = `${parts.join(" + ")} = ${formatCompact(deduction)}`;
    return {
      status: "applied",
      deduction,
      formula: text(`加计扣除额 ${formula}`, `extra deduction ${formula}`),
      reasons: [
        text(
          `费用化研发费用加计${formatPercent(rate)}${rateName === "extra_rate_tsme" ? "（科技型中小企业）" : ""}`,
          `expensed R&D deducted an extra ${formatPercent(rate)}${rateName === "extra_rate_tsme" ? " (technology-based SME)" : ""}`,
        ),
      ],
    };
  },
};
