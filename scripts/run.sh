#!/usr/bin/env bash
# The README's main command: ingest the bundled sample corpus into the embedded default store (./rapport.db),
# extracting its facts, and show what Rapport found: the documents, a search, and the Iran–Hamas dyad with its
# chart (dyad-iran-hamas.svg). Safe to run again: ingest is idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build src/Rapport.Cli -c Release -nologo -v quiet >/dev/null
rapport() { dotnet src/Rapport.Cli/bin/Release/net10.0/rapport.dll "$@"; }

set +e
rapport ingest samples/corpus
status=$?
set -e
[ "$status" -le 2 ] || exit "$status"

echo
rapport documents
echo
rapport search "delegation Tehran" --limit 5
echo
rapport dyad Iran Hamas --from 2014-01 --to 2018-12 --svg dyad-iran-hamas.svg --csv dyad-iran-hamas.csv | tail -n 6
echo
echo "Knowledge base: $(pwd)/rapport.db — try: dotnet run --project src/Rapport.Cli -- search \"military support\""
