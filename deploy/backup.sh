#!/usr/bin/env bash
# Sauvegarde la base d'Aiguillage avec pg_dump (format personnalisé, compressé) dans un dossier, et n'y garde que les
# N dernières sauvegardes.
#   deploy/backup.sh [DOSSIER]          (défaut : /var/backups/aiguillage ; N : AIGUILLAGE_BACKUP_KEEP, défaut 14)
# La connexion vient de l'environnement de libpq : PGHOST, PGPORT, PGUSER, PGPASSWORD (ou ~/.pgpass), PGDATABASE
# (défaut : aiguillage). Sur le serveur, aiguillage-backup.timer le lance chaque nuit en tant que postgres.
# Affiche le chemin de la sauvegarde ; code 0 si elle est complète, autre chose sinon (aucun fichier partiel ne reste).
set -euo pipefail

dir=${1:-/var/backups/aiguillage}
keep=${AIGUILLAGE_BACKUP_KEEP:-14}
database=${PGDATABASE:-aiguillage}
mkdir -p "$dir"
umask 077

stamp=$(date -u +%Y%m%dT%H%M%SZ)
file="$dir/aiguillage-$stamp.dump"
partial="$file.partiel"
trap 'rm -f "$partial"' EXIT

pg_dump --format=custom --compress=6 --dbname="$database" --file="$partial"
# Relue avant d'être gardée : une sauvegarde illisible ne doit pas remplacer les bonnes.
pg_restore --list "$partial" >/dev/null
mv "$partial" "$file"
echo "$file"

# Les plus anciennes au-delà des N dernières sont effacées.
mapfile -t old < <(ls -1 "$dir"/aiguillage-*.dump 2>/dev/null | sort -r | tail -n +"$((keep + 1))")
if ((${#old[@]})); then
  rm -f -- "${old[@]}"
fi
