#!/usr/bin/env bash
# Backup of the compose database: one consistent dump (InnoDB, --single-transaction) into ./backup/.
# Restore: gunzip -c backup/kinerja-YYYYmmdd-HHMMSS.sql.gz | docker compose -f docker/compose.yaml exec -T db \
#          sh -c 'mariadb -u"$MARIADB_USER" -p"$MARIADB_PASSWORD" "$MARIADB_DATABASE"'
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p backup
target="backup/kinerja-$(date +%Y%m%d-%H%M%S).sql.gz"
docker compose -f docker/compose.yaml exec -T db \
    sh -c 'mariadb-dump --single-transaction --routines --triggers -u"$MARIADB_USER" -p"$MARIADB_PASSWORD" "$MARIADB_DATABASE"' \
    | gzip > "$target"
echo "Backup: $target"
