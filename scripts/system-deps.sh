#!/usr/bin/env bash
# The Debian packages the tests need, installed when missing. Run by `npm test` (pretest) and so by
# CI; safe to run again (it installs nothing when everything is there). Add a package here, one per
# line with what needs it; nothing else in the project installs system packages.
set -euo pipefail

PACKAGES=(
  chromium   # the dashboard's component tests and the end-to-end tests (headless; CHROMIUM_PATH overrides)
  poppler-utils # the end-to-end tests read the PDFs the dashboard prints (pdfinfo, pdftotext, pdftoppm)
  postgresql # the regional service's tests start a throw-away cluster (initdb/pg_ctl)
  wine64     # the Windows single-file agent is smoke-tested under Wine
)

if [ "${SIAPCAT_SKIP_SYSTEM_DEPS:-}" = "1" ]; then
  exit 0
fi

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: not a Debian system; make sure these are installed: ${PACKAGES[*]}" >&2
  exit 0
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  cat >&2 <<MSG
Paket Debian yang dibutuhkan tes belum terpasang: ${missing[*]}
Pasang sebagai root:  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}
Debian packages the tests need are missing: ${missing[*]}
Install them as root: apt-get update && apt-get install -y --no-install-recommends ${missing[*]}
MSG
  exit 1
fi

echo "system-deps: installing from Debian: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
