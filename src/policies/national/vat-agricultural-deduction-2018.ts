/**
 * 农产品扣除率 (财税〔2018〕32号 二、三): from 2018-05-01 ordinary agricultural purchases are credited
 * at 10% instead of 11% (a cost), and those for 16% goods at 12% (a gain).
 */
import { type Decimal, formatCompact, ZERO } from "../../core/money.js";
import type { Text } from "../../core/result.js";
import { type Draft, needsInput, notEligible, notInForce, type StandalonePolicy, text } from "../types.js";
import { slices } from "../vat-periods.js";

export const vatAgriculturalDeduction2018: StandalonePolicy = {
  stage: "standalone",
  reads: ["deduction_rate_before", "deduction_rate", "deduction_rate_standard_goods"],
  evaluate(ctx): Draft {
    const { params, company, period } = ctx;
    const vat = company.vat;
    if (vat?.taxpayer === "small-scale") return notEligible("小规模纳税人不抵扣进项税额", "small-scale taxpayers credit no input VAT");
    const withAgri = (vat?.periods ?? []).filter((p) => p.agricultural_purchases !== undefined);
    if (withAgri.length === 0) {
      if (!vat?.periods) return needsInput(["vat.periods"], "需要分期间的农产品购进额", "agricultural purchases by period are needed");
      return notEligible("未购进农产品", "no agricultural purchases");
    }
    const changes = params.changeDates("deduction_rate");
    let total: Decimal = ZERO;
    let estimated = false;
    let anyInForce = false;
    const terms: string[] = [];
    const reasons: Text[] = [];
    for (const input of withAgri) {
      for (const slice of slices(input, period, changes)) {
        const date = slice.part.from;
        if (!params.inForce("deduction_rate", date)) continue;
        anyInForce = true;
        estimated ||= slice.cut;
        const before = params.at("deduction_rate_before", date);
        const general = (input.agricultural_purchases?.general ?? ZERO).times(slice.share);
        const forStandard = (input.agricultural_purchases?.for_standard_goods ?? ZERO).times(slice.share);
        const gain = forStandard.times(params.at("deduction_rate_standard_goods", date).minus(before));
        const loss = general.times(before.minus(params.at("deduction_rate", date)));
        total = total.plus(gain).minus(loss);
        terms.push(
          `${formatCompact(forStandard)} × (${params.written("deduction_rate_standard_goods", date)} − ${params.written("deduction_rate_before", date)}) − ${formatCompact(general)} × (${params.written("deduction_rate_before", date)} − ${params.written("deduction_rate", date)})`,
        );
        reasons.push(
          text(
            `${slice.part.from}至${slice.part.to}：用于16%货物${formatCompact(forStandard)}，其他${formatCompact(general)}${slice.cut ? "（按天数拆分，估算）" : ""}`,
            `${slice.part.from}..${slice.part.to}: for 16% goods ${formatCompact(forStandard)}, other ${formatCompact(general)}${slice.cut ? " (split by days, estimated)" : ""}`,
          ),
        );
      }
    }
    if (!anyInForce) return notInForce("扣除率调整自2018年5月1日起执行", "the new deduction rates apply from 2018-05-01");
    const formula = `${terms.join(" + ")} = ${formatCompact(total)}`;
    return { status: "applied", amount: total, formula: text(formula, formula), reasons, estimated };
  },
};
