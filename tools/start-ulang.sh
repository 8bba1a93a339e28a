#!/usr/bin/env bash
# Start-up time of the default run (issue 12): starts the built portal on an empty data folder once (first start:
# MariaDB unpacked and set up, schema, Meral's plan, demo accounts, sample data), stops it with SIGTERM as a user
# does, then starts and stops it again RUNS times (default 5) on the same folder, and prints the seconds from the
# start of `java` until /login answers 200: the first start, and min/median/max of the restarts.
#   tools/start-ulang.sh                 # builds the jar first; START_BANGUN=0 uses the one in target/
#   RUNS=10 tools/start-ulang.sh
# Ports: START_PORT (8187) and START_DB_PORT (3397); the data folder is target/start-ulang/data (never ./data).
# JVM options of the portal: START_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."

java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | awk -F'= ' '/java.specification.version/ { split($2, v, "."); print v[1] }'
}
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 21 ]; then
        export JAVA_HOME="$candidate"
        break
    fi
done
port=${START_PORT:-8187}
db_port=${START_DB_PORT:-3397}
runs=${RUNS:-5}
folder=target/start-ulang

if [ "${START_BANGUN:-1}" = 1 ]; then
    ./mvnw -q -B -DskipTests package
fi
rm -rf "$folder"
mkdir -p "$folder"

# One start: prints the seconds until /login answered 200, then stops the portal with SIGTERM and waits for it.
start_sekali() {
    local log=$1 mulai portal detik
    mulai=$(date +%s%N)
    # shellcheck disable=SC2086
    "$JAVA_HOME/bin/java" ${START_JAVA_OPTS:-} -jar target/kinerja-kecamatan-0.1.0-SNAPSHOT.jar \
        --server.port="$port" --kinerja.embedded-db.port="$db_port" \
        --kinerja.embedded-db.data-dir="$folder/data" --kinerja.cadangan.folder="$folder/cadangan" > "$log" 2>&1 &
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

pertama=$(start_sekali "$folder/pertama.log")
echo "first start on an empty folder: $pertama s"
hasil=()
for i in $(seq 1 "$runs"); do
    detik=$(start_sekali "$folder/ulang-$i.log")
    echo "restart $i: $detik s"
    hasil+=("$detik")
done
printf '%s\n' "${hasil[@]}" | sort -n | awk '
    { v[NR] = $1 }
    END {
        median = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "restart with data (%d runs): min %.2f s, median %.2f s, max %.2f s\n", NR, v[1], median, v[NR]
    }'
