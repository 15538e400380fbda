/**
 * 研发费用加计扣除. Expensed R&D earns an extra rate on top of its ordinary deduction; amortisation
 * of R&D-formed intangibles is taken at an amortisation rate instead of 100%. Of the rates that fit
 * the company (general; manufacturing 2021–2022; technology-based SME 2017 and 2022; integrated
 * circuits and mother machines 2023–2027) the highest applies. A rate that starts inside the tax
 * year (2022年28号: 100% from 2022-10-01 for firms on 75%) applies to the expense from that day.
 */
import { type Decimal, dec, formatCompact, formatPercent, ZERO } from "../../core/money.js";
import type { Text } from "../../core/result.js";
import type { ParamReader } from "../../tables/params.js";
import { heldDuring } from "../qualification.js";
import { type DeductionPolicy, type PolicyContext, needsInput, notEligible, notInForce, text } from "../types.js";

interface Rate {
  readonly extra: string;
  readonly amortization: string;
  readonly zh: string;
  readonly en: string;
}

const GENERAL: Rate = { extra: "extra_rate", amortization: "amortization_rate", zh: "", en: "" };

/** The rates an industry flag earns, with what the line says of the flag when it is not given. */
const INDUSTRY_RATES = [
  {
    flag: "manufacturing",
    rate: { extra: "extra_rate_manufacturing", amortization: "amortization_rate_manufacturing", zh: "（制造业企业）", en: " (manufacturing enterprise)" },
    zh: "制造业企业",
    en: "a manufacturing enterprise",
  },
  {
    flag: "ic_or_mother_machine",
    rate: { extra: "extra_rate_ic", amortization: "amortization_rate_ic", zh: "（集成电路或工业母机企业）", en: " (integrated circuits or mother machines)" },
    zh: "集成电路或工业母机企业",
    en: "an integrated-circuit or mother-machine enterprise",
  },
] as const;

/** The rates whose conditions the company meets, in force on `date`. */
function candidates(ctx: PolicyContext, date: string): Rate[] {
  const { params, company } = ctx;
  const out: Rate[] = [GENERAL];
  for (const { flag, rate } of INDUSTRY_RATES) if (company.industry?.[flag] === true && params.inForce(rate.extra, date)) out.push(rate);
  if (heldDuring(company.qualifications?.tsme, ctx.taxYear) && params.inForce("extra_rate_tsme", date)) {
    out.push({ extra: "extra_rate_tsme", amortization: params.inForce("amortization_rate_tsme", date) ? "amortization_rate_tsme" : "amortization_rate", zh: "（科技型中小企业）", en: " (technology-based SME)" });
  }
  return out;
}

/**
 * Industry rates above `applied` that the company neither claims nor rules out: an absent flag reads
 * as "no", as elsewhere, but the line names the flag, so the lower amount is not silent. "Not applied"
 * rather than the rate used: in 2022 the general rate changes in the fourth quarter.
 */
function unstatedRates(ctx: PolicyContext, date: string, applied: Decimal): Text[] {
  const { params, company } = ctx;
  return INDUSTRY_RATES.filter(({ flag, rate }) => company.industry?.[flag] === undefined && params.inForce(rate.extra, date) && params.at(rate.extra, date).gt(applied)).map(({ flag, rate, zh, en }) => {
    const higher = formatPercent(params.at(rate.extra, date));
    return text(`未给出industry.${flag}：${zh}加计${higher}，此处未适用`, `industry.${flag} not given: ${en} deducts an extra ${higher}, not applied here`);
  });
}

/** The highest of the candidate rates; reads only the values it compares (inForce does not cite). */
function best(params: ParamReader, rates: readonly Rate[], date: string): Rate {
  const value = (r: Rate) => (params.inForce(r.extra, date) ? params.entryAt(r.extra, date)?.value ?? ZERO : ZERO);
  return rates.reduce((a, b) => (value(b).gt(value(a)) ? b : a));
}

