/** 高新技术企业 15%: tax on the final taxable income at the reduced rate, when a certificate covers the year. */
import { formatCompact, formatPercent } from "../../core/money.js";
import { heldDuring } from "../qualification.js";
import { notEligible, type RatePolicy, text } from "../types.js";

export const citHnteRate: RatePolicy = {
  stage: "rate",
  reads: ["rate"],
  evaluate(ctx, taxableIncome) {
    const { params, yearEnd, company, year } = ctx;
    if (!heldDuring(company.qualifications?.hnte, ctx.taxYear)) {
      return notEligible(`${year}年度无有效的高新技术企业证书`, `no high-tech enterprise certificate valid in ${year}`);
    }
    const rate = params.at("rate", yearEnd);
    const tax = taxableIncome.times(rate);
    return {
      status: "applied",
      tax,
      formula: text(`${formatCompact(taxableIncome)} × ${formatPercent(rate)} = ${formatCompact(tax)}`, `${formatCompact(taxableIncome)} × ${formatPercent(rate)} = ${formatCompact(tax)}`),
      reasons: [text("高新技术企业减按15%征收", "high-tech enterprise taxed at 15%")],
    };
  },
};
