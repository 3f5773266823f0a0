/**
 * tools/test-prereqs.sh, which `npm test` runs first, on a machine where it may not install: not
 * root, no Java, no Maven, no Python on PATH. It must say what is missing and how to install it,
 * install nothing, and let the run go on — unless CI=true, where missing tools are an error.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const SCRIPT = fileURLToPath(new URL("../../tools/test-prereqs.sh", import.meta.url));
const bin = mkdtempSync(join(tmpdir(), "atlas-prereqs-"));
afterAll(() => rmSync(bin, { recursive: true, force: true }));

// A PATH with only what the script itself uses, and an `id` that says "not root".
for (const tool of ["node", "sed", "rm"]) {
  const found = spawnSync("sh", ["-c", `command -v ${tool}`], { encoding: "utf8" }).stdout.trim();
  symlinkSync(found, join(bin, tool));
}
writeFileSync(join(bin, "id"), '#!/bin/sh\n[ "$1" = "-u" ] && echo 1000 || exit 1\n');
chmodSync(join(bin, "id"), 0o755);
const run = (env: Record<string, string> = {}) =>
  spawnSync("/bin/bash", [SCRIPT], { encoding: "utf8", env: { PATH: bin, HOME: bin, ...env }, timeout: 60_000 });

describe("tools/test-prereqs.sh without root", () => {
  it("names what is missing and the command to install it, installs nothing, and exits 0", () => {
    const r = run();
    // chromium is named too where it is absent
    expect(r.stderr).toContain("test-prereqs: not root, so not installing openjdk-17-jdk-headless maven");
    expect(r.stderr).toMatch(/install them yourself \(sudo apt-get install -y openjdk-17-jdk-headless maven( chromium)?\)/);
    expect(r.stderr).toContain("test-prereqs: missing: java (openjdk-17-jdk-headless) mvn (maven)");
    expect(r.stderr).toContain("schemathesis==4.32.5 frictionless==5.21.0 pyld==3.3.0 (PyPI) cffconvert 2.0.0 (PyPI)");
    expect(r.stderr).not.toContain("installing from Debian's packages");
    expect(r.stdout).toContain(process.version); // node --version, the one tool it found
    expect(r.status).toBe(0);
  });

  it("under CI=true the same is an error (exit 1)", () => {
    const r = run({ CI: "true" });
    expect(r.stderr).toContain("CI=true: the test run needs all of them.");
    expect(r.status).toBe(1);
  });
});
