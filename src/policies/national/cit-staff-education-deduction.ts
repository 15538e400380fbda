/**
 * 职工教育经费: the deduction above the general 2.5% cap that a higher cap allows this year —
 * 8% for all from 2018 (财税〔2018〕51号), for high-tech enterprises and TASEs before that.
 * Excess carries forward under every cap, so the benefit is a deferral. Every outcome past the
 * in-force test carries the cap chosen, for the IC/software training deduction that follows it.
 */
import { formatCompact, formatPercent, min, ZERO } from "../../core/money.js";
import { heldDuring } from "../qualification.js";
import { type DeductionPolicy, needsInput, notEligible, notInForce, text } from "../types.js";

export const citStaffEducationDeduction: DeductionPolicy = {
  stage: "deduction",
  reads: ["baseline_cap", "general_cap", "hnte_cap", "tase_cap"],
  order: 30,
  evaluate(ctx) {
    const { params, yearEnd, company, year } = ctx;
    if (!params.inForce("baseline_cap", yearEnd)) {
      return notInForce(`${year}年度的扣除限额不在表中（表值自2017-02-25起）`, `no cap in the tables for ${year} (values from 2017-02-25)`);
    }
    const candidates: { name: string; zh: string; en: string }[] = [];
    if (params.inForce("general_cap", yearEnd)) candidates.push({ name: "general_cap", zh: "所有企业", en: "all enterprises" });
    if (heldDuring(company.qualifications?.hnte, ctx.taxYear) && params.inForce("hnte_cap", yearEnd)) {
      candidates.push({ name: "hnte_cap", zh: "高新技术企业", en: "high-tech enterprise" });
    }
    if (heldDuring(company.qualifications?.tase, ctx.taxYear) && params.inForce("tase_cap", yearEnd)) {
      candidates.push({ name: "tase_cap", zh: "技术先进型服务企业", en: "technology-advanced service enterprise" });
    }
    const best = candidates.reduce<(typeof candidates)[number] | undefined>(
      (a, c) => (a && params.at(a.name, yearEnd).gte(params.at(c.name, yearEnd)) ? a : c),
      undefined,
    );
    const baselineCap = params.at("baseline_cap", yearEnd);
    if (!best || params.at(best.name, yearEnd).lte(baselineCap)) {
      return { ...notEligible(`${year}年度只适用一般企业${formatPercent(baselineCap)}限额`, `only the general ${formatPercent(baselineCap)} cap applies in ${year}`), cap: baselineCap };
    }
    const cap = params.at(best.name, yearEnd);
    const it = company.income_tax;
    const missing = [
      ...(it?.payroll === undefined ? ["income_tax.payroll"] : []),
      ...(it?.staff_education === undefined ? ["income_tax.staff_education.expense"] : []),
    ];
    if (missing.length > 0 || !it?.payroll || !it.staff_education) return { ...needsInput(missing, "需要工资薪金总额和职工教育经费", "payroll and staff education expense are needed"), cap };
    const spent = it.staff_education.expense.plus(it.staff_education.carried_forward ?? ZERO);
    const allowed = min(spent, it.payroll.times(cap));
    const baseline = min(spent, it.payroll.times(baselineCap));
    const deduction = allowed.minus(baseline);
    const formula =
      `min(${formatCompact(spent)}, ${formatCompact(it.payroll)} × ${formatPercent(cap)}) − ` +
      `min(${formatCompact(spent)}, ${formatCompact(it.payroll)} × ${formatPercent(baselineCap)}) = ${formatCompact(deduction)}`;
    if (deduction.isZero()) {
      return { ...notEligible("教育经费未超过一般限额", "education expense within the general cap", text(formula, formula)), cap };
    }
    const capBinds = spent.gt(allowed);
    return {
      status: capBinds ? "capped" : "applied",
      deduction,
      cap,
      formula: text(`多扣除 ${formula}`, `extra deduction ${formula}`),
      reasons: [
        text(`适用${best.zh}${formatPercent(cap)}限额`, `${formatPercent(cap)} cap for ${best.en}`),
        ...(capBinds ? [text(`超过限额的${formatCompact(spent.minus(allowed))}结转以后年度扣除`, `${formatCompact(spent.minus(allowed))} above the cap carries forward`)] : []),
      ],
    };
  },
};
