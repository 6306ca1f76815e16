#!/usr/bin/env bash
# The container entry point of a Skiff node (deploy/docker/Dockerfile installs it as
# /usr/local/bin/skiff-entrypoint; deploy/k8s uses it unchanged).
#
#   skiff-entrypoint [start]   render server.properties, format storage the first time, exec the node
#   skiff-entrypoint init      render and format, then exit (no server)
#   skiff-entrypoint render    render server.properties and print it, then exit
#   skiff-entrypoint CMD...    exec CMD (e.g. `skiff topics list --bootstrap-server skiff-1:9092`)
#
# Environment (see deploy/README.md):
#   SKIFF_VOTERS             required: controller.quorum.voters, e.g. 1@skiff-1:9092,2@skiff-2:9093,3@skiff-3:9094
#   SKIFF_NODE_ID            node.id; if unset, the trailing number of SKIFF_POD_NAME (default: the host name,
#                            e.g. the StatefulSet pod skiff-2) plus SKIFF_NODE_ID_OFFSET (default 0)
#   SKIFF_CLUSTER_ID         the cluster id (skiff storage random-uuid), the same on every node; required
#                            for the first start, checked against meta.properties on every later one
#   SKIFF_PORT               the one listener's port (default 9092); clients, brokers and the quorum use it
#   SKIFF_LISTEN_HOST        the address bound (default 0.0.0.0)
#   SKIFF_ADVERTISED_HOST    the host name others connect to (default: the host name)
#   SKIFF_DATA_DIR           log.dirs (default /var/lib/skiff/data)
#   SKIFF_METADATA_DIR       metadata.log.dir (default: the data dir)
#   SKIFF_CONFIG_FILE        where server.properties is written (default /var/lib/skiff/server.properties)
#   SKIFF_PROCESS_ROLES      process.roles (default broker,controller)
#   SKIFF_RACK               broker.rack
#   SKIFF_METRICS_PORT       serve Prometheus metrics at http://0.0.0.0:PORT/metrics
#   SKIFF_LOG_LEVEL          log.level
#   SKIFF_AUTO_FORMAT        true (default): format empty storage at start; false: refuse to start unformatted
#   SKIFF_CFG_<KEY>          any other server.properties key, upper case with dots as underscores:
#                            SKIFF_CFG_MIN_INSYNC_REPLICAS=2 -> min.insync.replicas=2
# The rendered file is checked by the node itself (`skiff storage format` and `skiff server start`
# report unknown keys and bad values with the line); this script only refuses values it cannot write.
set -euo pipefail

me=skiff-entrypoint
die() { printf '%s: %s\n' "$me" "$*" >&2; exit 1; }
say() { printf '%s: %s\n' "$me" "$*" >&2; }

config_file="${SKIFF_CONFIG_FILE:-/var/lib/skiff/server.properties}"
data_dir="${SKIFF_DATA_DIR:-/var/lib/skiff/data}"
metadata_dir="${SKIFF_METADATA_DIR:-}"
port="${SKIFF_PORT:-9092}"

is_uint() { [[ "$1" =~ ^[0-9]+$ ]]; }

node_id() {
  if [[ -n "${SKIFF_NODE_ID:-}" ]]; then
    is_uint "$SKIFF_NODE_ID" || die "SKIFF_NODE_ID='$SKIFF_NODE_ID' is not a non-negative integer"
    printf '%s' "$((10#$SKIFF_NODE_ID))"
    return
  fi
  local name="${SKIFF_POD_NAME:-$(hostname)}"
  local ordinal="${name##*-}"
  local offset="${SKIFF_NODE_ID_OFFSET:-0}"
  is_uint "$ordinal" || die "SKIFF_NODE_ID is not set and the name '$name' does not end in -<ordinal> (a StatefulSet pod name): set SKIFF_NODE_ID"
  is_uint "$offset" || die "SKIFF_NODE_ID_OFFSET='$offset' is not a non-negative integer"
  printf '%s' "$((10#$ordinal + 10#$offset))"
}

# A value goes into the file verbatim: refuse what .properties would read differently.
check_value() {
  local name="$1" value="$2"
  [[ -n "$value" ]] || die "$name is empty"
  [[ "$value" != *$'\n'* && "$value" != *$'\r'* ]] || die "$name contains a line break"
  [[ "$value" != *\\* ]] || die "$name contains a backslash, which server.properties reads as an escape"
}

