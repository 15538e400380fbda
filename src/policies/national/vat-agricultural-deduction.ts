/**
 * 农产品扣除率调整: ordinary agricultural purchases are credited at `deduction_rate` instead of
 * `deduction_rate_before` (a cost), those for standard-rate goods at `deduction_rate_standard_goods`
 * instead of `deduction_rate_standard_goods_before`. 财税〔2018〕32号: 11%→10%, 11%→12%;
 * 2019年39号: 10%→9%, 12%→10%.
 */
import { type Decimal, formatCompact, ZERO } from "../../core/money.js";
import type { Text } from "../../core/result.js";
import { type Draft, needsInput, notEligible, notInForce, type StandalonePolicy, text } from "../types.js";
import { inForceDuring, slices } from "../vat-periods.js";

export interface AgriculturalLabels {
  /** The days the rates apply: `2018-05-01..2019-03-31`. */
  readonly window: string;
  /** The standard rate of the goods produced in the window: `16%`. */
  readonly standardGoods: string;
}

export function vatAgriculturalDeduction(labels: AgriculturalLabels): StandalonePolicy {
  return {
    stage: "standalone",
    reads: ["deduction_rate_before", "deduction_rate", "deduction_rate_standard_goods_before", "deduction_rate_standard_goods"],
    evaluate(ctx): Draft {
      const { params, company, period } = ctx;
      const vat = company.vat;
      if (!inForceDuring(params, ["deduction_rate"], period)) {
        params.citeEnding("deduction_rate", period.from);
        return notInForce(`本次扣除率适用于${labels.window}`, `these deduction rates apply ${labels.window}`);
      }
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
          const general = (input.agricultural_purchases?.general ?? ZERO).times(slice.share);
          const forStandard = (input.agricultural_purchases?.for_standard_goods ?? ZERO).times(slice.share);
          const gain = forStandard.times(params.at("deduction_rate_standard_goods", date).minus(params.at("deduction_rate_standard_goods_before", date)));
          const loss = general.times(params.at("deduction_rate_before", date).minus(params.at("deduction_rate", date)));
          total = total.plus(gain).minus(loss);
          terms.push(
            `${formatCompact(forStandard)} × (${params.written("deduction_rate_standard_goods", date)} − ${params.written("deduction_rate_standard_goods_before", date)}) − ${formatCompact(general)} × (${params.written("deduction_rate_before", date)} − ${params.written("deduction_rate", date)})`,
          );
          reasons.push(
            text(
              `${slice.part.from}至${slice.part.to}：用于${labels.standardGoods}货物${formatCompact(forStandard)}，其他${formatCompact(general)}${slice.cut ? "（按天数拆分，估算）" : ""}`,
              `${slice.part.from}..${slice.part.to}: for ${labels.standardGoods} goods ${formatCompact(forStandard)}, other ${formatCompact(general)}${slice.cut ? " (split by days, estimated)" : ""}`,
            ),
          );
        }
      }
      if (!anyInForce) return notInForce(`本次扣除率适用于${labels.window}`, `these deduction rates apply ${labels.window}`);
      const formula = `${terms.join(" + ")} = ${formatCompact(total)}`;
      return { status: "applied", amount: total, formula: text(formula, formula), reasons, estimated };
    },
  };
}
