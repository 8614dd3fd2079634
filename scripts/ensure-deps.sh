#!/usr/bin/env bash
# Installs the system packages Nastavnik builds against when they are missing (Debian).
# Usage: scripts/ensure-deps.sh [extra-package ...]
set -euo pipefail

needed=()
[ -f /usr/include/csv.h ] || needed+=(libcsv-dev)
[ -f /usr/include/sqlite3.h ] || needed+=(libsqlite3-dev)
for package in "$@"; do
  dpkg -s "$package" >/dev/null 2>&1 || needed+=("$package")
done
[ ${#needed[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Не хватает пакетов: ${needed[*]}." >&2
  echo "Установите их от имени администратора: sudo apt-get install -y ${needed[*]}" >&2
  exit 2
fi
echo "Устанавливаю: ${needed[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${needed[@]}" >/dev/null
