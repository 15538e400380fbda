import { execFileSync, spawnSync } from "node:child_process";
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

  // The example's table is ~147 KB, more than a pipe holds, so `head` closes the pipe mid-write.
  it("stops quietly with status 141 when the reader closes the pipe early (| head)", () => {
    const company = fileURLToPath(new URL("../fixtures/companies/shijiazhuang-hnte-2018.yaml", import.meta.url));
    const run = spawnSync("bash", ["-c", `"$0" calc "$1" | head -c 100 > /dev/null; echo "\${PIPESTATUS[0]}"`, bin, company], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("141");
  });
});
