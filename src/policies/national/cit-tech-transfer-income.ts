/**
 * 技术转让所得 (restated in Hebei's 2018 private-economy opinions, art. 12): the part of a year's
 * technology-transfer income up to 500万 is exempt, the part above is taxed at half. Both leave
 * taxable income as deductions. Order 35: an income reduction (所得减免), which the return takes
 * after the adjustments (R&D, equipment, education) and before loss compensation.
 */
import { formatCompact, min, positive } from "../../core/money.js";
import { type DeductionPolicy, notEligible, notInForce, text } from "../types.js";

export const citTechTransferIncome: DeductionPolicy = {
  stage: "deduction",
  reads: ["exempt_ceiling"],
  order: 35,
  evaluate(ctx) {
    const { params, yearEnd, year, company } = ctx;
    if (!params.inForce("exempt_ceiling", yearEnd)) {
      return notInForce(`${year}年度不在表中（表值自2018纳税年度起）`, `no values for ${year} (values from tax year 2018)`);
    }
    const income = company.income_tax?.tech_transfer_income;
    if (income === undefined || income.isZero()) {
      return notEligible("未填报技术转让所得（income_tax.tech_transfer_income）", "no technology-transfer income reported (income_tax.tech_transfer_income)");
    }
    const ceiling = params.at("exempt_ceiling", yearEnd);
    const exempt = min(income, ceiling);
    const excess = positive(income.minus(ceiling));
    const deduction = exempt.plus(excess.div(2));
    const formula = `${formatCompact(exempt)} + ${formatCompact(excess)} ÷ 2 = ${formatCompact(deduction)}`;
    return {
      status: "applied",
      deduction,
      formula: text(`免征 ${formula}`, `exempt ${formula}`),
      reasons: [
        text(
          `技术转让所得${formatCompact(income)}：不超过${params.written("exempt_ceiling", yearEnd)}的部分免征，超过部分减半`,
          `technology-transfer income ${formatCompact(income)}: exempt up to ${params.written("exempt_ceiling", yearEnd)}, the excess taxed at half`,
        ),
      ],
      leftover: text("超出部分不能减免（所得减免以应纳税所得额为限，不结转）", "the rest is lost (the relief is limited to taxable income and does not carry forward)"),
    };
  },
};
