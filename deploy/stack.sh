# Fonctions communes à deploy/smoke.sh et bench/load-soak.sh : elles montent sur la boucle locale la pile de deploy/
# (PostgreSQL, deux instances publiées du site en Production, le nginx de Debian devant, en TLS) comme sur un serveur.
# À inclure par « source » après avoir défini :
#   work   un dossier de travail (chmod 755), supprimé par l'appelant
#   abort  une fonction qui dit pourquoi et arrête tout
# Après stack_postgres, PGHOST, PGPORT, PGUSER et PGPASSWORD désignent le serveur ; stack_teardown arrête tout ce qui a
# été démarré ici (instances, nginx, base et grappe jetables).

stack_repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
stack_pids=()
stack_pg_own=""
stack_databases=()

stack_free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 30000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}

stack_run_pg() { if [[ $(id -u) -eq 0 ]]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }

# nginx, PostgreSQL, curl et openssl ; en root sur Debian, installe nginx s'il manque.
stack_require() {
  if ! command -v nginx >/dev/null 2>&1 && [[ ! -x /usr/sbin/nginx ]]; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
      echo "Installation de nginx (Debian)…"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx >/dev/null || abort "nginx n'a pas pu être installé"
    else
      abort "nginx manque : sudo apt-get install nginx, puis relancez."
    fi
  fi
  stack_nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
  stack_pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [[ -n $stack_pg_bin ]] || abort "PostgreSQL manque : sudo apt-get install postgresql, puis relancez."
  local tool
  for tool in curl openssl; do command -v $tool >/dev/null || abort "$tool manque : sudo apt-get install $tool"; done
  export PATH="$stack_pg_bin:$PATH"
}

# stack_postgres BASE [--fsync] : le PostgreSQL d'AIGUILLAGE_TEST_POSTGRES s'il est défini, sinon une grappe jetable
# (fsync coupé sauf --fsync) ; y crée la base BASE et met sa chaîne Npgsql dans stack_connection.
stack_postgres() {
  local database=$1 fsync=off
  [[ ${2:-} == --fsync ]] && fsync=on
  if [[ -n ${AIGUILLAGE_TEST_POSTGRES:-} ]]; then
    # Host=…;Port=…;Database=…;Username=…;Password=… (chaîne Npgsql) vers les variables de libpq.
    local parts part key value
    IFS=';' read -ra parts <<<"$AIGUILLAGE_TEST_POSTGRES"
    for part in "${parts[@]}"; do
      key=${part%%=*}; value=${part#*=}
      case ${key,,} in
        host | server) export PGHOST=$value ;;
        port) export PGPORT=$value ;;
        username | "user id" | user) export PGUSER=$value ;;
        password) export PGPASSWORD=$value ;;
      esac
    done
    echo "PostgreSQL : celui d'AIGUILLAGE_TEST_POSTGRES ($PGHOST:$PGPORT), base jetable $database."
  else
    stack_pg_own=$(mktemp -d /tmp/aiguillage-pg.XXXXXX)
    [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$stack_pg_own"
    local port
    port=$(stack_free_port)
    stack_run_pg "$stack_pg_bin/initdb -D $stack_pg_own/data -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256 >/dev/null" \
      || abort "initdb a échoué"
    stack_run_pg "$stack_pg_bin/pg_ctl -D $stack_pg_own/data -l $stack_pg_own/pg.log -w -o \"-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$stack_pg_own -c fsync=$fsync\" start >/dev/null" \
      || abort "PostgreSQL n'a pas démarré"
    stack_run_pg "$stack_pg_bin/psql -h $stack_pg_own -p $port -U postgres -v ON_ERROR_STOP=1 -qc \"CREATE ROLE aiguillage LOGIN PASSWORD 'aiguillage' CREATEDB\"" >/dev/null \
      || abort "le rôle aiguillage n'a pas pu être créé"
    export PGHOST=127.0.0.1 PGPORT=$port PGUSER=aiguillage PGPASSWORD=aiguillage
    echo "PostgreSQL : grappe jetable sur 127.0.0.1:$port (fsync=$fsync), base $database."
  fi
  stack_create_database "$database"
  stack_connection="Host=$PGHOST;Port=$PGPORT;Database=$database;Username=$PGUSER;Password=$PGPASSWORD"
}

stack_create_database() {
  createdb "$1" || abort "la base $1 n'a pas pu être créée"
  stack_databases+=("$1")
}

# Publie le site et la ligne de commande dans $work/site et $work/cli (une fois ; la publication est incrémentale).
stack_publish() {
  dotnet publish "$stack_repo/src/Aiguillage.Web" -c Release -o "$work/site" --nologo -v q >"$work/publish.log" 2>&1 || { cat "$work/publish.log"; abort "dotnet publish du site a échoué"; }
  dotnet publish "$stack_repo/src/Aiguillage.Cli" -c Release -o "$work/cli" --nologo -v q >>"$work/publish.log" 2>&1 || { cat "$work/publish.log"; abort "dotnet publish de la ligne de commande a échoué"; }
}

