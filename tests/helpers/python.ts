/**
 * The Python the tests run their PyPI tools with (tools/test-prereqs.sh installs them, pinned):
 * $PYTHON if set, else python3 when it can import `module`, else the virtual environment the
 * script makes where python3 takes no packages from pip. Run as `python -m …`, so no PATH shim.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const cache = () => join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "iscm-atlas");

export function testPython(module: string): string {
  if (process.env.PYTHON) return process.env.PYTHON;
  if (spawnSync("python3", ["-c", `import ${module}`]).status === 0) return "python3";
  const venvPython = join(cache(), "test-python", "bin", "python");
  return existsSync(venvPython) ? venvPython : "python3";
}

/** cffconvert lives in a virtual environment of its own (it needs jsonschema<4). */
export function cffconvertCommand(): string {
  const own = join(cache(), "cffconvert", "bin", "cffconvert");
  return existsSync(own) ? own : "cffconvert";
}