export const citRdSuperDeduction: DeductionPolicy = {
  stage: "deduction",
  reads: ["extra_rate", "extra_rate_manufacturing", "amortization_rate_manufacturing", "extra_rate_ic", "amortization_rate_ic", "extra_rate_q4", "extra_rate_tsme", "amortization_rate_tsme", "amortization_rate"],
  order: 10,
  evaluate(ctx) {
    const { params, yearEnd, company, year } = ctx;
    if (!params.inForce("extra_rate", yearEnd)) {
      return notInForce(`${year}年度无加计扣除比例（表值自2017-02-25起）`, `no super-deduction rate for tax year ${year} (values start 2017-02-25)`);
    }
    const rd = company.income_tax?.rd;
    if (!rd || (rd.expensed === undefined && rd.intangible_amortization === undefined)) {
      return needsInput(["income_tax.rd.expensed"], "研发费用未给出", "R&D expense not given");
    }
    const chosen = best(params, candidates(ctx, yearEnd), yearEnd);
    const rate = params.at(chosen.extra, yearEnd);
    const expensed = rd.expensed ?? ZERO;
    const amortization = rd.intangible_amortization ?? ZERO;
    const amortRate = params.at(chosen.amortization, yearEnd);
    const extraAmortization = amortization.times(amortRate.minus(1));
    const reasons: Text[] = [
      text(`费用化研发费用加计${formatPercent(rate)}${chosen.zh}`, `expensed R&D deducted an extra ${formatPercent(rate)}${chosen.en}`),
      ...unstatedRates(ctx, yearEnd, rate),
      text("不适用加计扣除的行业清单未经核实，未据此排除；烟草、住宿餐饮、批发零售、房地产、租赁和商务服务、娱乐业企业请自行核对", "the excluded-industry list is unverified and not applied; firms in tobacco, catering, wholesale and retail, real estate, leasing and business services or entertainment should check"),
    ];

    // A higher rate starting inside the year (Q4 2022) applies to the expense from its first day.
    const late = lateRate(params, year, rate);
    let estimated = false;
    let expensedTerm = `${formatCompact(expensed)} × ${formatPercent(rate)}`;
    let extraExpensed = expensed.times(rate);
    if (late && !expensed.isZero()) {
      const given = rd.q4_expensed;
      if (given?.gt(expensed)) {
        return needsInput(["income_tax.rd.q4_expensed"], `第四季度金额${formatCompact(given)}大于全年费用化金额${formatCompact(expensed)}，请核对`, `the Q4 amount ${formatCompact(given)} exceeds the year's ${formatCompact(expensed)}; check it`);
      }
      const share = dec(13 - late.month).div(12);
      const lateExpense = given ?? expensed.times(share);
      estimated = given === undefined;
      const early = expensed.minus(lateExpense);
      extraExpensed = early.times(rate).plus(lateExpense.times(late.rate));
      expensedTerm = `${formatCompact(early)} × ${formatPercent(rate)} + ${formatCompact(lateExpense)} × ${formatPercent(late.rate)}`;
      reasons.push(
        given === undefined
          ? text(`${late.from}起加计${formatPercent(late.rate)}：未给出第四季度金额，按全年${formatCompact(expensed)}×${13 - late.month}/12估算`, `from ${late.from} the extra rate is ${formatPercent(late.rate)}; Q4 expense not given, estimated as ${formatCompact(expensed)} × ${13 - late.month}/12`)
          : text(`${late.from}起加计${formatPercent(late.rate)}：第四季度费用化研发费用${formatCompact(given)}`, `from ${late.from} the extra rate is ${formatPercent(late.rate)}: Q4 expensed R&D ${formatCompact(given)}`),
      );
    }
    const deduction = extraExpensed.plus(extraAmortization);
    if (deduction.isZero()) return notEligible("无研发费用", "no R&D expense");
    const parts = [expensedTerm];
    if (!amortization.isZero()) parts.push(`${formatCompact(amortization)} × (${formatPercent(amortRate)} − 100%)`);
    const formula = `${parts.join(" + ")} = ${formatCompact(deduction)}`;
    return {
      status: "applied",
      deduction,
      formula: text(`加计扣除额 ${formula}`, `extra deduction ${formula}`),
      reasons,
      estimated,
    };
  },
};

/** `extra_rate_q4` when it starts inside `year` and beats the annual rate. */
function lateRate(params: ParamReader, year: number, annual: Decimal): { from: string; month: number; rate: Decimal } | undefined {
  const entry = params.parameter("extra_rate_q4").entries.find((e) => e.from.startsWith(`${year}-`) && e.value !== null);
  if (!entry || entry.value === null || !entry.value.gt(annual)) return undefined;
  const rate = params.at("extra_rate_q4", entry.from);
  return { from: entry.from, month: Number(entry.from.slice(5, 7)), rate };
}
