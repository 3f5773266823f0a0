/**
 * Schemathesis (PyPI `schemathesis`, installed by tools/test-prereqs.sh, which `npm test` runs
 * first) against a running API: property-based requests generated from the OpenAPI document,
 * every check on. Returns its exit code and output.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { testPython } from "./python.ts";

const CONFIG = fileURLToPath(new URL("../server/schemathesis.toml", import.meta.url));
const MODULE = ["-m", "schemathesis.cli"];

const PYTHON = testPython("schemathesis");

export function schemathesisAvailable(): string | undefined {
  const probe = spawnSync(PYTHON, [...MODULE, "--version"], { encoding: "utf8" });
  return probe.status === 0 ? probe.stdout.trim() : undefined;
}

export function runSchemathesis(baseUrl: string, maxExamples: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    // Its own working folder: Schemathesis writes a cache there.
    const cwd = mkdtempSync(`${tmpdir()}/atlas-st-`);
    const child = spawn(
      PYTHON,
      [
        ...MODULE,
        "--config-file",
        CONFIG,
        "run",
        `${baseUrl}/api/openapi.json`,
        "--checks",
        "all",
        "--max-examples",
        String(maxExamples),
        "--seed",
        "1",
        "--no-color",
      ],
      { cwd, env: { ...process.env, NO_COLOR: "1" } },
    );
    let output = "";
    child.stdout.on("data", (d) => {
      output += d;
    });
    child.stderr.on("data", (d) => {
      output += d;
    });
    child.on("close", (code) => resolve({ code, output }));
  });
}

/** Runs Schemathesis against `baseUrl` and fails the test with its report unless every case passed. */
export async function expectSchemathesisPasses(baseUrl: string, maxExamples: number): Promise<void> {
  expect(schemathesisAvailable(), "Schemathesis is not installed: run bash tools/test-prereqs.sh (npm test runs it first)").toBeTruthy();
  const { code, output } = await runSchemathesis(baseUrl, maxExamples);
  expect(output).toMatch(/\d+ generated, \d+ passed/);
  expect(code, output).toBe(0);
}
