/**
 * Schemathesis (PyPI `schemathesis`, installed by tools/test-prereqs.sh, which `npm test` runs
 * first) against a running API: property-based requests generated from the OpenAPI document,
 * every check on. Returns its exit code and output.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

const CONFIG = fileURLToPath(new URL("../server/schemathesis.toml", import.meta.url));
const MODULE = ["-m", "schemathesis.cli"];

/**
 * The Python that has Schemathesis, run as a module so no PATH shim is needed: $PYTHON if set,
 * else python3, else the virtual environment tools/test-prereqs.sh makes where python3 takes no
 * packages from pip (its path and the pinned version are the script's).
 */
function findPython(): string {
  if (process.env.PYTHON) return process.env.PYTHON;
  const has = (python: string) => spawnSync(python, [...MODULE, "--version"], { encoding: "utf8" }).status === 0;
  if (has("python3")) return "python3";
  const script = readFileSync(fileURLToPath(new URL("../../tools/test-prereqs.sh", import.meta.url)), "utf8");
  const version = /^SCHEMATHESIS_VERSION=(\S+)$/m.exec(script)?.[1];
  const venvPython = join(
    process.env.XDG_CACHE_HOME || join(homedir(), ".cache"),
    "iscm-atlas",
    `schemathesis-${version}`,
    "bin",
    "python",
  );
  return existsSync(venvPython) ? venvPython : "python3";
}
const PYTHON = findPython();

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
