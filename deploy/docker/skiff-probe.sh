#!/bin/sh
# Health probes of a Skiff node, run inside its container (installed as /usr/local/bin/skiff-probe).
#
#   skiff-probe ready   exit 0 when this node's broker is registered and unfenced and it knows the
#                       active controller (what `npm start` waits for): the Docker HEALTHCHECK and the
#                       Kubernetes readinessProbe
#   skiff-probe live    exit 0 when the node's gRPC listener answers DescribeCluster at all, quorum or
#                       not: the Kubernetes livenessProbe and startupProbe (a lost quorum must not get
#                       every pod restarted)
#
# Both ask the node itself with `skiff cluster describe` against 127.0.0.1 (or the address
# `listeners` binds when that is not a wildcard), with node.id and the port read from the
# server.properties that skiff-entrypoint rendered (SKIFF_CONFIG_FILE).
set -eu

mode="${1:-ready}"
config="${SKIFF_CONFIG_FILE:-/var/lib/skiff/server.properties}"
limit="${SKIFF_PROBE_TIMEOUT:-10}"

fail() { echo "skiff-probe $mode: $*" >&2; exit 1; }

case "$mode" in
  ready|live) ;;
  *) echo "usage: skiff-probe ready|live" >&2; exit 2 ;;
esac

[ -r "$config" ] || fail "no config at $config yet"
prop() { sed -n "s/^$1=//p" "$config" | tail -n 1; }
node_id="$(prop node.id)"
listener="$(prop listeners)"
port="${listener##*:}"
host="${listener#*://}"
host="${host%:*}"
case "$host" in
  ''|0.0.0.0|::|'[::]') host=127.0.0.1 ;;
esac
[ -n "$node_id" ] && [ -n "$port" ] || fail "$config has no node.id or listeners"

if ! out="$(timeout "$limit" skiff cluster describe --output json --bootstrap-server "$host:$port" 2>&1)"; then
  fail "the node at $host:$port does not answer: $out"
fi
[ "$mode" = live ] && exit 0

printf '%s' "$out" | node -e '
let text = "";
process.stdin.on("data", (d) => (text += d));
process.stdin.on("end", () => {
  const id = Number(process.argv[1]);
  let cluster;
  try { cluster = JSON.parse(text); } catch { console.error(`not JSON: ${text.slice(0, 200)}`); process.exit(1); }
  const self = (cluster.brokers ?? []).find((b) => b.brokerId === id);
  const problem = cluster.controllerId === -1 ? "no active controller known"
    : self === undefined ? `broker ${id} is not registered`
    : self.fenced ? `broker ${id} is fenced`
    : self.inControlledShutdown ? `broker ${id} is in controlled shutdown`
    : null;
  if (problem !== null) { console.error(`skiff-probe ready: ${problem}`); process.exit(1); }
});
' "$node_id"
