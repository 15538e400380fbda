/**
 * 增值税加计抵减 (2019年39号 七, 2019年87号, 2023年1号 三, 2023年43号). General taxpayers whose
 * qualifying service sales are more than 50% of all sales (or advanced manufacturing enterprises)
 * accrue creditable input × rate each period and set the balance against the tax payable; what is
 * not used carries forward. One credit policy per period: the highest rate that fits.
 * The line's amount is the credit actually used in the periods calculated.
 */
import { filingPeriod } from "../../core/dates.js";
import { type Decimal, formatCompact, formatPercent, min, ZERO } from "../../core/money.js";
import type { Text } from "../../core/result.js";
import type { PolicyContext } from "../types.js";
import { type Draft, needsInput, notEligible, notInForce, type StandalonePolicy, text } from "../types.js";

interface Option {
  readonly name: string;
  readonly zh: string;
  readonly en: string;
}

/** The credit policies the company's facts qualify it for, in force on `date`, with missing facts. */
function options(ctx: PolicyContext, date: string): { fits: Option[]; missing: string[] } {
  const { params } = ctx;
  const facts = ctx.company.vat?.additional_credit;
  const fits: Option[] = [];
  const missing: string[] = [];
  const shareTest = (sales: Decimal | undefined, path: string): boolean => {
    if (!params.inForce("sales_share_min", date)) return false;
    if (sales === undefined || facts?.total_sales === undefined) {
      if (sales === undefined) missing.push(`vat.additional_credit.${path}`);
      if (facts?.total_sales === undefined) missing.push("vat.additional_credit.total_sales");
      return false;
    }
    return !facts.total_sales.isZero() && params.satisfies("sales_share_min", date, sales.div(facts.total_sales));
  };
  if (params.inForce("services_rate", date) && shareTest(facts?.services_sales, "services_sales")) {
    fits.push({ name: "services_rate", zh: "生产、生活性服务业", en: "producer and consumer services" });
  }
  if (params.inForce("consumer_services_rate", date) && facts?.consumer_services_sales !== undefined && shareTest(facts.consumer_services_sales, "consumer_services_sales")) {
    fits.push({ name: "consumer_services_rate", zh: "生活性服务业", en: "consumer services" });
  }
  if (params.inForce("advanced_manufacturing_rate", date)) {
    if (facts?.advanced_manufacturing === undefined) missing.push("vat.additional_credit.advanced_manufacturing");
    else if (facts.advanced_manufacturing) fits.push({ name: "advanced_manufacturing_rate", zh: "先进制造业企业", en: "advanced manufacturing enterprise" });
  }
  return { fits, missing: [...new Set(missing)] };
}

const IN_FORCE_NAMES = ["services_rate", "consumer_services_rate", "advanced_manufacturing_rate"] as const;

