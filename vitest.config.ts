// The CLI tests replay every golden case in-process (tables diff, incentive test); on a shared, loaded
// machine they outgrow vitest's 5 s default as tables are added. A timeout is not an assertion on speed.
import { defineConfig } from "vitest/config";

export default defineConfig({ test: { testTimeout: 30_000 } });
