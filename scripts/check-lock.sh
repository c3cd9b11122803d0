#!/usr/bin/env bash
# `npm run lock:check`: fails when a fresh `npm install` would rewrite
# package-lock.json — the lock must list every package, for every platform
# (Next's SWC, Tailwind's oxide, lightningcss…), so `npm ci` accepts it.
# Resolves the dependency tree from package.json and the committed lock alone,
# in a scratch folder, without installing: a few seconds with a warm cache.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cp package.json package-lock.json "$scratch/"
(cd "$scratch" && npm install --package-lock-only --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
if ! cmp -s package-lock.json "$scratch/package-lock.json"; then
  echo "✗ package-lock.json is out of date: a fresh 'npm install' would change it:" >&2
  diff -u package-lock.json "$scratch/package-lock.json" | head -40 >&2 || true
  echo "Run 'npm install' and commit package-lock.json." >&2
  exit 1
fi
# Under `npm install && npm test` (the README's command, and .ci/run) the install has already run:
# if it rewrote the lock while package.json is as committed, the committed lock was incomplete.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1 && git cat-file -e HEAD:package-lock.json 2>/dev/null; then
  if git diff --quiet HEAD -- package.json && ! git diff --quiet HEAD -- package-lock.json; then
    echo "✗ 'npm install' changed package-lock.json although package.json is as committed:" >&2
    git diff --stat HEAD -- package-lock.json >&2
    echo "The committed lock is incomplete; commit the one 'npm install' wrote." >&2
    exit 1
  fi
fi
echo "✓ package-lock.json is complete: a fresh 'npm install' leaves it unchanged"