# La ligne de commande publiée, sur la base de stack_connection.
stack_cli() { (cd "$work/cli" && Database__Provider=Postgres ConnectionStrings__Aiguillage="$stack_connection" ./Aiguillage.Cli "$@"); }

# stack_nginx [PROCESSUS] : nginx avec deploy/nginx-aiguillage.conf, les ports et chemins remplacés par ceux de la boucle
# locale et un certificat d'essai pour aiguillage.localhost. Choisit stack_https_port, stack_http_port et les ports
# des deux instances (stack_site_ports) ; PROCESSUS est worker_processes (1 par défaut, « auto » comme Debian).
stack_nginx() {
  local workers=${1:-1}
  stack_https_port=$(stack_free_port)
  stack_http_port=$(stack_free_port)
  stack_site_ports=("$(stack_free_port)" "$(stack_free_port)")
  mkdir -p "$work/nginx/temp"
  chmod 777 "$work/nginx/temp"
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=aiguillage.localhost" \
    -keyout "$work/nginx/key.pem" -out "$work/nginx/cert.pem" >/dev/null 2>&1 || abort "certificat d'essai impossible"
  sed -e "s#server 127.0.0.1:5001 #server 127.0.0.1:${stack_site_ports[0]} #; s#server 127.0.0.1:5002 #server 127.0.0.1:${stack_site_ports[1]} #" \
    -e "s#listen 80;#listen 127.0.0.1:$stack_http_port;#; s#listen 443 ssl http2;#listen 127.0.0.1:$stack_https_port ssl http2;#; /listen \[::\]/d" \
    -e "s#aiguillage.example.org#aiguillage.localhost#g" \
    -e "s#/etc/letsencrypt/live/aiguillage.localhost/fullchain.pem#$work/nginx/cert.pem#; s#/etc/letsencrypt/live/aiguillage.localhost/privkey.pem#$work/nginx/key.pem#" \
    -e "s#/opt/aiguillage/site/wwwroot#$work/site/wwwroot#g; s#/etc/nginx/aiguillage-proxy.conf#$stack_repo/deploy/nginx-aiguillage-proxy.conf#g" \
    -e "s#/var/www/html#$work/nginx#" \
    "$stack_repo/deploy/nginx-aiguillage.conf" >"$work/nginx/site.conf"
  cat >"$work/nginx/nginx.conf" <<CONF
worker_processes $workers;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $work/nginx/access.log;
    client_body_temp_path $work/nginx/temp/body;
    proxy_temp_path $work/nginx/temp/proxy;
    fastcgi_temp_path $work/nginx/temp/fastcgi;
    uwsgi_temp_path $work/nginx/temp/uwsgi;
    scgi_temp_path $work/nginx/temp/scgi;
    include $work/nginx/site.conf;
}
CONF
  "$stack_nginx_bin" -t -q -e "$work/nginx/error.log" -c "$work/nginx/nginx.conf" 2>"$work/nginx/test.log" || { cat "$work/nginx/test.log"; abort "la configuration nginx est refusée"; }
  "$stack_nginx_bin" -e "$work/nginx/error.log" -c "$work/nginx/nginx.conf" || abort "nginx n'a pas démarré"
}

# stack_start_site N [VARIABLE=VALEUR…] : l'instance N (0 ou 1) comme aiguillage@.service, avec les réglages donnés en plus.
stack_start_site() {
  local n=$1
  shift
  (cd "$work/site" && exec env ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres Database__InitializeOnStartup=false \
    ConnectionStrings__Aiguillage="$stack_connection" Logging__LogLevel__Default=Warning "$@" \
    ./Aiguillage.Web --urls "http://127.0.0.1:${stack_site_ports[$n]}" >>"$work/site-$n.log" 2>&1) &
  stack_pids[$n]=$!
}

stack_wait_ready() {
  local n=$1 i
  for i in $(seq 1 120); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${stack_site_ports[$n]}/health/ready") == 200 ]] && return 0
    kill -0 "${stack_pids[$n]}" 2>/dev/null || return 1
    sleep 0.5
  done
  return 1
}

stack_teardown() {
  local pid database
  for pid in "${stack_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [[ -f $work/nginx/nginx.pid ]]; then kill -QUIT "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true; fi
  for pid in "${stack_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [[ -n ${PGHOST:-} ]]; then
    for database in "${stack_databases[@]}"; do dropdb --if-exists --force "$database" >/dev/null 2>&1 || true; done
  fi
  if [[ -n $stack_pg_own ]]; then
    stack_run_pg "$stack_pg_bin/pg_ctl -D $stack_pg_own/data -w -m fast stop" >/dev/null 2>&1 || true
    rm -rf "$stack_pg_own"
  fi
}
