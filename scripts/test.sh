#!/usr/bin/env bash
# The README's test command: installs what the tests need (PostgreSQL server binaries), builds, runs every test
# project, and closes with one summary line. Exit code: non-zero when any test failed or the build broke.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

bash scripts/ensure-postgres.sh
bash scripts/ensure-render.sh
bash scripts/ensure-browser.sh

dotnet build Rapport.slnx -c Release -nologo -v quiet

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test Rapport.slnx -c Release --no-build -nologo --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# dotnet test closes each test project with "Total tests: T" followed by "Passed: P", "Failed: F", "Skipped: S" lines.
awk '/^ *Passed: *[0-9]+ *$/ { p += $2 } /^ *Failed: *[0-9]+ *$/ { f += $2 } /^ *Skipped: *[0-9]+ *$/ { s += $2 }
     END { printf "\ntests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
if grep -q "\[SKIP\]" "$log"; then
  echo "NOTE: some tests were skipped; the reasons are in the log above (search for [SKIP])." >&2
fi
exit "$status"
