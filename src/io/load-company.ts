/** Reads one company file (YAML or JSON) and validates it; every problem has file:line:col. */
import { readFileSync } from "node:fs";
import { InputError } from "../errors/problems.js";
import { type Company, companySchema } from "../input/company-schema.js";
import { validate } from "./validate.js";
import { parseSource } from "./yaml-source.js";

export function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError([{ location: { file }, path: "", message: code === "ENOENT" ? "file not found" : `cannot read the file (${code ?? "error"})` }]);
  }
}

export function parseCompany(text: string, file: string): Company {
  const parsed = parseSource(text, file);
  if (!parsed.ok) throw new InputError(parsed.problems);
  const validated = validate(companySchema, parsed.source);
  if (!validated.ok) throw new InputError(validated.problems);
  return validated.data;
}

export function loadCompany(file: string): Company {
  return parseCompany(readText(file), file);
}
