/** 技术先进型服务企业 15% (财税〔2017〕79号 from 2017; 服务贸易类 财税〔2018〕44号 from 2018). */
import { formatCompact, formatPercent } from "../../core/money.js";
import { overlaps } from "../../core/dates.js";
import { notEligible, notInForce, type RatePolicy, text } from "../types.js";

export const citTaseRate: RatePolicy = {
  stage: "rate",
  reads: ["rate", "service_trade_rate"],
  evaluate(ctx, taxableIncome) {
    const { params, yearEnd, company, year } = ctx;
    const held = (company.qualifications?.tase ?? []).filter((r) => overlaps(r, ctx.taxYear));
    if (held.length === 0) return notEligible(`${year}年度未认定为技术先进型服务企业`, `not a recognised TASE in ${year}`);
    const serviceTrade = held.every((r) => r.service_trade === true);
    const name = serviceTrade ? "service_trade_rate" : "rate";
    if (!params.inForce(name, yearEnd)) {
      return notInForce(serviceTrade ? "服务贸易类自2018年1月1日起适用" : "自2017年1月1日起适用", serviceTrade ? "the service-trade rule applies from 2018-01-01" : "applies from 2017-01-01");
    }
    const rate = params.at(name, yearEnd);
    const tax = taxableIncome.times(rate);
    const formula = `${formatCompact(taxableIncome)} × ${formatPercent(rate)} = ${formatCompact(tax)}`;
    return {
      status: "applied",
      tax,
      formula: text(formula, formula),
      reasons: [text(serviceTrade ? "技术先进型服务企业（服务贸易类）" : "技术先进型服务企业", serviceTrade ? "service-trade TASE" : "technology-advanced service enterprise")],
    };
  },
};
