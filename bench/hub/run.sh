#!/usr/bin/env bash
# Runs bench/hub with enough file descriptors for 10,000 sockets per process (only 127.0.0.1 is used).
set -euo pipefail
cd "$(dirname "$0")/../.."
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
exec node dist/bench/hub/run.js "$@"
