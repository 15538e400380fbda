/** Prior-year figures for first-crossing awards: the highest figure of the earlier years given. */
import { type Decimal, max } from "../../core/money.js";
import type { FigureName } from "../../input/award-facts.js";
import type { AwardContext } from "./context.js";
import { figure, figureYears } from "./facts.js";

export interface PriorFigure {
  /** The highest earlier figure given; undefined when the prior year is missing. */
  readonly value: Decimal | undefined;
  readonly years: number[];
  readonly missingPath: string;
}

/**
 * The prior year must be given (it decides "first crossing"); earlier years given count too, so a
 * company that crossed a threshold in 2015, fell back and crossed it again does not earn it twice.
 */
export function priorMaximum(ctx: AwardContext, name: FigureName): PriorFigure {
  const previous = figure(ctx.company, name, ctx.year - 1);
  const years = figureYears(ctx.company, name).filter((y) => y < ctx.year);
  if (previous.value === undefined) return { value: undefined, years, missingPath: previous.path };
  const values = years.map((y) => figure(ctx.company, name, y).value).filter((v): v is Decimal => v !== undefined);
  // The prior year's value is among them; naming it first keeps the list non-empty for the type.
  return { value: max(previous.value, ...values), years, missingPath: previous.path };
}
