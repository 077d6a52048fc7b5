#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# End to end with a real sync engine: two Syncthing instances (Debian's syncthing) on
# loopback only, each syncing the folder of one simulated machine. Both machines edit the
# document offline (a working copy edited with cascade-cli and published atomically, as
# Cascade does), then sync: Syncthing makes a conflict copy, `cascade-cli sync` (the code
# the window runs) merges it, and both machines end with identical documents holding
# every check-in. Speaks TAP; skipped (with the reason) where syncthing is not installed.
set -u

cli=${CASCADE_CLI:?CASCADE_CLI must name the cascade-cli executable}
wait_s=${SYNCTHING_WAIT:-120}   # the longest any one step may take, in seconds
n=0
failed=0

skip () {
  echo "1..0 # SKIP $1"
  exit 0
}

ok () {
  n=$((n + 1))
  echo "ok $n - $1"
}

not_ok () {
  n=$((n + 1))
  failed=1
  echo "not ok $n - $1"
}

# Ends the test: what Syncthing said is kept in the TAP output as comments.
bail () {
  not_ok "$1"
  for m in a b; do
    [ -f "$tmp/$m/syncthing.log" ] && sed "s/^/# $m: /" "$tmp/$m/syncthing.log" | tail -n 40
  done
  echo "1..$n"
  exit 1
}

command -v syncthing >/dev/null 2>&1 ||
  skip "syncthing is not installed (Debian package syncthing; build-aux/install-deps installs it)"
command -v python3 >/dev/null 2>&1 || skip "python3 is not installed"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/cascade-syncthing-XXXXXX")
pids=""
cleanup () {
  for pid in $pids; do
    kill "$pid" 2>/dev/null
  done
  for pid in $pids; do
    wait "$pid" 2>/dev/null
  done
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

start=$(date +%s)

# Four free ports on 127.0.0.1: each machine's GUI/REST API and sync protocol.
read -r gui_a gui_b port_a port_b < <(python3 - <<'EOF'
import socket
socks = [socket.socket() for _ in range(4)]
for s in socks:
    s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))
EOF
)
key_a=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
key_b=$(python3 -c 'import secrets; print(secrets.token_hex(16))')

# Runs cascade-cli as machine $1 (its own home, device and working copies).
as () {
  m=$1
  shift
  HOME="$tmp/$m" XDG_CONFIG_HOME="$tmp/$m/config" XDG_DATA_HOME="$tmp/$m/data" \
    XDG_CACHE_HOME="$tmp/$m/cache" "$cli" "$@"
}

# rest MACHINE METHOD PATH: Syncthing's REST API, with the API key, on loopback.
rest () {
  if [ "$1" = a ]; then port=$gui_a key=$key_a; else port=$gui_b key=$key_b; fi
  python3 - "$port" "$key" "$2" "$3" <<'EOF'
import sys, urllib.request
port, key, method, path = sys.argv[1:]
req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method,
                             headers={"X-API-Key": key})
try:
    with urllib.request.urlopen(req, timeout=5) as r:
        sys.stdout.write(r.read().decode())
except Exception as e:
    sys.stderr.write(f"{e}\n")
    sys.exit(1)
EOF
}

# until SECONDS WHAT COMMAND...: runs COMMAND every half second until it succeeds.
until_ok () {
  limit=$(($(date +%s) + $1))
  what=$2
  shift 2
  while ! "$@" >/dev/null 2>&1; do
    [ "$(date +%s)" -ge "$limit" ] && bail "$what (not within $wait_s s)"
    sleep 0.5
  done
}

connected () {
  rest "$1" GET /rest/system/connections |
    python3 -c "import json,sys; sys.exit(0 if json.load(sys.stdin)['connections']['$2']['connected'] else 1)"
}

disconnected () {
  ! connected "$1" "$2"
}

conflict_copies () {
  find "$tmp/$1/share" -maxdepth 1 -name '*.sync-conflict-*' | wc -l
}

same_file () {
  cmp -s "$tmp/a/share/acme.okr" "$tmp/b/share/acme.okr"
}

both_have_conflict () {
  [ "$(conflict_copies a)" -ge 1 ] && [ "$(conflict_copies b)" -ge 1 ] && same_file
}

no_conflict_and_same () {
  [ "$(conflict_copies a)" -eq 0 ] && [ "$(conflict_copies b)" -eq 0 ] && same_file
}

scan () {
  rest "$1" POST "/rest/db/scan?folder=okr" >/dev/null
}

# ───────────────────────── two machines, two Syncthings ─────────────────────────

for m in a b; do
  mkdir -p "$tmp/$m/share/.stfolder" "$tmp/$m/config" "$tmp/$m/data/cascade"
  # Cascade's identity of the machine, named so that "who edited what" can be checked.
  printf '[Device]\nId=%s\nName=machine-%s\n' \
    "$(python3 -c 'import uuid; print(uuid.uuid4())')" "$m" >"$tmp/$m/data/cascade/device"
  HOME="$tmp/$m" syncthing generate --home="$tmp/$m/st" --no-default-folder \
    --skip-port-probing >"$tmp/$m/generate.log" 2>&1 || bail "syncthing generate ($m)"
