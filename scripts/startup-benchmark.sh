#!/usr/bin/env bash
# Start-up benchmark (#21 point 7): seconds from `java` to the first 200 on /login, for the plain prod jar and for the
# extracted jar with a Java 25 AOT cache (JEP 483/514), 3 cold starts each on the same, already migrated H2 database.
# Every java start takes the nodes' options (@jvm.options, decision note 0069). Prints the figures next to the target (<= 8 s). Usage: scripts/startup-benchmark.sh   (needs JDK 25 for the cache)
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
PORT=${PORT:-18090} RUNS=${RUNS:-3}
WORK=target/startup
DATA="$WORK/data/db"
URL="jdbc:h2:file:$PWD/$DATA;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE"
mkdir -p "$WORK"

jar=$(ls target/silheomjang-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then
    # Online: on a fresh machine packaging needs plugins no test run has downloaded.
    ./mvnw -q -B -DskipTests package
    jar=$(ls target/silheomjang-*.jar | grep -v original | head -1)
fi
name=$(basename "$jar")

# The fast start: the jar extracted (classes load from plain files), and an AOT cache for each way of starting it.
rm -rf "$WORK/app"
java -Djarmode=tools -jar "$jar" extract --destination "$WORK/app" >/dev/null
# Records an AOT cache by one training run that stops once the context is refreshed (no demo data written, no port
# kept). $1 = cache and log name, the rest = java options of the starts that will use it (the cache belongs to them).
train() {
    local cache=$1; shift
    java @jvm.options "$@" -XX:AOTCacheOutput="$WORK/app/$cache.aot" -Dspring.context.exit=onRefresh -jar "$WORK/app/$name" \
        --server.port=0 \
        --spring.datasource.url="jdbc:h2:mem:training;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE" \
        > "$WORK/training-$cache.log" 2>&1 || { echo "training run failed; see $WORK/training-$cache.log" >&2; exit 1; }
}
train app
# The same with Spring's build-time AOT (the bean definitions the build generated, `process-aot`; only for the embedded
# default's settings, decision note 0050). Its own cache: it loads other classes.
train app-spring -Dspring.aot.enabled=true
# The same with the serial collector, for comparison: about a second faster on two cores, but not the recommended
# start, since its pauses are longer with many open pages (decision note 0060). Its own cache (the collector is part
# of it).
train app-serial -XX:+UseSerialGC -Dspring.aot.enabled=true

start_once() { # $@ = java arguments before the app arguments; prints seconds to the first 200 on $PROBE (/login)
    local t0 pid code
    t0=$(date +%s.%N)
    java @jvm.options "$@" --server.port="$PORT" --spring.datasource.url="$URL" > "$WORK/run.log" 2>&1 &
    pid=$!
    for _ in $(seq 1200); do
        code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT${PROBE:-/login}" || true)
        if [ "$code" = 200 ]; then
            awk -v a="$(date +%s.%N)" -v b="$t0" 'BEGIN { printf "%.2f\n", a - b }'
            kill "$pid"; wait "$pid" 2>/dev/null || true
            return 0
        fi
        sleep 0.05
    done
    kill "$pid" 2>/dev/null || true
    echo "did not serve ${PROBE:-/login} within 60 s; see $WORK/run.log" >&2
    return 1
}

# One start first: creates and migrates the database (and the demo workspace), so that every measured start is alike.
# It waits for readiness, not /login: the demo workspace is written after the login page already answers, and a start
# stopped before that left it unwritten, so that every measured start wrote it again beside its first request.
rm -rf "$WORK/data"
PROBE=/actuator/health/readiness start_once -jar "$jar" >/dev/null
plain=() fast=() fastest=() serial=()
for _ in $(seq "$RUNS"); do
    plain+=("$(start_once -jar "$jar")")
    fast+=("$(start_once -XX:AOTCache="$WORK/app/app.aot" -jar "$WORK/app/$name")")
    fastest+=("$(start_once -XX:AOTCache="$WORK/app/app-spring.aot" -Dspring.aot.enabled=true -jar "$WORK/app/$name")")
    serial+=("$(start_once -XX:+UseSerialGC -XX:AOTCache="$WORK/app/app-serial.aot" -Dspring.aot.enabled=true \
        -jar "$WORK/app/$name")")
done
best() { printf '%s\n' "$@" | sort -n | head -1; }
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
printf 'Start-up to first /login (s), %d cold starts each, %s cores, target <= 8 s\n' "$RUNS" "$(nproc)"
printf '  plain jar (java -jar)            median %5.2f  best %5.2f\n' "$(median "${plain[@]}")" "$(best "${plain[@]}")"
printf '  extracted + AOT cache (JDK 25)   median %5.2f  best %5.2f\n' "$(median "${fast[@]}")" "$(best "${fast[@]}")"
printf '  same + Spring AOT (embedded)     median %5.2f  best %5.2f\n' "$(median "${fastest[@]}")" "$(best "${fastest[@]}")"
printf '  same + serial collector          median %5.2f  best %5.2f\n' "$(median "${serial[@]}")" "$(best "${serial[@]}")"
