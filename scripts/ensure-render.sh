#!/usr/bin/env bash
# Makes sure rsvg-convert (Debian's librsvg2-bin) is here, so the tests can check that charts render as images.
# Idempotent; where it cannot be installed the render checks are reported as skipped.
set -euo pipefail
if command -v rsvg-convert >/dev/null 2>&1; then
  echo "render: rsvg-convert present"; exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "render: installing librsvg2-bin from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || true
  apt-get install -y -qq librsvg2-bin >/dev/null && { echo "render: rsvg-convert installed"; exit 0; }
fi
echo "render: rsvg-convert not available; the chart render checks will be SKIPPED" >&2
exit 0
