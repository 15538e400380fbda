/** What a command needs from the outside world, passed in so commands stay testable. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const DEFAULT_TABLES = fileURLToPath(new URL("../../tables", import.meta.url));

export function toolInfo(): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
}
