/** JUnit XML for CI systems: one testsuite per case file, one testcase per case, failures with the diff. */
export interface JunitCase {
  readonly file: string;
  readonly name: string;
  readonly line: number;
  /** Empty when the case passed. */
  readonly failures: readonly string[];
}

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function renderJunit(cases: readonly JunitCase[], suiteName = "incentive golden cases"): string {
  const files = [...new Set(cases.map((c) => c.file))];
  const failed = cases.filter((c) => c.failures.length > 0).length;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="${xml(suiteName)}" tests="${cases.length}" failures="${failed}">`];
  for (const file of files) {
    const inFile = cases.filter((c) => c.file === file);
    const fileFailed = inFile.filter((c) => c.failures.length > 0).length;
    lines.push(`  <testsuite name="${xml(file)}" tests="${inFile.length}" failures="${fileFailed}">`);
    for (const c of inFile) {
      const open = `    <testcase classname="${xml(file)}" name="${xml(c.name)}" file="${xml(file)}" line="${c.line}"`;
      if (c.failures.length === 0) {
        lines.push(`${open}/>`);
        continue;
      }
      lines.push(`${open}>`);
      lines.push(`      <failure message="${xml(c.failures[0] ?? "")}">${xml(c.failures.join("\n"))}</failure>`);
      lines.push("    </testcase>");
    }
    lines.push("  </testsuite>");
  }
  lines.push("</testsuites>");
  return `${lines.join("\n")}\n`;
}
