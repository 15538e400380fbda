/**
 * Premium subsidy: rate × premium, where a premium-rate ceiling (premium ÷ insured amount) limits
 * the premium that counts, less what another level already paid (top-up), within a yearly cap.
 */
import { dec, formatCompact, formatPercent, max, min, ZERO } from "../../core/money.js";
import type { Text } from "../../core/result.js";
import type { AwardSpec } from "../../tables/award-schema.js";
import { type Draft, needsInput, notEligible } from "../types.js";
import { applyCap } from "./capped.js";
import type { AwardContext } from "./context.js";
import { figure, figureLabel, rate as companyRate } from "./facts.js";
import { RATES } from "../../input/award-facts.js";

type Spec = Extract<AwardSpec, { shape: "premium-subsidy" }>;

export function premiumSubsidy(ctx: AwardContext, spec: Spec): Draft {
  const { params, readDate, year, company } = ctx;
  const premium = figure(company, spec.premium, year);
  const insured = spec.insured ? figure(company, spec.insured, year) : undefined;
  const received = spec.top_up_of ? figure(company, spec.top_up_of, year) : undefined;
  // rate_from: the text leaves the share to a city or county scheme; the company file states it, in percent.
  const share = spec.rate_from ? companyRate(company, spec.rate_from, year) : undefined;
  const missing = [premium, ...(spec.rate_ceiling && insured ? [insured] : []), ...(received ? [received] : []), ...(share ? [share] : [])].filter((r) => r.value === undefined).map((r) => r.path);
  if (missing.length > 0) return needsInput(missing, "保费补贴须有保费及相关金额（及补贴比例）", "the premium subsidy needs the premium, related amounts (and the share)");
  const paid = premium.value ?? ZERO;
  if (paid.isZero()) return notEligible(`${year}年无${figureLabel(spec.premium).zh}`, `no ${figureLabel(spec.premium).en} in ${year}`);
  const rate = spec.rate !== undefined ? params.at(spec.rate, readDate) : dec(share?.value ?? 0).div(100);
  const shareReason: Text[] = spec.rate_from ? [{ zh: `补贴比例按企业所填${RATES[spec.rate_from].zh}`, en: `the share is the company's ${RATES[spec.rate_from].en}` }] : [];
  let base = paid;
  const steps: Text[] = [];
  if (spec.rate_ceiling && insured?.value !== undefined) {
    const ceiling = params.at(spec.rate_ceiling, readDate);
    const allowed = insured.value.times(ceiling);
    base = min(paid, allowed);
    if (base.lt(paid)) steps.push({ zh: `保费率超过 ${formatPercent(ceiling)}：计入 ${formatCompact(insured.value)} × ${formatPercent(ceiling)} = ${formatCompact(base)}`, en: `premium rate above ${formatPercent(ceiling)}: counts ${formatCompact(insured.value)} × ${formatPercent(ceiling)} = ${formatCompact(base)}` });
  }
  const gross = base.times(rate);
  const already = received?.value ?? ZERO;
  const net = max(ZERO, gross.minus(already));
  const cap = applyCap(ctx, net, spec.cap);
  const topUp = spec.top_up_of ? { zh: ` − 已获 ${formatCompact(already)}`, en: ` − received ${formatCompact(already)}` } : { zh: "", en: "" };
  const formula = {
    zh: `${[...steps.map((s) => s.zh), ""].join("；")}${formatCompact(base)} × ${formatPercent(rate)}${topUp.zh} = ${formatCompact(net)}${cap.note?.zh ?? ""}`,
    en: `${[...steps.map((s) => s.en), ""].join("; ")}${formatCompact(base)} × ${formatPercent(rate)}${topUp.en} = ${formatCompact(net)}${cap.note?.en ?? ""}`,
  };
  if (net.isZero()) return notEligible(`已获补贴达到 ${formatPercent(rate)}，无需补足`, `the subsidy already received reaches ${formatPercent(rate)}: nothing to top up`, formula);
  return { status: cap.capped ? "capped" : "applied", amount: cap.amount, formula, reasons: [...shareReason, { zh: `${year}年${figureLabel(spec.premium).zh}`, en: `${year} ${figureLabel(spec.premium).en}` }] };
}
