#!/usr/bin/env bash
# Installs a built Till .deb SYSTEM-WIDE (root only; meant for a throwaway machine or container, not run by .ci/run),
# pays orders with the installed launcher, upgrades to a copy of the package with a higher version, purges it, and
# checks that the data directory and its paid orders survive every step.
#   usage: sudo bash packaging/linux/test-upgrade.sh [target/till_<version>-1_amd64.deb]
set -euo pipefail
cd "$(dirname "$0")/../.."
deb="${1:-$(ls target/till_*_amd64.deb | head -1)}"
[ "$(id -u)" -eq 0 ] || { echo "test-upgrade: must run as root (it installs the package)" >&2; exit 1; }
work="$(mktemp -d)"
data="$work/data"
trap 'rm -rf "$work"' EXIT
fail() { echo "test-upgrade: FAIL: $*" >&2; exit 1; }
pass() { echo "test-upgrade: ok: $*"; }
orders() { java -jar target/till.jar --data-dir "$data" outbox list | tail -1; }

if dpkg -s till >/dev/null 2>&1; then fail "a till package is installed already; remove it first"; fi
apt-get install -y -q "./$deb" >"$work/install.log" 2>&1 || { tail -20 "$work/install.log"; fail "install"; }
pass "installed $(dpkg-query -W -f='${Version}' till)"
/opt/till/bin/till --data-dir "$data" simulate --orders 3 >/dev/null
[ "$(/opt/till/bin/till --data-dir "$data" outbox list | tail -1)" = "3 paid orders" ] || fail "orders after install"

dpkg-deb -R "$deb" "$work/pkg"
sed -i 's/^Version: .*/Version: 999.0.0-1/' "$work/pkg/DEBIAN/control"
dpkg-deb -b "$work/pkg" "$work/till_999.0.0-1_amd64.deb" >/dev/null
dpkg -i "$work/till_999.0.0-1_amd64.deb" >"$work/upgrade.log" 2>&1 || { cat "$work/upgrade.log"; fail "upgrade"; }
[ "$(dpkg-query -W -f='${Version}' till)" = "999.0.0-1" ] || fail "the upgrade did not take"
[ "$(/opt/till/bin/till --data-dir "$data" outbox list | tail -1)" = "3 paid orders" ] || fail "orders after upgrade"
pass "upgraded to 999.0.0-1; the 3 paid orders are there"

dpkg --purge till >"$work/purge.log" 2>&1 || { cat "$work/purge.log"; fail "purge"; }
[ ! -e /opt/till ] || fail "/opt/till is still there after the purge"
[ "$(orders)" = "3 paid orders" ] || fail "orders after purge"
pass "purged; /opt/till is gone, the data directory and its 3 paid orders are not"
