#!/usr/bin/env bash
# Builds the Teams app package (routewijzer-teams.zip) to upload in Teams or the Teams admin center.
#
#   deploy/teams/build-package.sh [APP_ID] [PUBLIC_URL]
#
# APP_ID      the Azure Bot's Microsoft App ID (default: $MICROSOFT_APP_ID)
# PUBLIC_URL  https address the bot is reached at, without /api/messages (default: $ROUTEWIJZER_PUBLIC_URL)
# Optional:   ROUTEWIJZER_PRIVACY_URL, ROUTEWIJZER_TERMS_URL (default: PUBLIC_URL), OUT (default: deploy/teams/build)
#
# Needs only a JDK (jar) or zip; validates the manifest with python3 or node when one of them is there.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
app_id="${1:-${MICROSOFT_APP_ID:-}}"
public_url="${2:-${ROUTEWIJZER_PUBLIC_URL:-}}"
public_url="${public_url%/}"
out="${OUT:-$here/build}"

fail() { echo "build-package: $*" >&2; exit 1; }

[[ "$app_id" =~ ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$ ]] \
  || fail "give the Microsoft App ID (a GUID) as first argument or in MICROSOFT_APP_ID"
[[ "$public_url" =~ ^https://[A-Za-z0-9.-]+(:[0-9]+)?(/.*)?$ ]] \
  || fail "give the bot's public https address (e.g. https://routewijzer.example.nl) as second argument or in ROUTEWIJZER_PUBLIC_URL"
host="${public_url#https://}"
host="${host%%/*}"
host="${host%%:*}"
privacy_url="${ROUTEWIJZER_PRIVACY_URL:-$public_url/}"
terms_url="${ROUTEWIJZER_TERMS_URL:-$public_url/}"

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

# Fill in the template; | cannot occur in a GUID or in the validated URLs.
sed -e "s|{{APP_ID}}|$app_id|g" -e "s|{{PUBLIC_URL}}|$public_url|g" -e "s|{{HOST}}|$host|g" \
    -e "s|{{PRIVACY_URL}}|$privacy_url|g" -e "s|{{TERMS_URL}}|$terms_url|g" \
    "$here/manifest.json" > "$staging/manifest.json"
cp "$here/color.png" "$here/outline.png" "$staging/"

if grep -q '{{' "$staging/manifest.json"; then
  fail "manifest.json still has a placeholder: $(grep -o '{{[A-Z_]*}}' "$staging/manifest.json" | head -1)"
fi
if command -v python3 > /dev/null; then
  python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$staging/manifest.json" \
    || fail "manifest.json is not valid JSON"
elif command -v node > /dev/null; then
  node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' "$staging/manifest.json" \
    || fail "manifest.json is not valid JSON"
else
  echo "build-package: neither python3 nor node found; manifest.json not validated" >&2
fi

mkdir -p "$out"
zip_file="$out/routewijzer-teams.zip"
rm -f "$zip_file"
# The three files at the root of the zip, as Teams requires.
if command -v zip > /dev/null; then
  (cd "$staging" && zip -q -X "$zip_file" manifest.json color.png outline.png)
elif command -v jar > /dev/null; then
  jar cfM "$zip_file" -C "$staging" manifest.json -C "$staging" color.png -C "$staging" outline.png
else
  fail "neither zip nor jar (from a JDK) found"
fi
echo "$zip_file"
