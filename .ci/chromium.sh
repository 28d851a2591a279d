#!/bin/sh
# Install Debian's Chromium for the browser tests (tests/api/test_browser.py), idempotently:
# nothing is done when /usr/bin/chromium (or $CLAIMLINE_CHROMIUM) already runs. Playwright's
# Python package drives it through executable_path; no browser is ever downloaded by a test tool
# (never `playwright install`). Needs root for apt-get. Exits non-zero if Chromium cannot be had,
# so the browser tests are not skipped silently in CI.
set -eu

log() { echo "chromium.sh: $*" >&2; }

BIN="${CLAIMLINE_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$BIN" ] && "$BIN" --version >/dev/null 2>&1; then
    log "already installed: $("$BIN" --version 2>/dev/null | head -n 1)"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    log "Chromium is missing and installing it needs root: apt-get install -y chromium"
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
for attempt in 1 2; do
    if apt-get update -q >&2 && apt-get install -y -q --no-install-recommends chromium \
            fonts-dejavu-core >&2; then
        break
    fi
    log "apt-get failed (attempt $attempt)"
    [ "$attempt" -eq 2 ] && exit 1
    sleep 5
done
"$BIN" --version >&2 || { log "installed, but $BIN does not run"; exit 1; }
log "installed: $("$BIN" --version 2>/dev/null | head -n 1)"
