#!/usr/bin/env bash
# One command from a fresh clone to a built sample edition:
#   npm packages, the system packages the PDF and the tests use, the TypeScript and XSLT builds,
#   then `tei-edition build` on the sample corpus (output in edition/).
set -euo pipefail
cd "$(dirname "$0")/.."

# chromium: prints the PDF; poppler-utils (pdftotext) and jing: reference tools the tests compare with.
system_packages=(chromium poppler-utils jing)
missing=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROME_PATH:-}" ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v jing >/dev/null 2>&1 || missing+=(jing)

if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "setup: installing ${missing[*]} with apt-get"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: please install: ${missing[*]} (of ${system_packages[*]})." >&2
    echo "       On macOS: brew install --cask chromium; brew install poppler jing-trang." >&2
    echo "       Or set CHROME_PATH to an installed Chrome/Chromium. Without a browser the PDF step fails; the rest works." >&2
  fi
fi

if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
npm run build
node bin/tei-edition.js build
