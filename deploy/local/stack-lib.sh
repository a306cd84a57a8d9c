# shellcheck shell=bash disable=SC2034  # the settings below are used by up, down and status
# Shared by deploy/local/up, down and status. Sourced, never run.
#
# Every process the local stack starts runs in its own session (setsid), so its process-group id
# equals its pid; that id goes into $CRM_STATE_DIR/pids/<name>.pid. Each process also carries
# CRM_LOCAL_STACK_PROC=<name>@<state dir> in its environment (its children inherit it): a pid file
# is only trusted while a member of that group still carries the tag, so a recycled pid is never
# signalled. Only bash builtins and /proc are used to find processes (no ps/pgrep needed).

STACK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export STACK_ROOT

# ---- settings (see the header of deploy/local/up) -------------------------------------------------
: "${CRM_STATE_DIR:=$STACK_ROOT/.local}"
: "${CRM_DB_PORT:=3306}"
: "${KAFKA_PORT:=9092}"
: "${KAFKA_CONTROLLER_PORT:=9093}"
: "${KC_PORT:=8180}"
: "${KC_MANAGEMENT_PORT:=9190}"
: "${DONOR_PORT:=8081}"
: "${GIFT_PORT:=8082}"
: "${CAMPAIGN_PORT:=8083}"
: "${REPORTING_PORT:=8084}"
: "${KEYCLOAK_VERSION:=26.7.3}"
: "${SMTP_PORT:=3025}"
: "${MAIL_WEB_PORT:=8085}"
: "${GREENMAIL_VERSION:=2.1.5}"
CRM_STATE_DIR="$(mkdir -p "$CRM_STATE_DIR" && cd "$CRM_STATE_DIR" && pwd)"
export CRM_STATE_DIR

PIDS_DIR="$CRM_STATE_DIR/pids"
LOGS_DIR="$CRM_STATE_DIR/logs"
LIB_DIR="$CRM_STATE_DIR/lib"
DOWNLOADS_DIR="$CRM_STATE_DIR/downloads"
KC_HOME="$CRM_STATE_DIR/keycloak/keycloak-$KEYCLOAK_VERSION"

SERVICES=(donor-service gift-service campaign-service reporting-service)
ENGINES=(mariadb kafka keycloak greenmail)

# Instances of each service (deploy/local/up --replicas N, remembered in $CRM_STATE_DIR/replicas): the first is
# named after its service and listens on the service's port, instance k (2, 3, …) is "<service>-k" on that port
# + (k − 1) × 100 (gift-service-2 on 8182). They share the databases, the broker and the consumer groups.
if [[ -z "${CRM_REPLICAS:-}" ]]; then
  CRM_REPLICAS="$( { cat "$CRM_STATE_DIR/replicas"; } 2>/dev/null || echo 1)"
fi
[[ "$CRM_REPLICAS" =~ ^[1-9]$ ]] || CRM_REPLICAS=1
REPLICA_PORT_STEP=100

# The instances of service $1, first to last.
service_instances() {
  local k
  printf '%s\n' "$1"
  for (( k = 2; k <= CRM_REPLICAS; k++ )); do
    printf '%s-%d\n' "$1" "$k"
  done
}

# Every service instance, service by service.
all_service_instances() {
  local svc
  for svc in "${SERVICES[@]}"; do
    service_instances "$svc"
  done
}

# The service an instance belongs to: gift-service-2 -> gift-service.
service_of() {
  if [[ "$1" =~ ^(.*-service)-([0-9]+)$ ]]; then
    printf '%s' "${BASH_REMATCH[1]}"
  else
    printf '%s' "$1"
  fi
}

service_port() {
  local base k=1
  if [[ "$1" =~ ^(.*-service)-([0-9]+)$ ]]; then
    k="${BASH_REMATCH[2]}"
  fi
  case "$(service_of "$1")" in
    donor-service) base="$DONOR_PORT" ;;
    gift-service) base="$GIFT_PORT" ;;
    campaign-service) base="$CAMPAIGN_PORT" ;;
    reporting-service) base="$REPORTING_PORT" ;;
    *) return 1 ;;
  esac
  echo $(( base + (k - 1) * REPLICA_PORT_STEP ))
}

# The ports a piece listens on (the first one is the one waited for).
ports_of() {
  case "$1" in
    mariadb) echo "$CRM_DB_PORT" ;;
    kafka) echo "$KAFKA_PORT $KAFKA_CONTROLLER_PORT" ;;
    keycloak) echo "$KC_PORT $KC_MANAGEMENT_PORT" ;;
    greenmail) echo "$SMTP_PORT $MAIL_WEB_PORT" ;;
    *) service_port "$1" ;;
  esac
}

