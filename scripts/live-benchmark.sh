#!/usr/bin/env bash
# Live updates at scale (#21 point 6) in one run: first LiveScaleBenchmarkIT (the prod jar in its own process, 1/10/30
# watching Chromium contexts: move->visible of the slowest, server CPU per move, bare push baseline, heap per board
# view), then BoardFanOutBenchmarkIT (1,000 browserless board views in one JVM: fan-out CPU, time to the last view,
# heap per view). Prints both tables, each figure beside its target (README, "Benchmark: live updates at scale").
# Usage: scripts/live-benchmark.sh [-Dbenchmark.runs=N] [-Dbenchmark.watchers=1,10,30] [-Dbenchmark.views=N] ...
# (the -D options go to both steps). Needs Chromium at /usr/bin/chromium. Nothing else may run on the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
OUT=target/benchmark
mkdir -p "$OUT"
rm -f "$OUT/live-scale.txt" "$OUT/fan-out.txt"
# Without -ea, as in production: the browserless step runs in the test JVM, where Flow's assertion-only checks of
# every node move would otherwise count.
SKIP=(-Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false -Dbenchmark=true
    -DenableAssertions=false)

# Online: on a fresh machine packaging needs plugins that no test run has downloaded (offline, the first step failed).
step() { # $1 = log name, rest = maven arguments; the log is shown only when the step fails
    local log="$OUT/$1.log"; shift
    if ! ./mvnw -B "$@" > "$log" 2>&1; then
        tail -60 "$log" >&2
        echo "failed; the whole log is $log" >&2
        exit 1
    fi
}

echo "start: $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
# Step 1 packages the prod jar (verify) and runs the browser benchmark against it in a separate process.
step live-scale-build verify -Dit.test=LiveScaleBenchmarkIT "${SKIP[@]}" "$@"
echo "after the watchers: $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
# Step 2 runs through the same lifecycle (verify), never at the same time as step 1. Not `failsafe:integration-test`
# alone: outside the lifecycle the Vaadin views run as in development mode, which keeps far more per component (the
# heap per view read about 3.3 MiB instead of about 0.8 MiB on 2026-12-03).
step fan-out-build verify -Dit.test=BoardFanOutBenchmarkIT "${SKIP[@]}" "$@"
echo "end: $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
cat "$OUT/live-scale.txt"
echo
cat "$OUT/fan-out.txt"
