/**
 * 2018年留抵退税 (财税〔2018〕70号): refundable = prior-period excess credit × the share of input VAT
 * from special invoices, customs and withholding certificates, capped at the end-2017 excess credit.
 * Grid enterprises are refunded in full; the listed industries only within a provincial quota the
 * seeds do not give, so for them the figure is a ceiling.
 */
import { overlaps } from "../../core/dates.js";
import { formatCompact, min } from "../../core/money.js";
import { type Draft, needsInput, notEligible, notInForce, type StandalonePolicy, text } from "../types.js";

const PATH = "vat.excess_credit_refund";

export const vatExcessCreditRefund2018: StandalonePolicy = {
  stage: "standalone",
  reads: ["ratio_span_years"],
  evaluate(ctx): Draft {
    const { params, company, period } = ctx;
    const [start, end] = params.changeDates("ratio_span_years");
    if (!start || !end || !overlaps(period, { from: start, to: end }) || !params.inForce("ratio_span_years", start)) {
      return notInForce("一次性政策，仅2018年6月27日至9月30日办理", "a one-off programme run from 2018-06-27 to 2018-09-30");
    }
    params.at("ratio_span_years", start); // cite the refund-ratio rule
    if (company.vat?.taxpayer === "small-scale") return notEligible("小规模纳税人无进项留抵", "small-scale taxpayers have no excess input credit");
    const facts = company.vat?.excess_credit_refund;
    if (!facts) return notEligible(`未填报留抵退税资料（${PATH}）`, `no excess-credit facts given (${PATH})`);
    const grid = facts.grid_enterprise === true;
    if (!grid && facts.listed_industry === undefined) {
      return needsInput([`${PATH}.listed_industry`, `${PATH}.grid_enterprise`], "需要所属行业是否在附件目录内或是否为电网企业", "whether the industry is listed or the company is a grid enterprise is needed");
    }
    if (!grid && !facts.listed_industry) return notEligible("所属行业不在附件所列18个大类，也不是电网企业", "neither in the 18 listed industries nor a grid enterprise");
    if (facts.credit_rating === undefined) return needsInput([`${PATH}.credit_rating`], "需要纳税信用等级", "the tax credit rating is needed");
    if (facts.credit_rating !== "A" && facts.credit_rating !== "B") {
      return notEligible(`纳税信用等级为${facts.credit_rating}级，须为A级或B级`, `credit rating ${facts.credit_rating}; A or B is required`);
    }
    const { prior_period_credit: prior, end_2017_credit: cap, invoice_input_vat: invoices, total_input_vat: total } = facts;
    const missing = [
      ...(prior === undefined ? [`${PATH}.prior_period_credit`] : []),
      ...(cap === undefined ? [`${PATH}.end_2017_credit`] : []),
      ...(invoices === undefined ? [`${PATH}.invoice_input_vat`] : []),
      ...(total === undefined ? [`${PATH}.total_input_vat`] : []),
    ];
    if (missing.length > 0 || !prior || !cap || !invoices || !total) return needsInput(missing, "需要留抵税额和进项税额构成", "the excess credits and the input-VAT split are needed");
    if (total.isZero()) return notEligible("同期无已抵扣进项税额，退还比例无从计算", "no input VAT deducted over the span, so there is no ratio");
    const refundable = prior.times(invoices).div(total);
    const refund = min(refundable, cap);
    const capBinds = refundable.gt(cap);
    const formula = `min(${formatCompact(prior)} × ${formatCompact(invoices)} ÷ ${formatCompact(total)}, ${formatCompact(cap)}) = ${formatCompact(refund)}`;
    const capReason = capBinds ? [text(`可退还额超过2017年底期末留抵税额，以${formatCompact(cap)}为限`, `limited to the end-2017 excess credit ${formatCompact(cap)}`)] : [];
    if (grid) {
      return {
        status: capBinds ? "capped" : "applied",
        amount: refund,
        formula: text(formula, formula),
        reasons: [text("电网企业据实退还", "grid enterprises are refunded in full"), ...capReason],
      };
    }
    return {
      status: "ceiling-only",
      amount: refund,
      formula: text(`最多 ${formula}`, `at most ${formula}`),
      reasons: [text("先进制造业、现代服务业在各省退还规模内确定退税纳税人，规模另行通知，此为上限", "the listed industries are refunded within a provincial quota notified separately: this is a ceiling"), ...capReason],
    };
  },
};
