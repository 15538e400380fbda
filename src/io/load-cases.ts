/**
 * Finds and reads golden case files (`fixtures/cases/**.yaml`), validates them, resolves each
 * case's `company_file`, and keeps each case's line for reports.
 */
import { readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { type CaseFile, caseFileSchema, type GoldenCase } from "../cases/schema.js";
import { InputError, type Problem } from "../errors/problems.js";
import { readText } from "./load-company.js";
import { validate } from "./validate.js";
import { parseSource } from "./yaml-source.js";

export interface LoadedCase {
  readonly file: string;
  readonly line: number;
  readonly policy: string;
  readonly golden: GoldenCase;
  /** The company facts, inline or read from `company_file`. */
  readonly company: unknown;
}

/** Case files under each path (a file, or a folder searched recursively), sorted, without repeats. */
export function findCaseFiles(paths: readonly string[]): string[] {
  const out = new Set<string>();
  const walk = (path: string): void => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) throw new InputError([{ location: { file: path }, path: "", message: "no such file or folder" }]);
    if (stat.isFile()) {
      out.add(resolve(path));
      return;
    }
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(name)) out.add(resolve(full));
    }
  };
  for (const path of paths) walk(path);
  return [...out].sort();
}

/** Reads every case file, reporting every problem of every file at once. */
export function loadCases(files: readonly string[]): LoadedCase[] {
  const problems: Problem[] = [];
  const cases: LoadedCase[] = [];
  for (const file of files) {
    const parsed = parseSource(readText(file), file);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const validated = validate(caseFileSchema, parsed.source);
    if (!validated.ok) {
      problems.push(...validated.problems);
      continue;
    }
    const data: CaseFile = validated.data;
    data.cases.forEach((golden, i) => {
      const line = parsed.source.locate(["cases", i]).line ?? 1;
      let company: unknown = golden.company;
      if (golden.company_file !== undefined) {
        const companyPath = resolve(dirname(file), golden.company_file);
        const companySource = parseSource(readText(companyPath), companyPath);
        if (!companySource.ok) problems.push(...companySource.problems);
        else company = companySource.source.data;
      }
      cases.push({ file, line, policy: data.policy, golden, company });
    });
  }
  if (problems.length > 0) throw new InputError(problems);
  return cases;
}
