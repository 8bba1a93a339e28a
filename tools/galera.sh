#!/usr/bin/env bash
# The portal on a 3-node MariaDB Galera cluster while nodes fail (issue 17, item 5). Starts three mariadbd nodes on
# loopback (client ports 4306-4308, Galera 4567/4577/4587, IST 4568/4578/4588, SST 4444/4454/4464), each with its
# own data folder under a temporary directory; node 1 bootstraps the cluster, nodes 2 and 3 join it by SST (rsync).
# Then the portal's jar (demo accounts, no sample data) on the cluster through one JDBC URL naming the three nodes
# (Connector/J "sequential": every connection goes to the first node that answers), the load driver against it and,
# GALERA_AWAL seconds after the driver's warm-up, GALERA_PUTARAN times: the node holding most of the portal's
# connections is stopped (kill -GALERA_SINYAL), stays down GALERA_MATI seconds and is started again; it rejoins (IST,
# or SST after a crash) and the script waits for 3 synced nodes. At the end: the driver's figures, the quarters it saw
# confirmed that a node does not hold (lost commits, 0 expected), and whether the three nodes hold the same rows
# (CHECKSUM TABLE of every table). Logs stay in target/galera/ (README "Database cluster (Galera)"). Arguments go to
# the driver; defaults: --pengguna=40 --pemanasan=5 --iterasi=5 --ramp=60 --jeda=2000 (each user works about 90 s).
# Needs Debian's mariadb-server, galera-4 and rsync (installed here when missing and run as root).
# Environment: GALERA_PUTARAN (2), GALERA_MATI (20 s down), GALERA_AWAL (30 s of load before the first stop),
# GALERA_SINYAL (TERM; KILL for a crash), GALERA_PORT (8187, the portal), GALERA_URL_OPSI (options of the JDBC
# URL, default transactionReplay=true; empty for none), BEBAN_BANGUN=0 skips the build.
set -euo pipefail
cd "$(dirname "$0")/.."

putaran=${GALERA_PUTARAN:-2}
mati=${GALERA_MATI:-20}
awal=${GALERA_AWAL:-30}
sinyal=${GALERA_SINYAL:-TERM}
port_portal=${GALERA_PORT:-8187}
provider=/usr/lib/galera/libgalera_smm.so
db=kinerja
db_user=kinerja
db_pass=galera-uji-2026

