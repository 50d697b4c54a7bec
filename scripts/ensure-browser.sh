#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium, so the browser tests (Playwright driving the system browser;
# Playwright never downloads one of its own) can run. Idempotent; where Chromium cannot be installed the browser
# tests are reported as SKIPPED.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "browser: chromium present"
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "browser: installing chromium from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || true
  if apt-get install -y -qq chromium >/dev/null && [ -x /usr/bin/chromium ]; then
    echo "browser: chromium installed"
    exit 0
  fi
fi

cat >&2 <<'MSG'
************************************************************************
*  /usr/bin/chromium was not found and could not be installed.
*  The browser tests (tests/Rapport.Web.Tests/Browser) will be SKIPPED.
*  Install Debian's chromium package to run them.
************************************************************************
MSG
exit 0
