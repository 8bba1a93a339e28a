#!/usr/bin/env bash
# Start-up time of the default run (issue 12), for each way of running the portal: the README's first command
# (./mvnw spring-boot:run), the portal of target/portal (with JDK 25+ also with its AOT cache), and the single
# packaged jar. Each starts on an empty data folder once (first start: MariaDB unpacked and set up, schema, Meral's
# plan, demo accounts, sample data), is stopped as a user stops it (SIGTERM to its process group, the JVM's shutdown hooks
# run as on Ctrl+C; a script's background job cannot get SIGINT, which the shell makes it ignore),
# then started and stopped again RUNS times (default 5) on the same folder; it prints the seconds from the command
# until /login answers 200: the first start, and min/median/max of the restarts.
#   tools/start-ulang.sh                 # builds first; START_BANGUN=0 uses what is in target/
#   RUNS=10 tools/start-ulang.sh
# Ports: START_PORT (8187) and START_DB_PORT (3397); data folders under target/start-ulang (never ./data).
set -euo pipefail
cd "$(dirname "$0")/.."

. tools/jdk.sh
port=${START_PORT:-8187}
db_port=${START_DB_PORT:-3397}
runs=${RUNS:-5}
folder=target/start-ulang

if [ "${START_BANGUN:-1}" = 1 ]; then
    ./mvnw -q -B -DskipTests package
fi
rm -rf "$folder"
mkdir -p "$folder"

# One start of the portal run as "$@" (a command whose last argument is the portal's own, see argumen_portal):
# prints the seconds until /login answered 200, then stops it with SIGTERM and waits until every process it
# started has ended. $log is set by the caller.
start_sekali() {
    local mulai grup detik
    mulai=$(date +%s%N)
    setsid "$@" > "$log" 2>&1 &
    grup=$!
    while [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)" != 200 ]; do
        kill -0 $grup 2>/dev/null || { echo "the portal stopped, see $log" >&2; exit 1; }
        sleep 0.05
    done
    detik=$(( ($(date +%s%N) - mulai) / 1000000 ))
    # the first start goes on creating the sample data after /login answers; let it finish before stopping
    for _ in $(seq 1 600); do
        grep -q "Data contoh" "$log" && break
        sleep 0.1
    done
    kill -TERM -- -$grup
    while kill -0 -- -$grup 2>/dev/null; do
        sleep 0.1
    done
    printf '%d.%03d\n' $((detik / 1000)) $((detik % 1000))
}

# The portal's own arguments for the way named $1: its ports, and a data and a backup folder of its own.
argumen_portal() {
    echo "--server.port=$port --kinerja.embedded-db.port=$db_port --kinerja.embedded-db.data-dir=$folder/$1/data" \
        "--kinerja.cadangan.folder=$folder/$1/cadangan"
}

# One way of running: a first start on an empty folder, then RUNS restarts; "$1" names it, the rest runs it.
ukur() {
    local nama=$1 pertama detik hasil=()
    shift
    mkdir -p "$folder/$nama"
    log="$folder/$nama/pertama.log"
    pertama=$(start_sekali "$@")
    echo "$nama: first start on an empty folder: $pertama s"
    for i in $(seq 1 "$runs"); do
        log="$folder/$nama/ulang-$i.log"
        detik=$(start_sekali "$@")
        echo "$nama: restart $i: $detik s"
        hasil+=("$detik")
    done
    printf '%s\n' "${hasil[@]}" | sort -n | awk -v nama="$nama" '
        { v[NR] = $1 }
        END {
            median = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
            printf "%s: restart with data (%d runs): min %.2f s, median %.2f s, max %.2f s\n", nama, NR, v[1], median, v[NR]
        }'
}

ukur spring-boot-run ./mvnw -q -B spring-boot:run -Dspring-boot.run.arguments="$(argumen_portal spring-boot-run)"
if [ -f target/portal/kinerja.aot ]; then
    # shellcheck disable=SC2046 # the portal's arguments are words without spaces, one each
    ukur portal-aot "$JAVA_HOME/bin/java" -XX:AOTCache=target/portal/kinerja.aot \
        -jar target/portal/kinerja-kecamatan-portal.jar $(argumen_portal portal-aot)
else
    echo "portal-aot: no target/portal/kinerja.aot (it is built with JDK 25 or newer)"
fi
# shellcheck disable=SC2046
ukur portal "$JAVA_HOME/bin/java" -jar target/portal/kinerja-kecamatan-portal.jar $(argumen_portal portal)
# shellcheck disable=SC2046
ukur jar "$JAVA_HOME/bin/java" -jar target/kinerja-kecamatan.jar $(argumen_portal jar)