done
id_a=$(HOME="$tmp/a" syncthing serve --home="$tmp/a/st" --device-id 2>/dev/null)
id_b=$(HOME="$tmp/b" syncthing serve --home="$tmp/b/st" --device-id 2>/dev/null)
version=$(sed -n 's/^<configuration version="\([0-9]*\)".*/\1/p' "$tmp/a/st/config.xml")
[ -n "$id_a" ] && [ -n "$id_b" ] && [ -n "$version" ] || bail "syncthing device ids"

# Loopback only: static addresses, no discovery, relays, NAT, usage reports or upgrades.
write_config () {
  m=$1 gui=$2 key=$3 port=$4
  cat >"$tmp/$m/st/config.xml" <<EOF
<configuration version="$version">
    <folder id="okr" label="OKR" path="$tmp/$m/share" type="sendreceive"
            rescanIntervalS="10" fsWatcherEnabled="true" fsWatcherDelayS="1">
        <filesystemType>basic</filesystemType>
        <device id="$id_a"></device>
        <device id="$id_b"></device>
        <minDiskFree unit="%">0</minDiskFree>
        <maxConflicts>10</maxConflicts>
    </folder>
    <device id="$id_a" name="machine-a" compression="metadata" introducer="false">
        <address>tcp://127.0.0.1:$port_a</address>
    </device>
    <device id="$id_b" name="machine-b" compression="metadata" introducer="false">
        <address>tcp://127.0.0.1:$port_b</address>
    </device>
    <gui enabled="true" tls="false">
        <address>127.0.0.1:$gui</address>
        <apikey>$key</apikey>
    </gui>
    <options>
        <listenAddress>tcp://127.0.0.1:$port</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <urSeen>3</urSeen>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <startBrowser>false</startBrowser>
        <crashReportingEnabled>false</crashReportingEnabled>
        <reconnectionIntervalS>1</reconnectionIntervalS>
        <minHomeDiskFree unit="%">0</minHomeDiskFree>
        <setLowPriority>false</setLowPriority>
    </options>
</configuration>
EOF
}
write_config a "$gui_a" "$key_a" "$port_a"
write_config b "$gui_b" "$key_b" "$port_b"

# Machine A makes the document; Syncthing brings it to machine B.
as a demo "$tmp/a/share/acme.okr" --lang en >/dev/null || bail "cascade-cli demo"

for m in a b; do
  HOME="$tmp/$m" STNODEFAULTFOLDER=1 STNOUPGRADE=1 STNORESTART=1 \
    syncthing serve --home="$tmp/$m/st" --no-browser --no-restart --no-upgrade \
    --logfile="$tmp/$m/syncthing.log" >/dev/null 2>&1 &
  pids="$pids $!"
done
until_ok "$wait_s" "machine A's Syncthing answers on 127.0.0.1:$gui_a" rest a GET /rest/system/ping
until_ok "$wait_s" "machine B's Syncthing answers on 127.0.0.1:$gui_b" rest b GET /rest/system/ping
until_ok "$wait_s" "the two Syncthings connect over loopback" connected a "$id_b"
ok "two Syncthings on loopback, connected"
until_ok "$wait_s" "the document reaches machine B" same_file
ok "the document reached machine B"

checkins_before=$(as a export "$tmp/a/share/acme.okr" --json - |
  python3 -c 'import json,sys; print(len(json.load(sys.stdin)["checkins"]))' 2>/dev/null)

# ───────────────────────── both edit offline ─────────────────────────

rest a POST "/rest/system/pause?device=$id_b" >/dev/null || bail "pause machine B on A"
rest b POST "/rest/system/pause?device=$id_a" >/dev/null || bail "pause machine A on B"
until_ok "$wait_s" "the machines go offline" disconnected a "$id_b"
ok "both machines offline"

# Each edits its private working copy and publishes it over the shared file, as Cascade does.
offline_edit () {
  m=$1
  shift
  cp "$tmp/$m/share/acme.okr" "$tmp/$m/work.okr" || return 1
  for edit in "$@"; do
    eval "as $m $edit" >/dev/null || return 1
  done
  as "$m" publish "$tmp/$m/work.okr" "$tmp/$m/share/acme.okr" >/dev/null
}
kr1="Grow paying customers from 8,400 to 9,300"
kr2="Cut monthly customer churn from 2.6% to 1.9%"
w_a="$tmp/a/work.okr"
w_b="$tmp/b/work.okr"
offline_edit a \
  "checkin '$w_a' --kr '$kr1' --value 8900 --note 'A: offline check-in 1'" \
  "checkin '$w_a' --kr '$kr2' --value 2.3 --note 'A: offline check-in 2'" \
  "person add '$w_a' --name 'Hoa Tran'" || bail "machine A edits offline"
