#!/usr/bin/env bash
# Checks a built Till .deb without installing it system-wide: its control data and maintainer scripts, then the
# launcher unpacked into a temporary root (dpkg-deb -x): --version, headless subcommands on a fresh data directory,
# and the restart supervisor run from the package (SIGKILL of the till, a new one takes over, SIGTERM stops both).
# Prints the package's sizes. Usage: packaging/linux/test-deb.sh [PATH-TO-DEB]  (default: target/till_*.deb)
set -euo pipefail
cd "$(dirname "$0")/../.."

deb="${1:-$(ls -t target/till_*.deb 2>/dev/null | head -n 1)}"
[ -n "$deb" ] && [ -f "$deb" ] || { echo "test-deb: no .deb; build it with ./mvnw -Pinstaller package" >&2; exit 1; }

work="$(mktemp -d)"
supervisor=""
cleanup() {
    if [ -n "$supervisor" ] && kill -0 "$supervisor" 2>/dev/null; then
        pkill -KILL -P "$supervisor" 2>/dev/null || true
        kill -KILL "$supervisor" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }
pass() { echo "test-deb: ok: $*"; }

# Waits up to $1 seconds for the command "${@:2}" to succeed, polling every 0.1 s.
await() {
    local limit=$(( $1 * 10 )); shift
    for _ in $(seq "$limit"); do
        if "$@"; then return 0; fi
        sleep 0.1
    done
    return 1
}

# --- control data ---
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = till ] || fail "package name is $(field Package)"
depends="$(field Depends)"
for lib in libgtk-3-0 libgl1 libpango-1.0-0 libx11-6 libfreetype6 xdg-utils; do
    [[ ", $depends," == *", $lib,"* ]] || fail "Depends lacks $lib: $depends"
done
pass "control: till $(field Version), Depends lists GTK, GL, Pango, X11, FreeType"

# --- maintainer scripts: they must never touch the per-user data directory ---
dpkg-deb -e "$deb" "$work/control"
for script in "$work"/control/{preinst,postinst,prerm,postrm}; do
    [ -f "$script" ] || continue
    if grep -nE 'HOME|/home|\.local|XDG_DATA|share/till|till\.mv\.db|paid\.journal|(^|[;&|[:space:]])rm[[:space:]]' "$script"; then
        fail "$(basename "$script") mentions a data directory or removes files"
    fi
done
pass "maintainer scripts touch no data directory and remove no files"

# A machine without a desktop menu (a bare kiosk session) makes xdg-desktop-menu fail; that must not fail the
# installation, an upgrade or a removal (dpkg would leave the package half installed and impossible to remove).
mkdir -p "$work/failing-xdg"
printf '#!/bin/sh\necho "xdg-desktop-menu: No writable system menu directory found." >&2\nexit 3\n' \
    >"$work/failing-xdg/xdg-desktop-menu"
chmod +x "$work/failing-xdg/xdg-desktop-menu"
PATH="$work/failing-xdg:$PATH" sh "$work/control/postinst" configure 2>/dev/null \
    || fail "postinst fails when there is no desktop menu"
for action in remove upgrade; do
    PATH="$work/failing-xdg:$PATH" sh "$work/control/prerm" "$action" 2>/dev/null \
        || fail "prerm $action fails when there is no desktop menu"
done
pass "postinst and prerm go on without a desktop menu"

# --- files ---
outside="$(dpkg-deb -c "$deb" | awk '{print $6}' | grep -vE '^\./$|^\./opt/$|^\./opt/till(/|$)' || true)"
[ -z "$outside" ] || fail "files outside /opt/till: $outside"
root="$work/root"
dpkg-deb -x "$deb" "$root"
app="$root/opt/till"
for f in bin/till bin/till-kiosk lib/till.png lib/till-till.desktop lib/runtime/lib/libglassgtk3.so; do
    [ -e "$app/$f" ] || fail "missing /opt/till/$f"
done
[ ! -e "$app/lib/runtime/bin/java" ] || fail "the runtime still has bin/java (jlink --strip-native-commands)"
grep -qx 'Name=Till' "$app/lib/till-till.desktop" || fail "desktop entry is not named Till"
grep -qx 'Exec=/opt/till/bin/till' "$app/lib/till-till.desktop" || fail "desktop entry does not start bin/till"
pass "files: all under /opt/till, launchers, icon, desktop entry, JavaFX natives in the runtime"

# --- the systemd user unit shipped beside it, pointed at the unpacked launcher (where systemd is present) ---
if command -v systemd-analyze >/dev/null 2>&1; then
    sed "s|/opt/till/bin/till|$app/bin/till|" packaging/linux/till.service >"$work/till.service"
    systemd-analyze verify "$work/till.service" || fail "systemd-analyze verify packaging/linux/till.service"
    pass "packaging/linux/till.service passes systemd-analyze verify"
