#!/usr/bin/env bash
# Starts/stops a throwaway single-node Elasticsearch for the integration tests (issue 4).
# See ../shared/elasticsearch/NOTES.md: the server zip comes from Maven Central, needs a JDK >= 21,
# refuses root (so it runs as `nobody`), binds loopback only and lacks GET / (health is the probe).
#   .ci/elasticsearch.sh start|stop|status
# start prints the node URL on its last stdout line; it exits 0 without a node ("skipping") when no
# JDK 21+ is available, so callers can treat "no URL" as "ES tests skip".
set -euo pipefail
cd "$(dirname "$0")/.."

ES_VERSION=9.5.3   # pinned: Central's metadata does not list 9.x, ranges would not resolve
ES_ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip"
BASE="${SELFEVAL_ES_BASE:-/tmp/selfeval-es}"
ES_HOME="$BASE/elasticsearch-$ES_VERSION"
RUN_DIR="$BASE/run"                      # owned by the node's user: config copy, data, logs, pid
PID_FILE="$RUN_DIR/es.pid"
PORT="${SELFEVAL_ES_PORT:-9200}"
URL="http://127.0.0.1:$PORT"
START_TIMEOUT="${SELFEVAL_ES_START_TIMEOUT:-120}"
ES_USER=nobody

log() { echo "elasticsearch.sh: $*" >&2; }

find_jdk() {
  local candidate
  for candidate in "${ES_JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 \
                   /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    local major
    major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

running_pid() {
  [ -f "$PID_FILE" ] || return 1
  local pid
  pid=$(cat "$PID_FILE" 2>/dev/null || true)
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

healthy() {
  curl -fsS --max-time 5 "$URL/_cluster/health?wait_for_status=yellow&timeout=${1:-1}s" >/dev/null 2>&1
}

fetch_distribution() {
  [ -x "$ES_HOME/bin/elasticsearch" ] && return 0
  mkdir -p "$BASE"
  local zip="$BASE/elasticsearch-$ES_VERSION.zip"
  if [ ! -f "$zip" ]; then
    log "fetching $ES_ARTIFACT"
    mvn -B -q dependency:copy -Dartifact="$ES_ARTIFACT" -DoutputDirectory="$BASE" >&2
  fi
  rm -rf "$ES_HOME"
  unzip -q "$zip" -d "$BASE"
}

write_config() {
  rm -rf "$RUN_DIR"
  mkdir -p "$RUN_DIR/data" "$RUN_DIR/logs" "$RUN_DIR/tmp"
  cp -r "$ES_HOME/config" "$RUN_DIR/config"
  cat > "$RUN_DIR/config/elasticsearch.yml" <<EOF
cluster.name: selfeval-ci
node.name: selfeval-ci-node
discovery.type: single-node
network.host: 127.0.0.1
http.port: $PORT
transport.port: $((PORT + 100))
xpack.security.enabled: false
xpack.ml.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
path.data: $RUN_DIR/data
path.logs: $RUN_DIR/logs
EOF
  mkdir -p "$RUN_DIR/config/jvm.options.d"
  printf -- '-Xms512m\n-Xmx512m\n' > "$RUN_DIR/config/jvm.options.d/heap.options"
  chown -R "$ES_USER" "$RUN_DIR"
  # The distribution is only read by the node; make sure the unprivileged user can.
  chmod -R a+rX "$ES_HOME"
  chmod a+rx "$BASE"
}

start() {
  if running_pid >/dev/null; then
    if healthy 30; then log "already running"; echo "$URL"; return 0; fi
    log "a node is running (pid $(running_pid)) but not healthy"; return 1
  fi
  local jdk
  if ! jdk=$(find_jdk); then
    log "skipping: no JDK 21 or newer found (Elasticsearch $ES_VERSION needs one; set ES_JAVA_HOME)"
    return 0
  fi
  if healthy 1; then log "port $PORT already serves another node; not starting"; return 1; fi
  command -v runuser >/dev/null || { log "runuser not found"; return 1; }
  fetch_distribution
  write_config
  log "starting Elasticsearch $ES_VERSION on $URL (JDK $jdk, user $ES_USER)"
  # -d daemonises once the node is up; the server CLI is told where the config copy is.
  if ! runuser -u "$ES_USER" -- env -i PATH=/usr/bin:/bin HOME="$RUN_DIR" ES_JAVA_HOME="$jdk" \
        ES_PATH_CONF="$RUN_DIR/config" ES_TMPDIR="$RUN_DIR/tmp" \
        "$ES_HOME/bin/elasticsearch" -d -p "$PID_FILE" >"$RUN_DIR/logs/startup.out" 2>&1; then
    log "node failed to start; see $RUN_DIR/logs"; tail -20 "$RUN_DIR/logs/startup.out" >&2 || true
    return 1
  fi
  local deadline=$((SECONDS + START_TIMEOUT))
  until healthy 5; do
    if [ $SECONDS -ge $deadline ] || ! running_pid >/dev/null; then
      log "node did not become healthy within ${START_TIMEOUT}s; see $RUN_DIR/logs"
      stop || true
      return 1
    fi
    sleep 1
  done
  log "up (pid $(running_pid))"
  echo "$URL"
}

stop() {
  local pid
  if ! pid=$(running_pid); then log "not running"; rm -f "$PID_FILE"; return 0; fi
  kill -TERM "$pid" 2>/dev/null || true
  local i
  for i in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || { log "stopped (pid $pid)"; rm -f "$PID_FILE"; return 0; }
    sleep 1
  done
  log "pid $pid ignored SIGTERM for 30s; killing"
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
}

status() {
  local pid
  if pid=$(running_pid) && healthy 1; then echo "running pid $pid $URL"; return 0; fi
  if [ -n "${pid:-}" ]; then echo "running pid $pid (not healthy)"; return 1; fi
  echo "stopped"; return 3
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
