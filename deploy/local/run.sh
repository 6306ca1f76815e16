#!/usr/bin/env bash
# The local cluster: exactly what `npm start` runs (build, then `skiff local-cluster`: format ./data
# on the first start, three nodes on 127.0.0.1:9092-9094, wait until every broker is unfenced,
# Ctrl-C = controlled shutdown of every node). Options pass through: --nodes N, --single, --clean,
# --data-dir DIR, --base-port P.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec npm start -- "$@"
