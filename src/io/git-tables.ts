/**
 * A table set from a folder or from a git revision (`main`, `HEAD~1`): a revision's `tables/` is
 * written to a temporary folder with `git show`, then loaded like any folder.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { UsageError } from "../errors/problems.js";

export interface TablesSource {
  /** The folder to load. */
  readonly dir: string;
  /** How to name it to a person: the folder, or `rev:path`. */
  readonly label: string;
}

const git = (args: string[], cwd: string): string => execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });

/** `spec` is a folder, or a git revision of the repository that holds `tablesDir`. */
export function resolveTables(spec: string, tablesDir: string): TablesSource {
  if (existsSync(spec) && statSync(spec).isDirectory()) return { dir: spec, label: spec };
  let top: string;
  try {
    top = git(["rev-parse", "--show-toplevel"], existsSync(tablesDir) ? tablesDir : process.cwd()).trim();
  } catch {
    throw new UsageError(`"${spec}" is neither a folder nor a git revision (no git repository around ${tablesDir})`);
  }
  try {
    git(["rev-parse", "--verify", "--quiet", `${spec}^{commit}`], top);
  } catch {
    throw new UsageError(`"${spec}" is neither a folder nor a git revision of ${top}`);
  }
  const path = relative(top, resolve(tablesDir)).split("\\").join("/") || ".";
  const out = mkdtempSync(join(tmpdir(), "incentive-tables-"));
  const files = git(["ls-tree", "-r", "--name-only", spec, "--", path], top).split("\n").filter(Boolean);
  if (files.length === 0) throw new UsageError(`revision ${spec} has no ${path}/`);
  for (const file of files) {
    const target = join(out, relative(path, file));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, git(["show", `${spec}:${file}`], top));
  }
  return { dir: out, label: `${spec}:${path}` };
}
