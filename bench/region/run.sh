#!/usr/bin/env bash
# Runs bench/region with file descriptors for 500+ HTTPS connections (only 127.0.0.1 is used).
set -euo pipefail
cd "$(dirname "$0")/../.."
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
exec node dist/bench/region/run.js "$@"
