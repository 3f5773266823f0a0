#!/usr/bin/env bash
# What the test suite needs besides Node, installed when missing — run by `npm test` (first) and
# by .ci/run, so a fresh Debian machine with Node and Python passes the README's test command:
#   - Java 17 + Maven: the real Neo4j 5.26 of the Neo4j tests (tools/neo4j fetches it from Maven Central);
#   - Debian's chromium (/usr/bin/chromium): the explorer's end-to-end tests;
#   - from PyPI, pinned: Schemathesis (property-based tests from the OpenAPI document), frictionless
#     and PyLD (the data package and JSON-LD tests), cffconvert (CITATION.cff).
# Debian packages are installed with apt-get only when running as root; otherwise this says what is
# missing and how to install it, and the tests that need it fail or skip saying so themselves.
# The Python packages go into python3 with pip; where that Python refuses (Debian's own, PEP 668) or
# has no pip, into a virtual environment in the user's cache, where tests/helpers/python.ts finds it.
# With CI=true anything still missing at the end is an error (exit 1).
set -uo pipefail

SCHEMATHESIS_VERSION=4.32.5
PY_PACKAGES=("schemathesis==$SCHEMATHESIS_VERSION" "frictionless==5.21.0" "pyld==3.3.0")
CFFCONVERT_VERSION=2.0.0
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/iscm-atlas"
VENV="$CACHE/test-python"
CFFCONVERT_VENV="$CACHE/cffconvert"
say() { echo "test-prereqs: $*" >&2; }
is_root() { [ "$(id -u)" = 0 ]; }

apt_install() {
  if ! is_root; then
    say "not root, so not installing $* — install them yourself (sudo apt-get install -y $*); until then the tests that need them fail or skip."
    return 1
  fi
  if ! command -v apt-get >/dev/null; then
    say "no apt-get here: install $* with this system's package manager."
    return 1
  fi
  say "installing from Debian's packages: $*"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# Java + Maven for the Neo4j tests, Debian's chromium for the browser tests.
missing=()
command -v java >/dev/null || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null || missing+=(maven)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"

# The PyPI packages the tests run, pinned, in python3 if it takes them from pip, else all in one
# virtual environment (tests/helpers/python.ts finds it): Schemathesis (the API's property-based
# tests), frictionless (validates the data package), PyLD (reads the profile pages' JSON-LD).
python_has_all() { "$1" -c 'import schemathesis, frictionless, pyld' >/dev/null 2>&1; }
if command -v python3 >/dev/null && ! python_has_all python3 && ! python_has_all "$VENV/bin/python"; then
  say "installing from PyPI: ${PY_PACKAGES[*]}"
  if ! python3 -m pip install --quiet --disable-pip-version-check "${PY_PACKAGES[@]}" 2>/dev/null; then
    say "this python3 does not take packages from pip (Debian's own, or no pip): using a virtual environment in $VENV"
    [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV" 2>/dev/null || { apt_install python3-venv && rm -rf "$VENV" && python3 -m venv "$VENV"; }
    [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "${PY_PACKAGES[@]}"
  fi
fi
# cffconvert (validates CITATION.cff) in a virtual environment of its own: it needs jsonschema<4,
# which frictionless does not accept.
if command -v python3 >/dev/null && [ ! -x "$CFFCONVERT_VENV/bin/cffconvert" ]; then
  say "installing cffconvert $CFFCONVERT_VERSION from PyPI into $CFFCONVERT_VENV"
  python3 -m venv "$CFFCONVERT_VENV" 2>/dev/null && "$CFFCONVERT_VENV/bin/pip" install --quiet --disable-pip-version-check "cffconvert==$CFFCONVERT_VERSION"
fi

# What the run will use, one line each; anything missing is named.
absent=()
node --version
if command -v java >/dev/null; then java -version 2>&1 | sed -n 1p; else absent+=("java (openjdk-17-jdk-headless)"); fi
if command -v mvn >/dev/null; then mvn -B --version 2>/dev/null | sed -n 's/.*\(Apache Maven [^ ]*\).*/\1/p'; else absent+=("mvn (maven)"); fi
if [ -x /usr/bin/chromium ]; then /usr/bin/chromium --version 2>/dev/null; else absent+=("/usr/bin/chromium (chromium)"); fi
if python_has_all python3; then python3 -m schemathesis.cli --version 2>/dev/null
elif python_has_all "$VENV/bin/python"; then "$VENV/bin/python" -m schemathesis.cli --version 2>/dev/null
else absent+=("${PY_PACKAGES[*]} (PyPI)"); fi
[ -x "$CFFCONVERT_VENV/bin/cffconvert" ] || absent+=("cffconvert $CFFCONVERT_VERSION (PyPI)")

if [ ${#absent[@]} -gt 0 ]; then
  say "missing: ${absent[*]}"
  if [ "${CI:-}" = true ]; then
    say "CI=true: the test run needs all of them."
    exit 1
  fi
fi
exit 0
