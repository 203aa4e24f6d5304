#!/usr/bin/env bash
# The CallQA local stack in one command: embedded Kafka (KRaft) and PostgreSQL 17 with data in .qa-local/,
# and the five services as separate JVMs. Needs only a JDK 17+ and the Maven wrapper.
#
#   ./run-local.sh                      build what is missing, start everything, Ctrl-C stops it
#   ./run-local.sh token acd            print a bearer token (only the token on stdout)
#   ./run-local.sh --build              rebuild everything first (after changing a service)
#   ./run-local.sh --demo               start everything, then stream a simulated day into it (tools/acd-simulator)
#   ./run-local.sh --help               every option
#
# The launcher is deploy/local (module local-stack, class io.callqa.local.Main), started from its compiled
# classes and the dependency classpath Maven writes to deploy/local/target/local-stack.classpath.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

TARGET="deploy/local/target"
CLASSPATH_FILE="$TARGET/local-stack.classpath"
SERVICES=(ingest sampling scoring feedback reporting)
SIMULATOR_JAR="tools/acd-simulator/target/acd-simulator.jar"
if [[ -n "${JAVA_HOME:-}" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="java"; fi

launcher_built() {
    [[ -f "$TARGET/classes/io/callqa/local/Main.class" && -s "$CLASSPATH_FILE" ]] || return 1
    local jar entries
    IFS=':' read -r -a entries < "$CLASSPATH_FILE"
    for jar in "${entries[@]}"; do
        [[ -e "$jar" ]] || return 1   # e.g. the local Maven repository was cleaned
    done
}

services_built() {
    local service
    for service in "${SERVICES[@]}"; do
        [[ -f "$service-service/target/quarkus-app/quarkus-run.jar" ]] || return 1
    done
}

simulator_built() {
    [[ -f "$SIMULATOR_JAR" && -d "tools/acd-simulator/target/lib" ]]
}

build() {
    echo "run-local: building with ./mvnw -B -q install -DskipTests $* (this takes a few minutes) ..." >&2
    ./mvnw -B -q install -DskipTests "$@" >&2
}

force_build=false
demo=false
demo_live=false
mode=run
args=()
for arg in "$@"; do
    case "$arg" in
        --build) force_build=true ;;
        --demo) demo=true ;;
        --demo-live) demo=true; demo_live=true ;;
        -h|--help) mode=help; args+=("$arg") ;;
        *) args+=("$arg") ;;
    esac
done
if [[ "$mode" == run && ${#args[@]} -gt 0 && "${args[0]}" == token ]]; then
    mode=token
fi

if [[ "$mode" != run ]]; then
    demo=false
fi
if [[ "$mode" == run ]]; then
    if $force_build || ! launcher_built || ! services_built; then
        build
    fi
    if $demo && ! simulator_built; then
        build -pl tools/acd-simulator
    fi
elif $force_build || ! launcher_built; then
    build -pl deploy/local   # help and tokens need only the launcher
fi

LAUNCHER=("$JAVA" -Dcallqa.local.repo-root="$ROOT" -cp "$TARGET/classes:$(cat "$CLASSPATH_FILE")" io.callqa.local.Main)

demo_help() {
    cat <<'HELP'

Demo (a run-local.sh option, needs the ingest service):
  ./run-local.sh --demo [...]       start as above, then stream a simulated day into the stack with
                                    tools/acd-simulator (built if missing) and an acd token: yesterday's
                                    traffic of a 50-agent center (roster, calls with Chinese transcripts,
                                    complaints) through the ingest API at 500 records/s. The stack keeps
                                    running afterwards; Ctrl-C stops it (and the simulator).
  ./run-local.sh --demo-live [...]  the same, then today: what ended before now at once, then each call as
                                    it ends (and each complaint as it comes in), until Ctrl-C or the day is over.
  DEMO_OPTIONS="--agents 200 --transcripts --rate 2000" ./run-local.sh --demo
                                    the simulator's options instead of "--transcripts --rate 500"; see
                                    java -jar tools/acd-simulator/target/acd-simulator.jar --help
HELP
}

# The options the token command shares with the stack, so that the demo's token is signed with the stack's key.
token_options() {
    local i
    for ((i = 0; i < ${#args[@]}; i++)); do
        case "${args[i]}" in
            --data-dir|--repo-root) echo "${args[i]}"; echo "${args[i + 1]:-}" ;;
            --data-dir=*|--repo-root=*) echo "${args[i]}" ;;
        esac
    done
}

# Runs the stack in the background (SIGINT is ignored there, so Ctrl-C is forwarded as SIGTERM), waits for its
# "ready" summary, runs the simulator in the foreground, and then waits for the stack until Ctrl-C.
demo_summary=""
demo_stack=""
demo_stopping=false

run_demo() {
    local ingest_url token status
    demo_summary="$(mktemp)"
    trap 'rm -f "$demo_summary"' EXIT
    "${LAUNCHER[@]}" ${args[@]+"${args[@]}"} > >(trap '' INT; tee "$demo_summary") &
    demo_stack=$!   # the launcher's JVM itself
    trap 'demo_stopping=true; kill -TERM "$demo_stack" 2>/dev/null || true' INT TERM
    until grep -q "local stack is ready" "$demo_summary" 2>/dev/null; do
        if $demo_stopping || ! kill -0 "$demo_stack" 2>/dev/null; then
            break
        fi
        sleep 1
    done
    ingest_url="$(awk '$1 == "ingest" { print $2; exit }' "$demo_summary")"
    if $demo_stopping || ! kill -0 "$demo_stack" 2>/dev/null; then
        :   # the stack did not start, or Ctrl-C came first
    elif [[ -z "$ingest_url" ]]; then
        echo "run-local: --demo needs the ingest service (see --services); the stack keeps running" >&2
    else
        local -a token_args
        mapfile -t token_args < <(token_options)
        token="$("${LAUNCHER[@]}" token acd --ttl 24h ${token_args[@]+"${token_args[@]}"})" || token=""
        # simulator options, split into words on purpose
        local options="${DEMO_OPTIONS---transcripts --rate 500}"
        echo "run-local: demo: yesterday's traffic into $ingest_url ($options) ..." >&2
        # shellcheck disable=SC2086
        CALLQA_TOKEN="$token" "$JAVA" -jar "$SIMULATOR_JAR" push --url "$ingest_url" $options \
            || echo "run-local: the demo push ended with status $?" >&2
        if $demo_live && ! $demo_stopping; then
            echo "run-local: demo: today's calls as they end (Ctrl-C stops the stack) ..." >&2
            # shellcheck disable=SC2086
            CALLQA_TOKEN="$token" "$JAVA" -jar "$SIMULATOR_JAR" push --live --url "$ingest_url" $options \
                || echo "run-local: the live demo push ended with status $?" >&2
        fi
        $demo_stopping || echo "run-local: demo done; the stack keeps running, Ctrl-C stops it" >&2
    fi
    wait "$demo_stack" && status=0 || status=$?   # returns early on Ctrl-C: the trap stops the stack, wait again
    while kill -0 "$demo_stack" 2>/dev/null; do
        wait "$demo_stack" && status=0 || status=$?
    done
    exit "$status"
}

if [[ "$mode" == help ]]; then
    "${LAUNCHER[@]}" ${args[@]+"${args[@]}"}
    demo_help
    exit 0
fi
if $demo; then
    run_demo
fi
exec "${LAUNCHER[@]}" ${args[@]+"${args[@]}"}
