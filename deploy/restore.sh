#!/usr/bin/env bash
# Restaure une sauvegarde faite par deploy/backup.sh dans une base NEUVE (créée par le script ; refus si elle existe
# déjà, pour ne jamais écraser une base par erreur).
#   deploy/restore.sh FICHIER.dump BASE
# La connexion vient de l'environnement de libpq (PGHOST, PGPORT, PGUSER, PGPASSWORD) ; l'utilisateur doit pouvoir créer
# une base et en devient le propriétaire. Tout ou rien : une erreur annule la restauration et efface la base créée.
# Ensuite : arrêtez les instances, pointez ConnectionStrings__Aiguillage sur la base restaurée (ou renommez-la avec
# ALTER DATABASE … RENAME TO …), lancez aiguillage-migrate puis redémarrez les instances.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "Usage : $0 FICHIER.dump BASE" >&2
  exit 2
fi
file=$1
target=$2
if [[ ! -r $file ]]; then
  echo "Sauvegarde introuvable ou illisible : $file" >&2
  exit 2
fi
if [[ ! $target =~ ^[a-z_][a-z0-9_]*$ ]]; then
  echo "Nom de base refusé : « $target » (lettres minuscules, chiffres et _ seulement)." >&2
  exit 2
fi
if [[ -n $(psql --dbname=postgres -XtAc "SELECT 1 FROM pg_database WHERE datname = '$target'") ]]; then
  echo "La base « $target » existe déjà : choisissez un nom neuf (rien n'a été modifié)." >&2
  exit 3
fi

createdb --template=template0 --encoding=UTF8 "$target"
if ! pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$target" "$file"; then
  dropdb --if-exists "$target" || true
  echo "Restauration échouée : la base « $target » a été retirée." >&2
  exit 1
fi
echo "Sauvegarde $file restaurée dans la base « $target »."
