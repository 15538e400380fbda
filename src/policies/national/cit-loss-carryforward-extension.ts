/**
 * 亏损结转年限延长至10年 (财税〔2018〕76号): losses aged 6–10 years that the ordinary 5-year rule
 * has let lapse, usable when a year in the 5 after the loss, from 2018 on, held the status.
 */
import { formatCompact, sum } from "../../core/money.js";
import { heldDuring } from "../qualification.js";
import { type DeductionPolicy, needsInput, notEligible, notInForce, text } from "../types.js";

export const citLossCarryforwardExtension: DeductionPolicy = {
  stage: "deduction",
  reads: ["extended_years", "lookback_years"],
  readsGeneral: ["loss_carryforward_years"],
  order: 40,
  evaluate(ctx) {
    const { params, yearEnd, company, year } = ctx;
    if (!params.inForce("extended_years", yearEnd)) {
      return notInForce("财税〔2018〕76号自2018年1月1日起执行", "财税〔2018〕76号 applies from 2018-01-01");
    }
    const q = company.qualifications;
    const qualifiedIn = (y: number): boolean =>
      params.inForce("extended_years", `${y}-12-31`) &&
      (heldDuring(q?.hnte, { from: `${y}-01-01`, to: `${y}-12-31` }) || heldDuring(q?.tsme, { from: `${y}-01-01`, to: `${y}-12-31` }));
    const extended = params.at("extended_years", yearEnd).toNumber();
    const lookback = params.at("lookback_years", yearEnd).toNumber();
    const ordinary = ctx.general.at("loss_carryforward_years", yearEnd).toNumber();
    const losses = company.income_tax?.losses;
    const anyQualified = Array.from({ length: extended }, (_, i) => year - i).some(qualifiedIn);
    if (!anyQualified) return notEligible("近年未具备高新技术企业或科技型中小企业资格", "no high-tech or tech-SME status in the relevant years");
    if (losses === undefined) return needsInput(["income_tax.losses"], "需要以前年度尚未弥补的亏损", "unused losses of earlier years are needed");
    const eligible = losses.filter((loss) => {
      const age = year - loss.year;
      if (age <= ordinary || age > extended) return false;
      for (let qy = loss.year + 1; qy <= Math.min(loss.year + lookback, year); qy++) if (qualifiedIn(qy)) return true;
      return false;
    });
    if (eligible.length === 0 || sum(eligible.map((l) => l.unused)).isZero()) {
      return notEligible(`无结转第${ordinary + 1}至${extended}年的合格亏损`, `no qualifying losses aged ${ordinary + 1}–${extended} years`);
    }
    const deduction = sum(eligible.map((l) => l.unused));
    const formula = `${eligible.map((l) => `${l.year}: ${formatCompact(l.unused)}`).join(" + ")} = ${formatCompact(deduction)}`;
    return {
      status: "applied",
      deduction,
      formula: text(`可弥补的延长期亏损 ${formula}`, `losses usable only under the extension ${formula}`),
      reasons: [text(`亏损结转年限由${ordinary}年延长至${extended}年`, `carry-forward extended from ${ordinary} to ${extended} years`)],
    };
  },
};
