#!/usr/bin/env bash
# Makes sure rsvg-convert (Debian's librsvg2-bin) and pdftoppm (Debian's poppler-utils) are here, so the tests can
# check that charts and PDF briefs render as images.
# Idempotent; where a tool cannot be installed the render checks that need it are reported as skipped.
set -euo pipefail

# tool -> the Debian package that provides it
tools=(rsvg-convert:librsvg2-bin pdftoppm:poppler-utils)
updated=no
for entry in "${tools[@]}"; do
  tool=${entry%%:*}
  package=${entry#*:}
  if command -v "$tool" >/dev/null 2>&1; then
    echo "render: $tool present"; continue
  fi
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "render: installing $package from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    if [ "$updated" = no ]; then apt-get update -qq >/dev/null || true; updated=yes; fi
    if apt-get install -y -qq "$package" >/dev/null; then echo "render: $tool installed"; continue; fi
  fi
  echo "render: $tool not available; the render checks that need it will be SKIPPED" >&2
done
exit 0
