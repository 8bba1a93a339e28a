#!/usr/bin/env bash
# Start-up time of the default run (issue 12), for each way of running the built portal: the packaged jar
# (java -jar target/kinerja-kecamatan-0.1.0-SNAPSHOT.jar) and, with JDK 25+, the extracted portal with its AOT cache
# (java -XX:AOTCache=target/portal/kinerja.aot -jar target/portal/kinerja-kecamatan.jar). Each starts on an empty
# data folder once (first start: MariaDB unpacked and set up, schema, Meral's plan, demo accounts, sample data), is
# stopped with SIGTERM as a user does, then started and stopped again RUNS times (default 5) on the same folder; it
# prints the seconds from the start of `java` until /login answers 200: the first start, and min/median/max of the
# restarts.
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

# One start of the portal run as "$@": prints the seconds until /login answered 200, then stops it with SIGTERM and
# waits for it. $data and $log are set by the caller.
start_sekali() {
    local mulai portal detik
    mulai=$(date +%s%N)
    "$JAVA_HOME/bin/java" "$@" --server.port="$port" --kinerja.embedded-db.port="$db_port" \
        --kinerja.embedded-db.data-dir="$data" --kinerja.cadangan.folder="$data/cadangan" > "$log" 2>&1 &
    portal=$!
    while [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)" != 200 ]; do
        kill -0 $portal 2>/dev/null || { echo "the portal stopped, see $log" >&2; exit 1; }
        sleep 0.05
    done
    detik=$(( ($(date +%s%N) - mulai) / 1000000 ))
    # the first start goes on creating the sample data after /login answers; let it finish before stopping
    for _ in $(seq 1 600); do
        grep -q "Data contoh" "$log" && break
        sleep 0.1
    done
    kill -TERM $portal
    wait $portal || true
    printf '%d.%03d\n' $((detik / 1000)) $((detik % 1000))
}

# One way of running: a first start on an empty folder, then RUNS restarts; "$1" names it, the rest runs it.
ukur() {
    local nama=$1 pertama detik hasil=()
    shift
    data="$folder/$nama/data"
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

ukur jar -jar target/kinerja-kecamatan-0.1.0-SNAPSHOT.jar
if [ -f target/portal/kinerja.aot ]; then
    ukur portal-aot -XX:AOTCache=target/portal/kinerja.aot -jar target/portal/kinerja-kecamatan.jar
else
    echo "portal-aot: no target/portal/kinerja.aot (it is built with JDK 25 or newer)"
fi
