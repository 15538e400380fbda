/**
 * The error taxonomy. Every problem the user can cause is a Problem with a location and a path;
 * exceptions carry lists of them so a loader reports everything at once.
 * Only the binary's entry point turns these into exit codes.
 */
export interface SourceLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

export interface Problem {
  readonly location: SourceLocation;
  /** Dotted field path such as `income_tax.rd.expensed` or `parameters.rate.values.2018-05-01`. */
  readonly path: string;
  readonly message: string;
}

export const EXIT = {
  ok: 0,
  findings: 1,
  usage: 2,
  data: 65,
  internal: 70,
} as const;

abstract class IncentiveError extends Error {
  abstract readonly exitCode: number;
}

/** A check or test found problems (already reported): exit 1. */
export class FindingsError extends IncentiveError {
  readonly exitCode = EXIT.findings;
}

/** Bad command line: exit 2. */
export class UsageError extends IncentiveError {
  readonly exitCode = EXIT.usage;
}

/** Invalid company file, CSV row or case file: exit 65. */
export class InputError extends IncentiveError {
  readonly exitCode = EXIT.data;
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map(formatProblem).join("\n"));
  }
}

/** Invalid rate tables: exit 65 as well (they are data), reported with every problem at once. */
export class TableError extends IncentiveError {
  readonly exitCode = EXIT.data;
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map(formatProblem).join("\n"));
  }
}

/**
 * A dated lookup that found no value, or a table that contradicts its code: a bug in the tables
 * or the code, never a reason to compute with zero.
 */
export class LookupError extends IncentiveError {
  readonly exitCode = EXIT.internal;
}

export function isIncentiveError(error: unknown): error is IncentiveError {
  return error instanceof IncentiveError;
}

export function formatLocation(location: SourceLocation): string {
  if (location.line === undefined) return location.file;
  return `${location.file}:${location.line}:${location.column ?? 1}`;
}

/** `a.yaml:12:5 rd.expensed: expected …`; without a field path, `a.csv: file not found` (the colon still ends the place). */
export function formatProblem(problem: Problem): string {
  const path = problem.path ? ` ${problem.path}:` : ":";
  return `${formatLocation(problem.location)}${path} ${problem.message}`;
}
