/** Reads one company file (YAML or JSON) and validates it; every problem has file:line:col. */
import { readFileSync } from "node:fs";
import { InputError } from "../errors/problems.js";
import { type Company, companySchema } from "../input/company-schema.js";
import { validate } from "./validate.js";
import { type ParsedSource, parseSource } from "./yaml-source.js";

export function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError([{ location: { file }, path: "", message: code === "ENOENT" ? "file not found" : `cannot read the file (${code ?? "error"})` }]);
  }
}

export function parseCompany(text: string, file: string): Company {
  return parseLocated(text, file).company;
}

export function loadCompany(file: string): Company {
  return parseCompany(readText(file), file);
}

/** The company and where each of its facts is written, for a later problem with a fact (a tax year the tables do not cover). */
export function loadLocatedCompany(file: string): { company: Company; locate: ParsedSource["locate"] } {
  return parseLocated(readText(file), file);
}

function parseLocated(text: string, file: string): { company: Company; locate: ParsedSource["locate"] } {
  const parsed = parseSource(text, file);
  if (!parsed.ok) throw new InputError(parsed.problems);
  const validated = validate(companySchema, parsed.source);
  if (!validated.ok) throw new InputError(validated.problems);
  return { company: validated.data, locate: parsed.source.locate };
}
