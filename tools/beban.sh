#!/usr/bin/env bash
# The load run (issue 6, item 6): builds the portal's jar and the load driver (src/test/java/.../beban), starts
# the portal on a fresh embedded database under target/beban (never ./data), runs the driver against it and stops
# the portal. Sample data is off so that every quarter of the five years the year picker offers is free to fill.
# Arguments go to the driver; the defaults are those of the README's figures:
#   tools/beban.sh --pengguna=200 --pemanasan=100 --iterasi=1 --ramp=100 --jeda=10000 --dasbor=dasbor
# (--pemanasan: users of a warm-up that is not counted; --ramp: seconds over which the users arrive; --jeda: mean think
# time in ms, drawn from half to one and a half of it; --dasbor: the route opened after login, "" the start page;
# the burst of the README: --ramp=30 --jeda=1000.) Ports: BEBAN_PORT (8186) and
# BEBAN_DB_PORT (3396); JVM options of the portal: BEBAN_JAVA_OPTS (e.g. a flight recording:
# -XX:StartFlightRecording=filename=target/beban/portal.jfr,settings=profile); BEBAN_BANGUN=0 skips the build.
set -euo pipefail
cd "$(dirname "$0")/.."

. tools/jdk.sh
port=${BEBAN_PORT:-8186}
db_port=${BEBAN_DB_PORT:-3396}

if [ "${BEBAN_BANGUN:-1}" = 1 ]; then
    ./mvnw -q -B -DskipTests package
    mkdir -p target/beban
    ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/beban/classpath.txt
fi
rm -rf target/beban/db

# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" ${BEBAN_JAVA_OPTS:-} -jar target/kinerja-kecamatan.jar --server.port="$port" \
    --kinerja.embedded-db.port="$db_port" --kinerja.embedded-db.data-dir=target/beban/db \
    --kinerja.demo.data-contoh=false > target/beban/portal.log 2>&1 &
portal=$!
trap 'kill $portal 2>/dev/null; wait $portal 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
    grep -q "akun demo dibuat" target/beban/portal.log && break
    kill -0 $portal 2>/dev/null || { echo "portal stopped, see target/beban/portal.log" >&2; exit 1; }
    sleep 1
done
grep -q "akun demo dibuat" target/beban/portal.log || { echo "portal not ready after 300 s" >&2; exit 1; }

"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/beban/classpath.txt)" \
    id.kecamatan.kinerja.beban.PengemudiBeban --url="http://localhost:$port" --pid=$portal "$@"