if [ ! -f "$provider" ] || ! command -v rsync > /dev/null || [ ! -x /usr/sbin/mariadbd ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && apt-get install -y -qq galera-4 mariadb-server rsync > /dev/null
    else
        echo "needs galera-4, mariadb-server and rsync: apt-get install galera-4 mariadb-server rsync" >&2
        exit 1
    fi
fi

. tools/jdk.sh
if [ "${BEBAN_BANGUN:-1}" = 1 ]; then
    ./mvnw -q -B -DskipTests package
    mkdir -p target/beban
    ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/beban/classpath.txt
fi
log=target/galera
rm -rf "$log"
mkdir -p "$log"
tmp=$(mktemp -d /tmp/galera.XXXXXX)
# mariadbd does not run as root: as root, the nodes and their SST scripts run as mysql; the script's own user is
# the nodes' administrator through their sockets (unix_socket authentication of mariadb-install-db)
admin_db=$(id -un)
pengguna_db=$admin_db
[ "$admin_db" = root ] && pengguna_db=mysql

declare -A pid_node
portal=""
pengemudi=""
bersihkan() {
    local p
    for p in "$pengemudi" "$portal"; do
        [ -n "$p" ] && kill "$p" 2> /dev/null || true
    done
    for p in "${pid_node[@]}"; do
        kill "$p" 2> /dev/null || true
    done
    for p in "$pengemudi" "$portal" "${pid_node[@]}"; do
        [ -n "$p" ] && wait "$p" 2> /dev/null || true
    done
    for n in 1 2 3; do
        [ -f "$tmp/n$n/error.log" ] && cp "$tmp/n$n/error.log" "$log/node$n.err"
    done
    rm -rf "$tmp"
}
trap bersihkan EXIT

waktu() { date -u +%H:%M:%S; }
port_db() { echo $((4305 + $1)); }
sql() { # node, statement: tab-separated rows without a header, as root over the node's socket
    mariadb --no-defaults -u"$admin_db" -S "$tmp/n$1/mysqld.sock" -N -B -e "$2"
}
status() { sql "$1" "show global status like '$2'" 2> /dev/null | cut -f2; }

for n in 1 2 3; do
    d=$tmp/n$n
    mkdir -p "$d/data" "$d/tmp"
    g=$((4567 + 10 * (n - 1)))
    # a defaults file of its own, so that neither the node nor its SST script reads /etc/mysql (the machine's server)
    cat > "$d/my.cnf" << EOF
[mysqld]
datadir=$d/data
socket=$d/mysqld.sock
# a folder of its own: a starting server deletes the temporary tables it finds in its tmpdir, another node's too
tmpdir=$d/tmp
pid-file=$d/mariadbd.pid
log-error=$d/error.log
port=$(port_db "$n")
bind-address=127.0.0.1
user=$pengguna_db
skip-name-resolve
# what Galera needs (README "Database cluster (Galera)")
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=128M
wsrep_on=ON
wsrep_provider=$provider
wsrep_cluster_name=kinerja-uji
wsrep_cluster_address=gcomm://127.0.0.1:4567,127.0.0.1:4577,127.0.0.1:4587
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1:$g
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$g;ist.recv_addr=127.0.0.1:$((g + 1));gcache.size=256M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$((4444 + 10 * (n - 1)))
# a table without primary key, or one that Galera does not replicate (MyISAM), is refused instead of drifting
wsrep_mode=REQUIRED_PRIMARY_KEY,STRICT_REPLICATION
EOF
done
[ "$admin_db" = root ] && chown -R "$pengguna_db" "$tmp"
mariadb-install-db --defaults-file="$tmp/n1/my.cnf" --auth-root-authentication-method=socket > "$log/install-db.log" 2>&1

mulai_node() { # node [extra option]
    /usr/sbin/mariadbd --defaults-file="$tmp/n$1/my.cnf" ${2:+"$2"} > /dev/null 2>&1 &
    pid_node[$1]=$!
}
tunggu_sinkron() { # node, timeout in s: it answers and is Synced
    local i
    for i in $(seq 1 "$2"); do
        [ "$(status "$1" wsrep_local_state_comment)" = Synced ] && return 0
        kill -0 "${pid_node[$1]}" 2> /dev/null || { echo "node $1 stopped, see $log/node$1.err" >&2; return 1; }
        sleep 1
    done
    echo "node $1 not synced after $2 s" >&2
    return 1
}
ukuran() { # cluster size seen by the first node that answers
    local n s
    for n in 1 2 3; do
        s=$(status "$n" wsrep_cluster_size) && [ -n "$s" ] && { echo "$s"; return; }
    done
    echo 0
}

t0=$(date +%s)
mulai_node 1 --wsrep-new-cluster
tunggu_sinkron 1 60
for n in 2 3; do
    mulai_node "$n"
    tunggu_sinkron "$n" 120
done
[ "$(ukuran)" = 3 ] || { echo "cluster size $(ukuran), not 3" >&2; exit 1; }
echo "$(waktu) cluster of 3 synced nodes in $(($(date +%s) - t0)) s ($(sql 1 'select version()'))"
sql 1 "create database $db character set utf8mb4 collate utf8mb4_unicode_ci;
    create user '$db_user'@'127.0.0.1' identified by '$db_pass';
    grant all on $db.* to '$db_user'@'127.0.0.1'"

# transactionReplay: a transaction broken by a node's departure is replayed on the next node (README)
opsi=${GALERA_URL_OPSI-transactionReplay=true}
url="jdbc:mariadb:sequential://127.0.0.1:4306,127.0.0.1:4307,127.0.0.1:4308/$db${opsi:+?$opsi}"
"$JAVA_HOME/bin/java" -jar target/kinerja-kecamatan.jar --server.port="$port_portal" \
    --kinerja.embedded-db.enabled=false --spring.datasource.url="$url" \
    --spring.datasource.username="$db_user" --spring.datasource.password="$db_pass" \
    --kinerja.demo.data-contoh=false --kinerja.cadangan.jadwal=- --kinerja.cadangan.folder="$tmp/cadangan" \
    > "$log/portal.log" 2>&1 &
portal=$!
for _ in $(seq 1 300); do
    grep -q "akun demo dibuat" "$log/portal.log" && break
    kill -0 $portal 2> /dev/null || { echo "portal stopped, see $log/portal.log" >&2; exit 1; }
    sleep 1
done
grep -q "akun demo dibuat" "$log/portal.log" || { echo "portal not ready after 300 s" >&2; exit 1; }
echo "$(waktu) portal on $url: Flyway ran $(sql 1 "select count(*) from $db.flyway_schema_history where success")" \
    "migrations on the cluster"
tanpa_pk=$(sql 1 "select t.table_name from information_schema.tables t where t.table_schema = '$db'
    and t.table_type = 'BASE TABLE' and not exists (select 1 from information_schema.table_constraints c
    where c.table_schema = t.table_schema and c.table_name = t.table_name and c.constraint_type = 'PRIMARY KEY')")
echo "tables without primary key: ${tanpa_pk:-none}"

if [ $# = 0 ]; then
    set -- --pengguna=40 --pemanasan=5 --iterasi=5 --ramp=60 --jeda=2000
fi
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/beban/classpath.txt)" \
    id.kecamatan.kinerja.beban.PengemudiBeban --url="http://localhost:$port_portal" --catat="$log/komit.tsv" "$@" \
    > "$log/pengemudi.log" 2>&1 &
pengemudi=$!
echo "$(waktu) load driver started: $*"

# which node holds most of the portal's connections
node_portal() {
    local n c terbanyak=1 maks=-1
    for n in 1 2 3; do
        c=$(sql "$n" "select count(*) from information_schema.processlist where user = '$db_user'" 2> /dev/null) || c=0
        [ "$c" -gt "$maks" ] && { maks=$c; terbanyak=$n; }
    done
    echo "$terbanyak $maks"
}

# the stops fall in the counted load, after the driver's warm-up
for _ in $(seq 1 600); do
    grep -qs "^pemanasan: " "$log/pengemudi.log" && break
    case " $* " in *" --pemanasan=0 "*) break ;; esac
    kill -0 $pengemudi 2> /dev/null || break
    sleep 1
done
echo "$(waktu) counted load started"
sleep "$awal"
for p in $(seq 1 "$putaran"); do
    kill -0 $pengemudi 2> /dev/null || { echo "WARNING: the driver ended before stop $p; use more load" >&2; break; }
    read -r n koneksi < <(node_portal)
    echo "$(waktu) stop $p: kill -$sinyal node $n (port $(port_db "$n"), $koneksi of the portal's connections)"
    t=$(date +%s)
    kill -"$sinyal" "${pid_node[$n]}"
    wait "${pid_node[$n]}" 2> /dev/null || true
    echo "$(waktu) node $n down after $(($(date +%s) - t)) s; cluster size now $(ukuran)"
    sleep "$mati"
    t=$(date +%s)
    baris=$(wc -l < "$tmp/n$n/error.log")
    mulai_node "$n"
    tunggu_sinkron "$n" 300
    # an IST also logs "SST received" (of no data); an SST logs no "IST received"
    cara=SST
    tail -n +"$((baris + 1))" "$tmp/n$n/error.log" | grep -q "IST received" && cara=IST
    echo "$(waktu) node $n rejoined by $cara and synced in $(($(date +%s) - t)) s (cluster size $(ukuran))"
    sleep 15
done

rc=0
wait $pengemudi || rc=$?
pengemudi=""
cat "$log/pengemudi.log"
kill $portal
wait $portal 2> /dev/null || true
portal=""

# every node applied everything: the same last committed seqno on all three
for _ in $(seq 1 60); do
    s=$(for n in 1 2 3; do status "$n" wsrep_last_committed; done | sort -u | wc -l)
    [ "$s" = 1 ] && break
    sleep 1
done
echo "last committed seqno per node: $(for n in 1 2 3; do echo -n "$(status "$n" wsrep_last_committed) "; done)"

# lost commits: every quarter the driver saw confirmed must be there, as submitted (or as at least a draft)
nilai=$(awk -F'\t' '{ printf "%s(\x27%s\x27,%d,%d,\x27%s\x27)", (NR > 1 ? "," : ""), $2, $3, $4, $5 }' "$log/komit.tsv")
dikonfirmasi=$(wc -l < "$log/komit.tsv")
hilang_total=0
for n in 1 2 3; do
    hilang=$(sql "$n" "with d (kode, tahun, triwulan, status) as (values $nilai)
        select count(*) from d where not exists (select 1 from $db.realisasi r join $db.indikator i
        on i.id = r.indikator_id where i.kode = d.kode and r.tahun = d.tahun and r.triwulan = d.triwulan
        and (r.status = d.status or (d.status = 'DRAF' and r.status = 'DIAJUKAN')))")
    echo "node $n: $hilang of $dikonfirmasi confirmed quarters missing;" \
        "realisasi by status: $(sql "$n" "select group_concat(concat(status, ' ', c) order by status separator ', ')
        from (select status, count(*) c from $db.realisasi group by status) x")"
    hilang_total=$((hilang_total + hilang))
done

# the same rows on every node: CHECKSUM TABLE of every table
tabel=$(sql 1 "select group_concat(concat('$db.', table_name) order by table_name) from information_schema.tables
    where table_schema = '$db' and table_type = 'BASE TABLE'")
for n in 1 2 3; do
    sql "$n" "checksum table $tabel" > "$log/checksum-node$n.tsv"
done
if cmp -s "$log/checksum-node1.tsv" "$log/checksum-node2.tsv" && cmp -s "$log/checksum-node1.tsv" "$log/checksum-node3.tsv"; then
    sama="identical on the 3 nodes"
else
    sama="DIFFERENT between nodes (see $log/checksum-node*.tsv)"
    rc=1
fi
echo "checksums of $(wc -l < "$log/checksum-node1.tsv") tables: $sama"
echo "GALERA: $putaran stops (kill -$sinyal, $mati s down), lost commits $hilang_total" \
    "($dikonfirmasi confirmed quarters checked on 3 nodes), driver exit $rc"
[ "$hilang_total" = 0 ] || rc=1
exit $rc
