/**
 * Reads the award facts of a company file (figures by year, yes/no facts, events, ranks, rates,
 * awards received). Every reader returns the company-file path it read, so a missing fact becomes a
 * `needs-input` naming that path, never a zero.
 */
import type { Decimal } from "../../core/money.js";
import type { AwardEvent, FactName, FigureName, RankName, RateName } from "../../input/award-facts.js";
import { FACTS, FIGURES } from "../../input/award-facts.js";
import type { Company } from "../../input/company-schema.js";
import type { Text } from "../../core/result.js";

export interface Read<T> {
  readonly value: T | undefined;
  readonly path: string;
}

export function figure(company: Company, name: FigureName, year: number): Read<Decimal> {
  return { value: company.figures?.[name]?.[String(year)], path: `figures.${name}.${year}` };
}

/** Every year given for a figure, ascending. */
export function figureYears(company: Company, name: FigureName): number[] {
  return Object.keys(company.figures?.[name] ?? {})
    .map(Number)
    .sort((a, b) => a - b);
}

export function fact(company: Company, name: FactName): Read<boolean> {
  if (name === "industrial") return { value: company.industry?.industrial, path: "industry.industrial" };
  return { value: company.facts?.[name], path: `facts.${name}` };
}

export function rank(company: Company, name: RankName, year: number): Read<number> {
  return { value: company.ranks?.[name]?.[String(year)], path: `ranks.${name}.${year}` };
}

export function rate(company: Company, name: RateName, year: number): Read<number> {
  return { value: company.rates?.[name]?.[String(year)], path: `rates.${name}.${year}` };
}

export function events(company: Company): readonly AwardEvent[] {
  return company.events ?? [];
}

export function awardsReceived(company: Company): NonNullable<Company["awards_received"]> {
  return company.awards_received ?? [];
}

export const figureLabel = (name: FigureName): Text => FIGURES[name];
export const factLabel = (name: FactName): Text => FACTS[name];

/**
 * Everything an award table reads of a company, as one string: two companies with the same key get
 * the same award lines in the same year, so calculate() reuses a line already worked out. A test
 * runs every award table on a recording proxy to keep this list honest.
 */
export function awardFactsKey(company: Company): string {
  const { district, industry, facts, figures, ranks, rates, events, awards_received } = company;
  if (district === undefined && industry?.industrial === undefined && !facts && !figures && !ranks && !rates && !events && !awards_received) return "";
  return JSON.stringify([district, industry?.industrial, facts, figures, ranks, rates, events, awards_received]);
}
