#!/usr/bin/env bash
# Benchmark of the packaged bot on PostgreSQL, all on this machine (loopback only):
#   deploy/bench/run.sh [--no-build] [ChatBenchmark options, e.g. --conversations 64 --seconds 20]
# Builds the jar, starts it on a fresh schema "bench" of the local database, measures the time to ready,
# runs deploy/bench/ChatBenchmark.java, reads the server's RSS from /proc and stops it.
# Environment: BENCH_DB_URL (jdbc:postgresql://127.0.0.1:5432/test), BENCH_DB_USER (postgres),
# BENCH_DB_PASSWORD, BENCH_PORT (18080), JAVA_OPTS (server JVM options), BENCH_SERVER_ARGS (extra Spring
# arguments for the server, e.g. "--spring.threads.virtual.enabled=false"), BENCH_FAT_JAR=1 (run the executable jar
# itself instead of its extracted class path), JAVA_HOME.
set -euo pipefail

cd "$(dirname "$0")/../.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
DB_URL="${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/test}"
DB_USER="${BENCH_DB_USER:-postgres}"
PORT="${BENCH_PORT:-18080}"
SCHEMA=bench
JAR=bot/target/routewijzer.jar
# As in the container image on a 2-core, 768 MB replica (deploy/compose.yaml): heap 75 % of the memory.
JAVA_OPTS="${JAVA_OPTS:--XX:ActiveProcessorCount=2 -XX:MaxRAM=768m -XX:MaxRAMPercentage=75}"
LOG=bot/target/bench-server.log

if [[ "${1:-}" == "--no-build" ]]; then
  shift
else
  echo "Building $JAR ..."
  ./mvnw -q -DskipTests package
fi

# Run as the container image does (deploy/Dockerfile): the jar extracted to a plain class path. From the
# executable jar itself, Spring Boot's nested-jar class loader can deadlock with virtual threads while the
# first requests load classes (spring-projects/spring-boot#51463; seen here in 2 of 11 runs).
APP="$JAR"
VIRTUAL_THREADS=false
if [[ "${BENCH_FAT_JAR:-}" != "1" ]]; then
  VIRTUAL_THREADS=true # as the image sets them
  APP_DIR=bot/target/bench-app
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP_DIR" --force >/dev/null
  APP="$APP_DIR/$(basename "$JAR")"
fi

# A clean schema every run, so that earlier runs' conversations do not weigh on this one.
if command -v psql >/dev/null; then
  host_port="${DB_URL#jdbc:postgresql://}"; host_port="${host_port%%/*}"
  database="${DB_URL##*/}"; database="${database%%\?*}"
  PGPASSWORD="${BENCH_DB_PASSWORD:-}" psql -q -h "${host_port%%:*}" -p "${host_port##*:}" -U "$DB_USER" -d "$database" \
    -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" -c "CREATE SCHEMA $SCHEMA"
else
  echo "psql not found: Flyway creates schema $SCHEMA if it is missing (not emptied between runs)."
fi

separator='?'; [[ "$DB_URL" == *\?* ]] && separator='&'
started_ns=$(date +%s%N)
SPRING_DATASOURCE_URL="$DB_URL${separator}currentSchema=$SCHEMA" \
SPRING_DATASOURCE_USERNAME="$DB_USER" SPRING_DATASOURCE_PASSWORD="${BENCH_DB_PASSWORD:-}" \
SPRING_FLYWAY_DEFAULT_SCHEMA="$SCHEMA" SPRING_THREADS_VIRTUAL_ENABLED="$VIRTUAL_THREADS" \
  "$JAVA" $JAVA_OPTS -jar "$APP" --server.port="$PORT" ${BENCH_SERVER_ARGS:-} >"$LOG" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT

until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; do
  if ! kill -0 "$pid" 2>/dev/null; then echo "The bot stopped during startup; see $LOG" >&2; exit 1; fi
  if (( $(date +%s%N) - started_ns > 180000000000 )); then echo "Not ready after 180 s; see $LOG" >&2; exit 1; fi
  sleep 0.1
done
ready_ms=$(( ($(date +%s%N) - started_ns) / 1000000 ))
rss_ready_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")

echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/^Mem/ {print $2}') GB RAM"
echo "Server: $APP; JVM: $("$JAVA" -version 2>&1 | head -1), options: ${JAVA_OPTS}; virtual threads: $VIRTUAL_THREADS; arguments: ${BENCH_SERVER_ARGS:-(none)}"
echo "Startup: ready after ${ready_ms} ms ($(grep -o 'Started RoutewijzerApplication in [0-9.]* seconds' "$LOG" || true)); RSS at ready $((rss_ready_kb / 1024)) MB"

echo "Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on this machine share its cores)"
"$JAVA" deploy/bench/ChatBenchmark.java --url "http://127.0.0.1:$PORT" --server-pid "$pid" "$@"
echo "Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"

rss_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
hwm_kb=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status")
echo "RSS after the run: $((rss_kb / 1024)) MB (peak $((hwm_kb / 1024)) MB)"
kill "$pid"
wait "$pid" 2>/dev/null || true
trap - EXIT
