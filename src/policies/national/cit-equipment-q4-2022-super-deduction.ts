/**
 * 2022年第28号 一 (secondary): a high-tech enterprise's equipment newly bought 2022-10-01..12-31 is
 * deducted a further 100% of its cost. A permanent saving, unlike the one-time deduction.
 */
import { previousDay } from "../../core/dates.js";
import { formatCompact, formatPercent, sum } from "../../core/money.js";
import type { Text } from "../../core/result.js";
import { heldDuring } from "../qualification.js";
import { type DeductionPolicy, notEligible, notInForce, text } from "../types.js";
import { inForceDuring } from "../vat-periods.js";

export const citEquipmentQ42022SuperDeduction: DeductionPolicy = {
  stage: "deduction",
  reads: ["super_rate"],
  order: 25,
  evaluate(ctx) {
    const { params, company, taxYear } = ctx;
    const [start, end] = params.changeDates("super_rate");
    if (!inForceDuring(params, ["super_rate"], taxYear) || start === undefined || end === undefined) {
      params.citeEnding("super_rate", taxYear.from);
      return notInForce("适用于2022-10-01至2022-12-31新购置的设备", "applies to equipment bought 2022-10-01..2022-12-31");
    }
    const window = { from: start, to: previousDay(end) };
    if (!heldDuring(company.qualifications?.hnte, window)) {
      return notEligible(`${window.from}至${window.to}无有效的高新技术企业证书`, `no high-tech certificate valid within ${window.from}..${window.to}`);
    }
    const reasons: Text[] = [];
    const bought = (company.income_tax?.equipment ?? []).filter((a) => a.purchased >= window.from && a.purchased <= window.to);
    const eligible = bought.filter((a) => {
      if (a.building === true) reasons.push(text(`${a.name}：房屋、建筑物不适用`, `${a.name}: buildings and structures do not qualify`));
      return a.building !== true;
    });
    if (eligible.length === 0) return { status: "not-eligible", formula: text("—", "—"), reasons: [...reasons, text("第四季度无新购置设备", "no equipment bought in the fourth quarter")] };
    const rate = params.at("super_rate", window.from);
    const base = sum(eligible.map((a) => a.unit_value));
    const deduction = base.times(rate);
    const formula = `(${eligible.map((a) => formatCompact(a.unit_value)).join(" + ")}) × ${formatPercent(rate)} = ${formatCompact(deduction)}`;
    return {
      status: "applied",
      deduction,
      formula: text(`加计扣除额 ${formula}`, `extra deduction ${formula}`),
      reasons: [
        ...reasons,
        text(`高新技术企业第四季度新购置设备${eligible.map((a) => a.name).join("、")}加计${formatPercent(rate)}`, `high-tech enterprise, equipment bought in Q4: ${eligible.map((a) => a.name).join(", ")}, extra ${formatPercent(rate)}`),
        text("同条允许这些设备不受500万元限制一次性全额扣除：超过500万元的设备本工具未计算该项，请自行核对", "the same article allows their one-time full deduction whatever the value: not computed here for assets over 500万, check it"),
      ],
    };
  },
};