fi

# --- the installed launcher ---
till="$app/bin/till"
# Java takes user.home from the password database, not $HOME; XDG_DATA_HOME keeps the default away from it.
export XDG_DATA_HOME="$work/xdg"
version="$("$till" --version)"
[[ "$version" == "till "* ]] || fail "--version printed: $version"
pass "bin/till --version: $version"

"$till" outbox list >/dev/null
[ -f "$XDG_DATA_HOME/till/till.lock" ] || fail "the default data directory is not \$XDG_DATA_HOME/till"
pass "the default data directory is per user: \$XDG_DATA_HOME/till (~/.local/share/till without it)"

data="$work/data"
paid="$("$till" --data-dir "$data" simulate --orders 3 --seed 1 | grep -c '^paid ')"
[ "$paid" = 3 ] || fail "simulate printed $paid paid lines"
"$till" --data-dir "$data" outbox list | grep -qx '3 paid orders' || fail "outbox list does not show the 3 orders"
pass "bin/till simulate (no server) and outbox list: 3 paid orders waiting"

# --- the supervisor, run from the package (re-runs bin/till itself) ---
"$till" --data-dir "$data" supervise -- --version >"$work/once.out" 2>"$work/once.err" \
    || fail "supervise -- --version exited $?: $(cat "$work/once.err")"
[ "$(grep -c '^till ' "$work/once.out")" = 1 ] || fail "supervise -- --version ran the till $(grep -c '^till ' "$work/once.out") times"
pass "supervise: a till that exits 0 is not started again"

"$till" --data-dir "$data" supervise --delay-ms 200 -- simulate --orders 1000000 --rate 5 \
    >"$work/sup.out" 2>"$work/sup.err" &
supervisor=$!
# Matched by its arguments: the jpackage launcher's own "dpkg -S" lookup is briefly a child with the launcher's
# command line too.
child_of() { pgrep -P "$supervisor" -f "bin/till --data-dir $data simulate" | head -n 1; }
has_child() { [ -n "$(child_of)" ]; }
await 30 has_child || fail "no till under the supervisor: $(cat "$work/sup.err")"
first="$(child_of)"
paid_by() { grep -c '^paid ' "$work/sup.out" || true; }
has_paid() { [ "$(paid_by)" -ge 2 ]; }
await 30 has_paid || fail "the supervised till paid no orders: $(cat "$work/sup.err")"
kill -KILL "$first" || fail "the till $first under the supervisor was gone before the kill: $(cat "$work/sup.err")"
killed_at="$(date +%s%N)"
new_child() { local c; c="$(child_of)"; [ -n "$c" ] && [ "$c" != "$first" ]; }
await 30 new_child || fail "no new till within 30 s of the SIGKILL: $(cat "$work/sup.err")"
second="$(child_of)"
before="$(paid_by)"
paid_again() { [ "$(paid_by)" -gt "$before" ]; }
await 30 paid_again || fail "the new till paid no order: $(cat "$work/sup.err")"
echo "test-deb: the new till paid its first order $(( ($(date +%s%N) - killed_at) / 1000000 )) ms after the SIGKILL"
kill -TERM "$supervisor"
code=0
wait "$supervisor" || code=$?
supervisor=""
[ "$code" = 143 ] || fail "supervisor exited $code on SIGTERM, not 143"
! kill -0 "$second" 2>/dev/null || fail "the till outlived its supervisor"
grep -q 'was killed by signal 9 (SIGKILL); starting it again' "$work/sup.err" || fail "no restart message"
listed="$("$till" --data-dir "$data" outbox list)"
for uid in $(awk '/^paid /{print $2}' "$work/sup.out"); do
    [ "$(grep -c "^$uid " <<<"$listed")" = 1 ] || fail "order $uid reported paid is not in the outbox once"
done
pass "supervise: SIGKILLed till started again, SIGTERM stopped both, every order reported paid is in the outbox once"

# --- sizes ---
deb_kb=$(( $(stat -c %s "$deb") / 1024 ))
installed_kb="$(field Installed-Size)"
du_kb="$(du -sk "$app" | cut -f1)"
runtime_kb="$(du -sk "$app/lib/runtime" | cut -f1)"
echo "test-deb: sizes: .deb ${deb_kb} KiB, Installed-Size ${installed_kb} KiB, unpacked /opt/till ${du_kb} KiB" \
    "(runtime ${runtime_kb} KiB)"
echo "test-deb: all checks passed for $deb"
