/** Golden case files: `fixtures/cases/<jurisdiction>/<policy>.yaml`, one file per policy. */
import { z } from "zod";
import { STATUSES } from "../core/result.js";
import { isIsoDate } from "../core/dates.js";
import { parameterOverridesSchema } from "../scenarios/schema.js";

const fen = z.string().regex(/^-?\d+\.\d{2}$/, "expected an amount string with two decimals, such as \"150000.00\"");

export const expectedItemSchema = z.strictObject({
  status: z.enum(STATUSES),
  amount: fen.nullable().optional().describe("exact to the fen; null for lines without an amount"),
  reasons_include: z.array(z.string()).optional().describe("substrings that must appear in the reasons (zh or en)"),
  reasons_exclude: z.array(z.string()).optional().describe("substrings that must appear in no reason (zh or en)"),
  missing: z.array(z.string()).optional().describe("company-file paths the item must name as missing"),
  estimated: z.boolean().optional(),
});

const period = z.union([
  z.number().int().min(2000).max(2100),
  z.strictObject({ from: z.string().refine(isIsoDate, "expected YYYY-MM-DD"), to: z.string().refine(isIsoDate, "expected YYYY-MM-DD") }),
]);

export const caseSchema = z.strictObject({
  name: z.string().min(1),
  period: period.describe("a tax year, or {from, to} within one year"),
  company: z.record(z.string(), z.unknown()).optional().describe("company facts, as in a company file"),
  company_file: z.string().min(1).optional().describe("a company file, relative to this case file (instead of company)"),
  overrides: parameterOverridesSchema.optional().describe("what-if table values for this case, in the scenario format"),
  expect: z.record(z.string(), expectedItemSchema).describe("expected items by policy id"),
  absent: z.array(z.string().min(1)).optional().describe("policy ids that must not appear (another region's measures)"),
  income_tax: z
    .strictObject({ baseline_tax: fen.optional(), actual_tax: fen.optional(), reduction: fen.optional() })
    .optional()
    .describe("expected income-tax summary figures"),
}).refine((c) => (c.company === undefined) !== (c.company_file === undefined), { message: "give exactly one of company and company_file" });

export const caseFileSchema = z.strictObject({
  policy: z.string().min(1).describe("the policy these cases are about"),
  cases: z.array(caseSchema).min(1),
});

export type CaseFile = z.output<typeof caseFileSchema>;
export type GoldenCase = z.output<typeof caseSchema>;
