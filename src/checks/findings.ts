/** What `tables check` reports: a finding with a severity, a stable code, a location and a path. */
import { formatLocation, type Problem, type SourceLocation } from "../errors/problems.js";

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  readonly severity: Severity;
  /** Stable identifier for filtering and tests: `quote-not-in-source`, `unused-parameter`, … */
  readonly code: string;
  readonly location: SourceLocation;
  readonly path: string;
  readonly message: string;
}

export function fromProblem(problem: Problem, code = "schema"): Finding {
  return { severity: "error", code, ...problem };
}

export function formatFinding(f: Finding): string {
  const path = f.path ? ` ${f.path}:` : "";
  return `${formatLocation(f.location)}: ${f.severity} [${f.code}]${path} ${f.message}`;
}

/** GitHub workflow commands: annotations on the pull request's changed lines. */
export function githubAnnotation(f: Finding): string {
  const level = f.severity === "info" ? "notice" : f.severity;
  const props = [`file=${f.location.file}`];
  if (f.location.line !== undefined) props.push(`line=${f.location.line}`);
  if (f.location.column !== undefined) props.push(`col=${f.location.column}`);
  props.push(`title=${f.code}`);
  const encode = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  return `::${level} ${props.map((p) => p.replace(/,/g, "%2C")).join(",")}::${encode(`${f.path ? `${f.path}: ` : ""}${f.message}`)}`;
}
