#!/usr/bin/env bash
# Grades deploy/nginx.conf with Mozilla's HTTP Observatory scanner, run locally.
#
# The public Observatory cannot reach this machine, so this runs the same scanner
# (npm: @mdn/mdn-http-observatory, the code behind developer.mozilla.org/observatory)
# against nginx serving out/ over HTTPS on localhost:443, with the HSTS header and
# `upgrade-insecure-requests` an HTTPS deploy adds (see the comment in deploy/nginx.conf),
# a throwaway self-signed certificate, and port 80 redirecting to HTTPS.
#
# Not part of `npm test`: the scanner's install step downloads a CA bundle from outside
# the npm registry, so it is installed here with --ignore-scripts into a temporary folder,
# and its HSTS preload list (also a download) is replaced by an empty one. Needs root
# (ports 80 and 443), nginx, openssl and a built out/ (`npm run build`).
#
#   bash scripts/observatory.sh     → prints the grade, the score and each test's result
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="$(pwd)/out"
[ -f "$OUT/index.html" ] || { echo "observatory: build first (npm run build)" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'nginx -s stop -c "$WORK/nginx.conf" 2>/dev/null || true; rm -rf "$WORK"' EXIT

echo "== Installing the scanner into $WORK"
(cd "$WORK" && npm init -y > /dev/null && npm install --silent --ignore-scripts @mdn/mdn-http-observatory > /dev/null)
SCANNER="$WORK/node_modules/@mdn/mdn-http-observatory"
mkdir -p "$SCANNER/conf" && echo '{}' > "$SCANNER/conf/hsts-preload.json"

echo "== nginx on https://localhost with deploy/nginx.conf"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost" -keyout "$WORK/key.pem" -out "$WORK/cert.pem" 2> /dev/null
HSTS='    add_header Strict-Transport-Security "max-age=63072000; includeSubDomains; preload" always;'
{
  echo "worker_processes 1; pid $WORK/nginx.pid; error_log $WORK/error.log;"
  echo "events { worker_connections 64; }"
  echo "http { include /etc/nginx/mime.types; access_log off; client_body_temp_path $WORK/body;"
  echo "  server { listen 80; server_tokens off; return 301 https://\$host\$request_uri; }"
  sed -e "s#/srv/careerscope/out#$OUT#g" \
    -e "s#^    listen 80;#    listen 443 ssl; ssl_certificate $WORK/cert.pem; ssl_certificate_key $WORK/key.pem;\n$HSTS#" \
    -e "s#frame-ancestors 'none'\"#frame-ancestors 'none'; upgrade-insecure-requests\"#" \
    deploy/nginx.conf
  echo "}"
} > "$WORK/nginx.conf"
nginx -c "$WORK/nginx.conf"

echo "== Scanning"
NODE_EXTRA_CA_CERTS="$WORK/cert.pem" node "$SCANNER/src/scan.js" localhost > "$WORK/scan.json"
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  if (r.error) { console.error("observatory:", r.error); process.exit(1); }
  console.log(`grade ${r.scan.grade}, score ${r.scan.score}, ${r.scan.testsPassed}/${r.scan.testsQuantity} tests passed`);
  for (const [name, t] of Object.entries(r.tests)) console.log(`  ${t.pass ? "pass" : "FAIL"}  ${name}: ${t.result} (${t.scoreModifier >= 0 ? "+" : ""}${t.scoreModifier})`);
' "$WORK/scan.json"
