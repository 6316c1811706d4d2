#!/usr/bin/env bash
# Two nodes behind HAProxy with sticky sessions, sharing MariaDB and Redis (silheomjang.live-bus=redis), and a
# real-browser check that a card moved on one node shows on the other and that presence spans both. Each node reaches
# Redis through its own TCP proxy (haproxy), so that the check can then cut one node off Redis and show that a member
# removed there loses their page on the other node all the same.
# Needs: a JDK 21+ (JAVA_HOME), MariaDB on 127.0.0.1:3306 (root, empty password), Redis on 127.0.0.1:6379,
# haproxy and chromium (Debian packages). Usage: scripts/two-nodes.sh [--keep]   (--keep leaves the cluster running)
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
LB=18080 A=18081 B=18082 DB=silheomjang_two_nodes REDIS_A=16381 REDIS_B=16382
WORK=target/two-nodes
mkdir -p "$WORK"
command -v haproxy >/dev/null || { echo "haproxy is missing: apt-get install haproxy" >&2; exit 1; }

pids=()
stop() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
[ "${1:-}" = --keep ] || trap stop EXIT

jar=$(ls target/silheomjang-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then
    ./mvnw -q -B -DskipTests package
    jar=$(ls target/silheomjang-*.jar | grep -v original | head -1)
fi
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test
# The check's class, compiled unless it is already (after ./mvnw verify, as in CI: a second Maven run costs ~20 s).
check_class=target/test-classes/kr/silheomjang/e2e/TwoNodesCheck.class
if [ ! -f "$check_class" ] || [ src/test/java/kr/silheomjang/e2e/TwoNodesCheck.java -nt "$check_class" ]; then
    ./mvnw -q -B test-compile
fi

mariadb --protocol=TCP -h 127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"
redis_proxy() { # $1 = node name, $2 = port: that node's own way to Redis, which the check may cut
    cat > "$WORK/redis-$1.cfg" <<CFG
defaults
    mode tcp
    timeout connect 2s
    timeout client 1h
    timeout server 1h
frontend redis
    bind 127.0.0.1:$2
    default_backend redis
backend redis
    server redis 127.0.0.1:6379
CFG
    haproxy -f "$WORK/redis-$1.cfg" -db > "$WORK/redis-$1.log" 2>&1 &
    local pid=$!
    pids+=("$pid")
    for _ in $(seq 50); do
        redis-cli -p "$2" ping >/dev/null 2>&1 && kill -0 "$pid" 2>/dev/null && { echo "$pid" > "$WORK/redis-$1.pid"; return 0; }
        sleep 0.1
    done
    echo "node $1's Redis proxy on port $2 did not start (port taken?); see $WORK/redis-$1.log" >&2; exit 1
}
redis_proxy a "$REDIS_A"
redis_proxy b "$REDIS_B"
node() { # $1 = name, $2 = port, $3 = its Redis proxy's port
    java @jvm.options -jar "$jar" --server.port="$2" --spring.profiles.active=mysql --silheomjang.demo-data=true \
        --silheomjang.live-bus=redis --spring.data.redis.port="$3" --silheomjang.base-url="http://127.0.0.1:$LB" \
        --spring.datasource.hikari.data-source-properties.connectTimeout=30000 --spring.data.redis.connect-timeout=10s \
        --spring.datasource.url="jdbc:mysql://127.0.0.1:3306/$DB?useUnicode=true&characterEncoding=utf8&connectionTimeZone=UTC&connectTimeout=30000" \
        > "$WORK/node-$1.log" 2>&1 &
    pids+=($!)
}
wait_up() { # $1 = port
    for _ in $(seq 300); do
        curl -fs -o /dev/null "http://127.0.0.1:$1/login" && return 0
        sleep 1
    done
    echo "node on port $1 did not start; see $WORK" >&2; exit 1
}
# One after the other: the first creates the schema (Flyway) and the demo workspace, the second finds them.
node a "$A" "$REDIS_A"; wait_up "$A"
node b "$B" "$REDIS_B"; wait_up "$B"

# Vaadin keeps each UI in the HTTP session of one node: every request of a browser must reach that node (sticky
# sessions by a cookie the balancer sets), and the push connection (WebSocket or long polling) must be let through.
cat > "$WORK/haproxy.cfg" <<CFG
global
    maxconn 2000
defaults
    mode http
    timeout connect 5s
    timeout client 60s
    timeout server 60s
    timeout tunnel 1h
frontend web
    bind 127.0.0.1:$LB
    default_backend nodes
backend nodes
    balance roundrobin
    cookie SILHEOMJANG_NODE insert indirect nocache httponly
    option httpchk GET /login
    server a 127.0.0.1:$A check cookie a
    server b 127.0.0.1:$B check cookie b
CFG
haproxy -f "$WORK/haproxy.cfg" -db > "$WORK/haproxy.log" 2>&1 &
pids+=($!)
wait_up "$LB"

id=$(mariadb --protocol=TCP -h 127.0.0.1 -uroot -N -e "SELECT id FROM $DB.experiment WHERE title LIKE '%야학%' ORDER BY id LIMIT 1")
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -cp "target/test-classes:target/classes:$(cat "$WORK/cp.txt")" \
    kr.silheomjang.e2e.TwoNodesCheck "http://127.0.0.1:$LB" "$id" "$WORK"
# The check cut one node off Redis: with --keep, give it its way back, so that the cluster left running is whole.
if [ "${1:-}" = --keep ]; then
    kill -0 "$(cat "$WORK/redis-a.pid")" 2>/dev/null || redis_proxy a "$REDIS_A"
    kill -0 "$(cat "$WORK/redis-b.pid")" 2>/dev/null || redis_proxy b "$REDIS_B"
fi
