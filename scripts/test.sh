#!/usr/bin/env bash
# `npm test`: every check CI makes, in order — lock file, types, content, unit tests,
# a production build, then browser tests against that build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

bash scripts/ensure-chromium.sh
echo "== Lock file"; bash scripts/check-lock.sh
echo "== Type check"; npx tsc --noEmit
echo "== Lint, format and unused code"; npm run --silent lint
echo "== Content check"; npx tsx scripts/content-check.ts
echo "== Unit tests"; npx vitest run
echo "== Production build"; npx next build
echo "== End-to-end tests"; npx playwright test