# ---- output ---------------------------------------------------------------------------------------
if [[ -t 1 ]]; then
  C_BOLD=$'\e[1m' C_RED=$'\e[31m' C_GREEN=$'\e[32m' C_YELLOW=$'\e[33m' C_OFF=$'\e[0m'
else
  C_BOLD='' C_RED='' C_GREEN='' C_YELLOW='' C_OFF=''
fi
info() { printf '%s\n' "$*"; }
ok() { printf '%s%s%s\n' "$C_GREEN" "$*" "$C_OFF"; }
warn() { printf '%s%s%s\n' "$C_YELLOW" "$*" "$C_OFF" >&2; }
err() { printf '%s%s%s\n' "$C_RED" "$*" "$C_OFF" >&2; }
die() { err "error: $*"; exit 1; }

# Microseconds since the epoch (bash 5's $EPOCHREALTIME, no fork).
now() { printf '%s' "${EPOCHREALTIME/[.,]/}"; }
# elapsed START -> "12.3s" since START (a value of now).
elapsed() {
  local tenths=$(( (${EPOCHREALTIME/[.,]/} - $1) / 100000 ))
  printf '%d.%ds' $(( tenths / 10 )) $(( tenths % 10 ))
}

# ---- processes ------------------------------------------------------------------------------------
# The pids of the processes whose process group is $1 (read from /proc/<pid>/stat).
group_members() {
  local pgid="$1" stat rest pid
  local -a fields
  for stat in /proc/[0-9]*/stat; do
    pid="${stat#/proc/}"; pid="${pid%/stat}"
    { read -r rest <"$stat"; } 2>/dev/null || continue
    rest="${rest##*) }"          # after the command name: state ppid pgrp ...
    read -r -a fields <<<"$rest"
    if [[ "${fields[2]:-}" == "$pgid" ]]; then
      printf '%s\n' "$pid"
    fi
  done
}

stack_tag() { printf '%s@%s' "$1" "$CRM_STATE_DIR"; }

# True when process group $2 still has a member tagged as piece $1 of this state dir.
group_is_ours() {
  local name="$1" pgid="$2" pid tag environ
  [[ "$pgid" =~ ^[0-9]+$ ]] || return 1
  tag="CRM_LOCAL_STACK_PROC=$(stack_tag "$name")"
  for pid in $(group_members "$pgid"); do
    # (no `| grep -q`: with pipefail an early grep exit can fail the pipeline)
    environ="$( { tr '\0' '\n' <"/proc/$pid/environ"; } 2>/dev/null)" || continue
    if [[ $'\n'"$environ"$'\n' == *$'\n'"$tag"$'\n'* ]]; then
      return 0
    fi
  done
  return 1
}

pid_file() { printf '%s/%s.pid' "$PIDS_DIR" "$1"; }

# The recorded process-group id of piece $1 when that group is alive and ours; fails otherwise.
running_pgid() {
  local name="$1" file pgid
  file="$(pid_file "$name")"
  [[ -f "$file" ]] || return 1
  pgid="$(<"$file")"
  if group_is_ours "$name" "$pgid"; then
    printf '%s' "$pgid"
    return 0
  fi
  return 1
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# http_status PORT PATH -> the HTTP status code ("000" when nothing answers).
http_status() {
  local port="$1" path="$2" line=''
  if command -v curl >/dev/null 2>&1; then
    curl -s -o /dev/null -m 5 -w '%{http_code}' "http://127.0.0.1:$port$path" || true
    return 0
  fi
  if exec 3<>"/dev/tcp/127.0.0.1/$port" 2>/dev/null; then
    printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$path" "$port" >&3
    IFS= read -r -t 5 line <&3 || true
    exec 3<&- 3>&-
  fi
  line="${line#HTTP/* }"
  line="${line:0:3}"
  [[ "$line" =~ ^[0-9]{3}$ ]] && printf '%s' "$line" || printf '000'
}

# Stops piece $1: SIGTERM to its process group, up to $2 seconds (default 20), then SIGKILL.
stop_piece() {
  local name="$1" grace="${2:-20}" file pgid start i
  file="$(pid_file "$name")"
  [[ -f "$file" ]] || return 0
  pgid="$(<"$file")"
  if ! group_is_ours "$name" "$pgid"; then
    info "  $name: not running (stale pid file removed)"
    rm -f "$file"
    return 0
  fi
  start="$(now)"
  kill -TERM -- "-$pgid" 2>/dev/null || true
  for (( i = 0; i < grace * 4; i++ )); do
    [[ -z "$(group_members "$pgid")" ]] && break
    sleep 0.25
  done
  if [[ -n "$(group_members "$pgid")" ]]; then
    warn "  $name: still running after ${grace}s, sending SIGKILL to process group $pgid"
    kill -KILL -- "-$pgid" 2>/dev/null || true
    sleep 0.5
  fi
  rm -f "$file"
  info "  $name: stopped (process group $pgid) in $(elapsed "$start")"
}
