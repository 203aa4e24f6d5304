#!/usr/bin/env bash
# The CallQA local stack in one command: embedded Kafka (KRaft) and PostgreSQL 17 with data in .qa-local/,
# and the five services as separate JVMs. Needs only a JDK 17+ and the Maven wrapper.
#
#   ./run-local.sh                      build what is missing, start everything, Ctrl-C stops it
#   ./run-local.sh token acd            print a bearer token (only the token on stdout)
#   ./run-local.sh --build              rebuild everything first (after changing a service)
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

build() {
    echo "run-local: building with ./mvnw -B -q install -DskipTests $* (this takes a few minutes) ..." >&2
    ./mvnw -B -q install -DskipTests "$@" >&2
}

force_build=false
mode=run
args=()
for arg in "$@"; do
    case "$arg" in
        --build) force_build=true ;;
        -h|--help) mode=help; args+=("$arg") ;;
        *) args+=("$arg") ;;
    esac
done
if [[ "$mode" == run && ${#args[@]} -gt 0 && "${args[0]}" == token ]]; then
    mode=token
fi

if [[ "$mode" == run ]]; then
    if $force_build || ! launcher_built || ! services_built; then
        build
    fi
elif $force_build || ! launcher_built; then
    build -pl deploy/local   # help and tokens need only the launcher
fi

exec "$JAVA" -Dcallqa.local.repo-root="$ROOT" -cp "$TARGET/classes:$(cat "$CLASSPATH_FILE")" \
    io.callqa.local.Main ${args[@]+"${args[@]}"}
