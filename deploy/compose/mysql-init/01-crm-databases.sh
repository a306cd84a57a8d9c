#!/usr/bin/env bash
# Run once by the mysql image's entrypoint, on an empty data volume: one database per service, one user per
# service with rights on its own database only, Keycloak's database, and (when its password is set) a backup
# user (dump and binlog rights, no writes). The passwords come from the container's environment (compose.yaml,
# from .env); they are not read again later: to change one, see "Rotating secrets" in docs/operations.md.
# Works sourced (the entrypoint's default for a non-executable file) and executed alike.

# a string literal: backslashes and single quotes doubled
crm_sql_quote() { local s="${1//\\/\\\\}"; printf "%s" "${s//\'/\'\'}"; }
# a double-quoted option-file value: backslashes and double quotes escaped
crm_option_quote() { local s="${1//\\/\\\\}"; printf "%s" "${s//\"/\\\"}"; }

crm_create_database_sql() { # database user password
  cat <<SQL
CREATE DATABASE IF NOT EXISTS \`$1\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$2'@'%' IDENTIFIED BY '$(crm_sql_quote "$3")';
GRANT ALL PRIVILEGES ON \`$1\`.* TO '$2'@'%';
SQL
}

{
  crm_create_database_sql crm_donor donor_service "${CRM_DONOR_DB_PASSWORD:?}"
  crm_create_database_sql crm_gift gift_service "${CRM_GIFT_DB_PASSWORD:?}"
  crm_create_database_sql crm_campaign campaign_service "${CRM_CAMPAIGN_DB_PASSWORD:?}"
  crm_create_database_sql crm_reporting reporting_service "${CRM_REPORTING_DB_PASSWORD:?}"
  crm_create_database_sql keycloak keycloak "${KEYCLOAK_DB_PASSWORD:?}"
  if [ -n "${CRM_BACKUP_DB_PASSWORD:-}" ]; then
    cat <<SQL
CREATE USER IF NOT EXISTS 'crm_backup'@'%' IDENTIFIED BY '$(crm_sql_quote "$CRM_BACKUP_DB_PASSWORD")';
GRANT SELECT, SHOW VIEW, TRIGGER, EVENT, LOCK TABLES, RELOAD, PROCESS, REPLICATION CLIENT ON *.* TO 'crm_backup'@'%';
SQL
  fi
  echo "FLUSH PRIVILEGES;"
} | mysql --defaults-extra-file=<(printf '[client]\npassword="%s"\n' "$(crm_option_quote "${MYSQL_ROOT_PASSWORD}")") \
    --protocol=socket -uroot -hlocalhost --database=mysql

echo "donor-crm: databases crm_donor, crm_gift, crm_campaign, crm_reporting, keycloak and their users created"
