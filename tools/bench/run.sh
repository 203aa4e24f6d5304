#!/usr/bin/env bash
# The ingest throughput benchmark: (a) the raw Kafka producer ceiling, then (b) ingest over HTTP with batches
# of 1,000 records, on the same embedded broker, in one run. Needs only a JDK 17+ and the Maven wrapper.
#
#   tools/bench/run.sh                  build what is missing, run with the defaults (300,000 records per phase)
#   tools/bench/run.sh --build          rebuild the benchmark and the ingest service first (after changing ingest)
#   tools/bench/run.sh --help           every option
#   tools/bench/run.sh --sampling       the sampling replay benchmark instead (io.callqa.bench.SamplingBench):
#                                       Kafka + PostgreSQL, N calls produced to qa.calls.v1, a bare consumer's
#                                       ceiling, then the sampling service draining them; --sampling --help
#   tools/bench/run.sh --sampling --through-ingest
#                                       the same with the issue's set-up: the ACD simulator pushes a month through
#                                       the ingest service while sampling runs (builds both and the simulator too)
#   tools/bench/run.sh --reporting      the reporting benchmark (io.callqa.bench.ReportingBench): Kafka, PostgreSQL and
#                                       the reporting service, a year of a 1,000-agent center loaded straight into
#                                       the read models with SQL, then every report's latency; --reporting --help
#   tools/bench/run.sh --compare A B    compares the samples and intervals of two kept --sampling runs (their data
#                                       directories), e.g. a full-speed replay against a run in small batches
#
# The benchmark is io.callqa.bench.IngestBench (module tools/bench), started from its compiled classes and the
# dependency classpath Maven writes to tools/bench/target/ingest-bench.classpath, as run-local.sh starts the
# launcher. It starts Kafka, PostgreSQL and the packaged ingest service (ingest-service/target/quarkus-app)
# with the local-stack launcher on free ports and a temporary data directory (removed unless --keep).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

TARGET="tools/bench/target"
CLASSPATH_FILE="$TARGET/ingest-bench.classpath"
if [[ -n "${JAVA_HOME:-}" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="java"; fi

bench_built() {
    [[ -f "$TARGET/classes/io/callqa/bench/IngestBench.class" && -s "$CLASSPATH_FILE" ]] || return 1
    local jar entries
    IFS=':' read -r -a entries < "$CLASSPATH_FILE"
    for jar in "${entries[@]}"; do
        [[ -e "$jar" ]] || return 1   # e.g. the local Maven repository was cleaned
    done
}

force_build=false
service="ingest"
main="io.callqa.bench.IngestBench"
extra_modules=""
args=()
for arg in "$@"; do
    case "$arg" in
        --build) force_build=true ;;
        --sampling) service="sampling"; main="io.callqa.bench.SamplingBench" ;;
        --compare) service="sampling"; main="io.callqa.bench.SamplingCompare" ;;
        --reporting) service="reporting"; main="io.callqa.bench.ReportingBench" ;;
        --through-ingest) extra_modules=",ingest-service,tools/acd-simulator"; args+=("$arg") ;;
        *) args+=("$arg") ;;
    esac
done

service_built() {
    [[ -f "$service-service/target/quarkus-app/quarkus-run.jar" ]] \
        && [[ -f "$TARGET/classes/${main//.//}.class" ]] \
        && { [[ -z "$extra_modules" ]] || { [[ -f ingest-service/target/quarkus-app/quarkus-run.jar ]] \
            && [[ -f tools/acd-simulator/target/acd-simulator.jar ]]; }; }
}

build() {
    echo "bench: building with ./mvnw -B -q install -DskipTests -pl $service-service,tools/bench$extra_modules -am ..." >&2
    ./mvnw -B -q install -DskipTests -pl "$service-service,tools/bench$extra_modules" -am >&2
}

if $force_build || ! bench_built || ! service_built; then
    build
fi

# the broker runs in this JVM: a fixed heap keeps its memory and GC the same from run to run
# BENCH_JAVA_OPTS: more options for this JVM, e.g. -Dcallqa.jvm-options.ingest="-Xmx128m" for the ingest JVM
# (-Dcallqa.jvm-options.sampling=... for the sampling JVM of --sampling); options are separated by spaces
read -r -a bench_java_opts <<< "${BENCH_JAVA_OPTS:-}"
exec "$JAVA" -Xms1g -Xmx2g ${bench_java_opts[@]+"${bench_java_opts[@]}"} -cp "$TARGET/classes:$(cat "$CLASSPATH_FILE")" \
    "$main" ${args[@]+"${args[@]}"}
