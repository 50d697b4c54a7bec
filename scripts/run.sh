#!/usr/bin/env bash
# The README's main command: from the bundled sample corpus to a cited brief on the Iran–Hamas dyad, in the
# embedded default store (./rapport.db). `rapport brief --corpus` ingests the folder first (idempotently: safe to run
# again), extracts its facts and writes brief.html; the Markdown and the other formats come from the same command.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build src/Rapport.Cli -c Release -nologo -v quiet >/dev/null
rapport() { dotnet src/Rapport.Cli/bin/Release/net10.0/rapport.dll "$@"; }

rapport brief --corpus samples/corpus --dyad Iran Hamas -o brief.html
echo
echo "Open $(pwd)/brief.html in a browser. Other formats: -o brief.md | brief.docx | brief.pdf;"
echo "exports: rapport export stix|ftm|csv|graphml|gexf|json -o PATH. Knowledge base: $(pwd)/rapport.db"
