import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/incentive", import.meta.url));
const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

describe("bin/incentive", () => {
  // The heap flag rides on the `env -S` line; an env without -S would fail here, not on a user's machine.
  it("runs as an executable with its node flag", () => {
    expect(readFileSync(bin, "utf8").split("\n")[0]).toBe("#!/usr/bin/env -S node --max-old-space-size=1024");
    expect(execFileSync(bin, ["--version"], { encoding: "utf8" }).trim()).toBe(version);
  });
});