sleep 1.2  # different modification times, as on two real machines
offline_edit b \
  "checkin '$w_b' --kr '$kr1' --value 8950 --note 'B: offline check-in 1'" \
  "checkin '$w_b' --kr '$kr2' --value 2.2 --note 'B: offline check-in 2'" \
  "unit add '$w_b' --name 'Partnerships'" || bail "machine B edits offline"
ok "both machines edited and published offline"

# ───────────────────────── back online: the conflict copy path ─────────────────────────

rest a POST "/rest/system/resume?device=$id_b" >/dev/null || bail "resume machine B on A"
rest b POST "/rest/system/resume?device=$id_a" >/dev/null || bail "resume machine A on B"
scan a
scan b
until_ok "$wait_s" "the machines reconnect" connected a "$id_b"
until_ok "$wait_s" "Syncthing spreads the conflict copy to both machines" both_have_conflict
ok "Syncthing made a conflict copy: $(basename "$(find "$tmp/a/share" -name '*.sync-conflict-*' | head -n 1)")"

sync_a=$(as a sync "$tmp/a/share/acme.okr" 2>&1) || bail "cascade-cli sync on machine A: $sync_a"
echo "$sync_a" | sed 's/^/# A: /'
case $sync_a in
  *"machine-b added 1 check-in to “$kr1”"*"Merged changes from 1 other copy"*)
    ok "machine A merged the conflict copy (machine B's check-ins) and published" ;;
  *"machine-a added 1 check-in to “$kr1”"*"Merged changes from 1 other copy"*)
    ok "machine A merged the conflict copy (its own edits, Syncthing kept B's) and published" ;;
  *) not_ok "machine A merged the conflict copy and published" ;;
esac
merged_copies=$(find "$tmp/a/data/cascade/merged" -name '*.sync-conflict-*' 2>/dev/null | wc -l)
[ "$merged_copies" -ge 1 ] && ok "the merged copy was moved aside, not deleted" ||
  not_ok "the merged copy was moved aside, not deleted"

scan a
until_ok "$wait_s" "machine B receives the merged document" no_conflict_and_same
sync_b=$(as b sync "$tmp/b/share/acme.okr" 2>&1) || bail "cascade-cli sync on machine B: $sync_b"
echo "$sync_b" | sed 's/^/# B: /'
case $sync_b in
  *"is up to date"*) ok "machine B has nothing more to merge" ;;
  *) not_ok "machine B has nothing more to merge" ;;
esac

# ───────────────────────── the same document, every check-in ─────────────────────────

as a export "$tmp/a/share/acme.okr" --json "$tmp/a.json" || bail "export on machine A"
as b export "$tmp/b/share/acme.okr" --json "$tmp/b.json" || bail "export on machine B"
if cmp -s "$tmp/a.json" "$tmp/b.json"; then
  ok "both machines have identical documents (cascade-cli export --json)"
else
  not_ok "both machines have identical documents (cascade-cli export --json)"
  diff "$tmp/a.json" "$tmp/b.json" | head -n 20 | sed 's/^/# /'
fi
for m in a b; do
  missing=$(python3 - "$tmp/$m.json" "$checkins_before" <<'EOF'
import json, sys
doc = json.load(open(sys.argv[1]))
notes = {c.get("note") for c in doc["checkins"]}
want = {"A: offline check-in 1", "A: offline check-in 2",
        "B: offline check-in 1", "B: offline check-in 2"}
names = {p.get("name") for p in doc["people"]}
units = {u.get("name") for u in doc["units"]}
problems = sorted(want - notes)
if len(doc["checkins"]) != int(sys.argv[2]) + 4:
    problems.append(f'{len(doc["checkins"])} check-ins, not {int(sys.argv[2]) + 4}')
if "Hoa Tran" not in names:
    problems.append("no Hoa Tran")
if "Partnerships" not in units:
    problems.append("no Partnerships")
print("; ".join(problems))
EOF
)
  if [ -z "$missing" ]; then
    ok "machine $m has every check-in ($checkins_before before + 4 offline) and both edits"
  else
    not_ok "machine $m has every check-in and both edits: $missing"
  fi
done

leftovers=$(find "$tmp/a/share" "$tmp/b/share" -maxdepth 1 -type f \
  \( -name '*-wal' -o -name '*-shm' -o -name '*-journal' -o -name '*.cascade-publish*' \) | wc -l)
[ "$leftovers" -eq 0 ] && ok "no -wal, -shm, -journal or temporary file in either sync folder" ||
  not_ok "no -wal, -shm, -journal or temporary file in either sync folder"

echo "# end to end in $(($(date +%s) - start)) s"
echo "1..$n"
exit $failed