export const vatAdditionalInputCredit: StandalonePolicy = {
  stage: "standalone",
  reads: ["services_rate", "consumer_services_rate", "sales_share_min", "advanced_manufacturing_rate"],
  evaluate(ctx): Draft {
    const { params, company, period } = ctx;
    const vat = company.vat;
    const inForceOn = (date: string) => IN_FORCE_NAMES.some((n) => params.inForce(n, date));
    const notInForceDraft = notInForce(
      "加计抵减适用于2019-04-01至2023-12-31（生产、生活性服务业）和2023-01-01至2025-12-31（先进制造业企业）所属期；2024年起服务业、2026年起先进制造业的延续未经核实，不计算",
      "the credit covers periods 2019-04-01..2023-12-31 (services) and 2023-01-01..2025-12-31 (advanced manufacturing); extensions after those dates are unverified and not computed",
    );
    const ended = () => {
      for (const name of IN_FORCE_NAMES) params.citeEnding(name, period.from);
      return notInForceDraft;
    };
    const smallScale = notEligible("小规模纳税人不抵扣进项税额", "small-scale taxpayers credit no input VAT");
    const facts = vat?.additional_credit;
    if (!facts?.periods || facts.periods.length === 0) {
      const dates = [period.from, ...IN_FORCE_NAMES.flatMap((n) => params.changeDates(n))].filter((d) => d >= period.from && d <= period.to && inForceOn(d));
      if (dates.length === 0) return ended();
      if (vat?.taxpayer === "small-scale") return smallScale;
      if (vat?.taxpayer === undefined) return needsInput(["vat.taxpayer"], "需要纳税人类型", "the VAT taxpayer type is needed");
      // Ask for the returns only when the facts could make the company eligible.
      const found = dates.map((d) => options(ctx, d));
      if (found.some((f) => f.fits.length > 0)) {
        return needsInput(["vat.additional_credit.periods"], "需要各期可抵扣进项税额和抵减前应纳税额", "creditable input and tax payable by period are needed");
      }
      const missing = [...new Set(found.flatMap((f) => f.missing))];
      if (missing.length > 0) return needsInput(missing, "判断加计抵减资格需要", "deciding the credit needs");
      return notEligible("相关服务销售额未超过50%，也不是先进制造业企业", "qualifying service sales are not over 50% and the company is not an advanced manufacturing enterprise");
    }
    const within = facts.periods.filter((p) => {
      const range = filingPeriod(p.period);
      return range.to >= period.from && range.from <= period.to;
    });
    if (!within.some((p) => inForceOn(filingPeriod(p.period).from))) return ended();
    if (vat?.taxpayer === "small-scale") return smallScale;
    if (vat?.taxpayer === undefined) return needsInput(["vat.taxpayer"], "需要纳税人类型", "the VAT taxpayer type is needed");
    let balance = facts.carried_forward ?? ZERO;
    let used = ZERO;
    let anyFits = false;
    const terms: string[] = [];
    const reasons: Text[] = [];
    const missing = new Set<string>();
    const ordered = [...within].sort((a, b) => filingPeriod(a.period).from.localeCompare(filingPeriod(b.period).from));
    for (const entry of ordered) {
      const date = filingPeriod(entry.period).from;
      if (!inForceOn(date)) {
        const before = date < (params.changeDates("services_rate")[0] ?? date);
        reasons.push(
          before
            ? text(`${entry.period}在加计抵减施行前，不计提、不抵减`, `${entry.period} is before the credit: nothing accrued or used`)
            : text(`${entry.period}不在加计抵减政策期间（之后的延续未经核实），不计提、不抵减`, `${entry.period} is outside the credit's dates (later extensions unverified): nothing accrued or used`),
        );
        continue;
      }
      const found = options(ctx, date);
      for (const m of found.missing) missing.add(m);
      if (found.fits.length === 0) {
        const servicesEnded = !params.inForce("services_rate", date) && facts.services_sales !== undefined;
        reasons.push(
          servicesEnded
            ? text(`${entry.period}：生产、生活性服务业加计抵减2023-12-31以后的延续未经核实，未计算`, `${entry.period}: any extension of the service credit after 2023-12-31 is unverified and not computed`)
            : text(`${entry.period}：无符合条件的加计抵减`, `${entry.period}: no credit policy fits`),
        );
        continue;
      }
      anyFits = true;
      // 择优: the highest rate; inForce does not cite, so only the chosen value is cited.
      const option = found.fits.reduce((a, b) => ((params.entryAt(b.name, date)?.value ?? ZERO).gt(params.entryAt(a.name, date)?.value ?? ZERO) ? b : a));
      const rate = params.at(option.name, date);
      const out = entry.transferred_out ?? ZERO;
      const accrued = entry.creditable_input.minus(out).times(rate);
      const available = balance.plus(accrued);
      const payable = entry.tax_payable;
      const take = payable.isZero() || available.lte(ZERO) ? ZERO : min(payable, available);
      used = used.plus(take);
      balance = available.minus(take);
      const accrual = out.isZero() ? `${formatCompact(entry.creditable_input)} × ${formatPercent(rate)}` : `(${formatCompact(entry.creditable_input)} − ${formatCompact(out)}) × ${formatPercent(rate)}`;
      terms.push(formatCompact(take));
      reasons.push(
        text(
          `${entry.period}（${option.zh}${params.written(option.name, date)}）：计提${accrual}=${formatCompact(accrued)}，可抵减${formatCompact(available)}，应纳税额${formatCompact(payable)}，抵减${formatCompact(take)}，结转${formatCompact(balance)}`,
          `${entry.period} (${option.en} ${params.written(option.name, date)}): accrued ${accrual} = ${formatCompact(accrued)}, available ${formatCompact(available)}, payable ${formatCompact(payable)}, used ${formatCompact(take)}, carried forward ${formatCompact(balance)}`,
        ),
      );
      // 生活服务 is part of the services sales: a services firm that leaves it unstated may be owed the higher consumer rate.
      const consumer = option.name === "services_rate" && facts.consumer_services_sales === undefined && params.inForce("consumer_services_rate", date) ? params.at("consumer_services_rate", date) : undefined;
      if (consumer?.gt(rate)) {
        missing.add("vat.additional_credit.consumer_services_sales");
        reasons.push(
          text(
            `${entry.period}：未给出vat.additional_credit.consumer_services_sales；生活服务销售额超过50%的加计${formatPercent(consumer)}，此处按${formatPercent(rate)}计算`,
            `${entry.period}: vat.additional_credit.consumer_services_sales not given; consumer services over 50% of sales accrue at ${formatPercent(consumer)}, computed at ${formatPercent(rate)}`,
          ),
        );
      }
      if (found.fits.length > 1) {
        reasons.push(text(`同一期间不得叠加：${found.fits.map((f) => f.zh).join("、")}中择优适用${option.zh}`, `no stacking in one period: of ${found.fits.map((f) => f.en).join(", ")} the better, ${option.en}, applies`));
      }
    }
    if (!anyFits && missing.size > 0) return needsInput([...missing], "判断加计抵减资格需要", "deciding the credit needs");
    if (!anyFits) return { status: "not-eligible", formula: text("—", "—"), reasons: [...reasons, text("相关服务销售额未超过50%，也不是先进制造业企业", "qualifying service sales are not over 50% and the company is not an advanced manufacturing enterprise")] };
    const formula = `${terms.join(" + ")} = ${formatCompact(used)}`;
    return {
      status: "applied",
      amount: used,
      formula: text(`本期抵减 ${formula}；期末结转 ${formatCompact(balance)}`, `credit used ${formula}; balance carried forward ${formatCompact(balance)}`),
      reasons,
      ...(missing.size > 0 ? { missing: [...missing] } : {}),
    };
  },
};
