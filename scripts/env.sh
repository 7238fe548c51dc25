# shellcheck shell=bash
# Sourced (not run) by the other scripts, or by you: `source scripts/env.sh`.
# CI and fresh shells start with the machine's plain environment, so put the tools where the
# scripts install them on PATH here rather than rely on the caller's profile.
_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$_root/node_modules/.bin:$PATH"
# Browsers come from Debian (apt), never from Playwright's or puppeteer's own downloads.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export PUPPETEER_SKIP_DOWNLOAD=1
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
unset _root
