/**
 * 集成电路设计企业和符合条件软件企业的职工培训费用: deducted as incurred instead of inside the staff
 * education cap (石政发〔2017〕7号 附件第22条). Order 31, right after staff education (30): the
 * extra is measured against the cap that item chose, so it must come after it; both are timing
 * items, so their order does not move the total.
 * Extra deduction = T + min(S − T, P × C) − min(S, P × C), S = education expense + carried in,
 * T = training costs, P = payroll, C = the staff-education cap of the year.
 */
import { formatCompact, formatPercent, min, ZERO } from "../../core/money.js";
import { LookupError } from "../../errors/problems.js";
import { type DeductionPolicy, needsInput, notEligible, notInForce, text } from "../types.js";

export const citIcSoftwareTrainingDeduction: DeductionPolicy = {
  stage: "deduction",
  reads: [],
  order: 31,
  uses: "cit-staff-education-deduction",
  evaluate(ctx, education) {
    const { table, yearEnd, year, company } = ctx;
    // No figure: the basis sentence's document window is when the measure applies.
    const window = table.basis?.[0]?.document.valid;
    if (!window) throw new LookupError(`${table.file}: the basis document states no validity window`);
    if (yearEnd < window.from || (window.to !== null && yearEnd > window.to)) {
      return notInForce(`${year}年度不在文件有效期（${window.from}至${window.to ?? "—"}）内`, `${year} is outside the document's window (${window.from} to ${window.to ?? "—"})`);
    }
    if (company.industry?.ic_design_or_software !== true) {
      return notEligible("企业未声明为集成电路设计企业或符合条件软件企业（industry.ic_design_or_software）", "the company does not state it is an IC-design or qualifying software enterprise (industry.ic_design_or_software)");
    }
    const it = company.income_tax;
    const missing = [
      ...(it?.payroll === undefined ? ["income_tax.payroll"] : []),
      ...(it?.staff_education === undefined ? ["income_tax.staff_education.expense"] : []),
      ...(it?.staff_education?.training_expense === undefined ? ["income_tax.staff_education.training_expense"] : []),
    ];
    const training = it?.staff_education?.training_expense;
    if (missing.length > 0 || !it?.payroll || !it.staff_education || training === undefined) {
      return needsInput(missing, "需要工资薪金总额、职工教育经费及其中单独核算的职工培训费用", "payroll, staff education expense and the separately accounted training costs within it are needed");
    }
    if (training.isZero()) return notEligible("没有单独核算的职工培训费用", "no separately accounted staff training costs");
    if (!education) throw new LookupError(`${table.id} needs cit-staff-education-deduction earlier in the income-tax waterfall`);
    const cap = education.cap;
    if (cap === undefined) {
      return notInForce(`${year}年度职工教育经费限额不在表中`, `the staff education cap for ${year} is not in the tables`);
    }
    const spent = it.staff_education.expense.plus(it.staff_education.carried_forward ?? ZERO);
    const limit = it.payroll.times(cap);
    const rest = spent.minus(training);
    const deduction = training.plus(min(rest, limit)).minus(min(spent, limit));
    const formula =
      `${formatCompact(training)} + min(${formatCompact(rest)}, ${formatCompact(it.payroll)} × ${formatPercent(cap)}) − ` +
      `min(${formatCompact(spent)}, ${formatCompact(it.payroll)} × ${formatPercent(cap)}) = ${formatCompact(deduction)}`;
    if (deduction.isZero()) {
      return notEligible(`教育经费未超过${formatPercent(cap)}限额，培训费本已全额扣除`, `education expense within the ${formatPercent(cap)} cap: training was deducted in full anyway`, text(formula, formula));
    }
    return {
      status: "applied",
      deduction,
      formula: text(`多扣除 ${formula}`, `extra deduction ${formula}`),
      reasons: [
        text(
          `职工培训费用${formatCompact(training)}按实际发生额扣除，其余${formatCompact(rest)}在职工教育经费${formatPercent(cap)}限额内扣除`,
          `training costs of ${formatCompact(training)} deducted as incurred; the other ${formatCompact(rest)} within the ${formatPercent(cap)} staff education cap`,
        ),
        ...(rest.gt(limit)
          ? [text(`其余教育经费超过限额的${formatCompact(rest.minus(limit))}结转以后年度扣除`, `${formatCompact(rest.minus(limit))} of the other education expense above the cap carries forward`)]
          : []),
      ],
    };
  },
};