render() {
  [[ -n "${SKIFF_VOTERS:-}" ]] || die "SKIFF_VOTERS is required: the metadata quorum, id@host:port,... (the same on every node)"
  is_uint "$port" || die "SKIFF_PORT='$port' is not a port number"
  local id advertised_host
  id="$(node_id)"
  advertised_host="${SKIFF_ADVERTISED_HOST:-$(hostname)}"
  local -a lines=(
    "# Rendered by $me from SKIFF_* environment variables at every start: edit those, not this file."
    "node.id=$id"
    "process.roles=${SKIFF_PROCESS_ROLES:-broker,controller}"
    "controller.quorum.voters=$SKIFF_VOTERS"
    "listeners=PLAINTEXT://${SKIFF_LISTEN_HOST:-0.0.0.0}:$port"
    "advertised.listeners=PLAINTEXT://$advertised_host:$port"
    "log.dirs=$data_dir"
  )
  [[ -z "$metadata_dir" ]] || lines+=("metadata.log.dir=$metadata_dir")
  [[ -z "${SKIFF_RACK:-}" ]] || lines+=("broker.rack=$SKIFF_RACK")
  [[ -z "${SKIFF_METRICS_PORT:-}" ]] || lines+=("metrics.listener=http://0.0.0.0:$SKIFF_METRICS_PORT")
  [[ -z "${SKIFF_LOG_LEVEL:-}" ]] || lines+=("log.level=$SKIFF_LOG_LEVEL")
  local var key
  while IFS= read -r var; do
    [[ "$var" == SKIFF_CFG_* ]] || continue
    [[ "$var" =~ ^SKIFF_CFG_[A-Z0-9_]+$ ]] || die "$var: use upper case letters, digits and underscores after SKIFF_CFG_"
    key="${var#SKIFF_CFG_}"
    key="${key,,}"
    lines+=("${key//_/.}=${!var}")
  done < <(compgen -e | LC_ALL=C sort)
  local line
  for line in "${lines[@]:1}"; do check_value "${line%%=*}" "${line#*=}"; done

  mkdir -p "$(dirname "$config_file")"
  local tmp="$config_file.tmp"
  printf '%s\n' "${lines[@]}" >"$tmp"
  mv -f "$tmp" "$config_file"
}

meta_value() { sed -n "s/^$2=//p" "$1/meta.properties" | tail -n 1; }

# Formats the storage the first time only: every directory that already has a meta.properties is
# kept as it is (and must belong to SKIFF_CLUSTER_ID); `--ignore-formatted` makes a half-done
# earlier format finish instead of failing.
format_once() {
  local -a dirs=("$data_dir")
  [[ -z "$metadata_dir" || "$metadata_dir" == "$data_dir" ]] || dirs+=("$metadata_dir")
  local dir existing_id="" missing=()
  for dir in "${dirs[@]}"; do
    if [[ -f "$dir/meta.properties" ]]; then
      local id
      id="$(meta_value "$dir" cluster.id)"
      if [[ -n "${SKIFF_CLUSTER_ID:-}" && "$id" != "$SKIFF_CLUSTER_ID" ]]; then
        die "$dir is formatted for cluster $id, but SKIFF_CLUSTER_ID=$SKIFF_CLUSTER_ID: this volume belongs to another cluster (fix SKIFF_CLUSTER_ID, or give the node an empty volume)"
      fi
      existing_id="$id"
    else
      missing+=("$dir")
    fi
  done
  if [[ ${#missing[@]} -eq 0 ]]; then
    say "storage already formatted (cluster.id $existing_id): not formatting"
    return
  fi
  [[ "${SKIFF_AUTO_FORMAT:-true}" == "true" ]] || die "${missing[*]} not formatted and SKIFF_AUTO_FORMAT=${SKIFF_AUTO_FORMAT}: run 'skiff storage format --cluster-id <id> --config $config_file' first"
  local cluster_id="${SKIFF_CLUSTER_ID:-$existing_id}"
  [[ -n "$cluster_id" ]] || die "SKIFF_CLUSTER_ID is required for the first start: generate one with 'skiff storage random-uuid' and give every node of the cluster the same"
  say "formatting ${missing[*]} for cluster $cluster_id"
  skiff storage format --cluster-id "$cluster_id" --config "$config_file" --ignore-formatted
}

case "${1:-start}" in
  start)
    render
    format_once
    say "starting: skiff server start --config $config_file"
    exec skiff server start --config "$config_file"
    ;;
  init)
    render
    format_once
    ;;
  render)
    render
    cat "$config_file"
    ;;
  *)
    exec "$@"
    ;;
esac
