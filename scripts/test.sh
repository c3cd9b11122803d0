#!/usr/bin/env bash
# `npm test`: every check CI makes, in order — lock file, types, lint, content, unit tests,
# the static export, then browser, server, nginx, fuzzing and load tests against it, and the
# paged indexes' tests against a synthetic site past one page of careers.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

bash scripts/ensure-chromium.sh
# deploy/nginx.conf is tested with Debian's nginx (tests/e2e/nginx.spec.ts).
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  echo "== Installing nginx-light (Debian)"
  SUDO=""; if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq -o DPkg::Lock::Timeout=300 nginx-light > /dev/null
fi
echo "== Lock file"; bash scripts/check-lock.sh
echo "== Type check"; npx tsc --noEmit
echo "== Lint, format and unused code"; npm run --silent lint
echo "== Content check"; npx tsx scripts/content-check.ts
echo "== Unit tests"; npx vitest run
echo "== Static export (out/)"; npm run --silent build
echo "== End-to-end tests (static server, nginx, fuzzing, load)"; npx playwright test
echo "== End-to-end tests of the paged indexes (a 60-career synthetic site)"; npx playwright test -c playwright.paged.config.ts
