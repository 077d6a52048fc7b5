#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The weekly check-in of ten key results, keyboard only, with real key events: starts
# Cascade on a prepared document under X (Xvfb), opens the wizard with Ctrl+I, types, and
# counts every keystroke (a chord such as Ctrl+I is one keystroke; the test also reports
# the keys pressed with modifiers counted apart). Then checks what was saved. Speaks TAP.
#
#   CASCADE_GUI=… CASCADE_CLI=… tests/keyboard-checkin.sh      (runs its own Xvfb)
set -u

limit=40
here=$(cd "$(dirname "$0")" && pwd)

# Key events go to whatever window has the focus on the display: the test takes a display
# of its own, so that no other test's window (or a desktop's) can receive them.
if [ "${1:-}" != "--own-display" ]; then
  if command -v xvfb-run >/dev/null 2>&1 && command -v xdotool >/dev/null 2>&1; then
    exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" --own-display
  fi
  echo "1..1"
  echo "ok 1 # SKIP needs Xvfb (xvfb-run) and xdotool"
  exit 0
fi
echo "1..1"

tmp=$(mktemp -d)
app_pid=""
cleanup () {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

fail () {
  echo "not ok 1 - $1"
  [ -f "$tmp/app.log" ] && sed 's/^/# app: /' "$tmp/app.log"
  exit 1
}

doc="$tmp/Red River.okr"
"$here/checkin-fixture.sh" "$CASCADE_CLI" "$doc" "$(date +%F)" en || fail "no fixture"

# Who I am (Ann) and the reminder already shown this week, in a private settings file.
doc_id=$("$CASCADE_CLI" info "$doc" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["document_id"])')
ann=$("$CASCADE_CLI" export "$doc" --json - | python3 -c '
import json, sys
print([p["id"] for p in json.load(sys.stdin)["people"] if p["name"] == "Ann Tran"][0])')
due_day=$("$CASCADE_CLI" due "$doc" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["due_day"])')
mkdir -p "$tmp/config/glib-2.0/settings"
cat > "$tmp/config/glib-2.0/settings/keyfile" <<EOF
[io/github/cascadeokr/Cascade]
me={'$doc_id': '$ann'}
last-checkin-reminder='$due_day'
checkin-day=1
checkin-time='09:00'
EOF

XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" GSETTINGS_BACKEND=keyfile \
  LANGUAGE=en GDK_BACKEND=x11 "$CASCADE_GUI" "$doc" >"$tmp/app.log" 2>&1 &
app_pid=$!

window=$(timeout 30 xdotool search --sync --onlyvisible --name "^Red River Trading$" | head -n 1)
[ -n "$window" ] || fail "the window did not show"
xdotool windowfocus "$window" 2>/dev/null
sleep 1

keystrokes=0
presses=0
# One keystroke: a key or a chord ("ctrl+i").
key () {
  xdotool key --clearmodifiers "$1"
  keystrokes=$((keystrokes + 1))
  presses=$((presses + $(echo "$1" | tr '+' '\n' | wc -l)))
  sleep 0.25
}
# Typed text: one keystroke per character.
type_text () {
  xdotool type --delay 60 "$1"
  keystrokes=$((keystrokes + ${#1}))
  presses=$((presses + ${#1}))
  sleep 0.25
}

key ctrl+i                         # open the check-in
wizard=$(timeout 10 xdotool search --sync --onlyvisible --name "^Weekly Check-in$" | head -n 1)
[ -n "$wizard" ] || fail "the wizard did not open"
# A window manager would give the new window the focus; Xvfb has none.
xdotool windowfocus "$wizard" 2>/dev/null
sleep 0.5

key Return                         # "My key results"
type_text 68; key Tab; key 8       # New customers: 68, confidence 8 (moves on)
type_text 26; key Return           # Win rate: 26 %
type_text 180; key Return          # Quarterly revenue: 180 k$
key space; key Return              # New price list out: done
key space; key Return              # Open the Hanoi shop: tick the next milestone
type_text 99.9; key Return         # Uptime: 99.9 %
type_text 24; key Tab; key 5       # Calls a week: 24, confidence 5
type_text 14; key Return           # Renewals: 14
type_text 55; key Tab; key 6       # Open support tickets: 55, confidence 6
type_text 7; key Return            # Satisfaction score: 7 → the summary
key Return                         # Save

# The wizard closes once the check-ins are saved.
for _ in $(seq 1 40); do
  xdotool search --onlyvisible --name "^Weekly Check-in$" >/dev/null 2>&1 || break
  sleep 0.25
done
xdotool search --onlyvisible --name "^Weekly Check-in$" >/dev/null 2>&1 && fail "the wizard is still open"
kill "$app_pid" 2>/dev/null
wait "$app_pid" 2>/dev/null
app_pid=""

# What was saved: today's check-in on each of Ann's ten key results.
"$CASCADE_CLI" export "$doc" --json - > "$tmp/export.json" || fail "no export"
python3 - "$tmp/export.json" "$(date +%F)" <<'EOF' || fail "the saved check-ins are not the typed ones"
import json, sys
doc = json.load(open(sys.argv[1]))
today = sys.argv[2]
krs = {k["id"]: k["title"] for k in doc["key_results"]}
saved = {krs[c["kr_id"]]: (c["value"], c["confidence"]) for c in doc["checkins"]
         if c["date"] == today}
want = {
  "New customers": (68, 8), "Win rate": (26, 4), "Quarterly revenue": (180, 7),
  "New price list out": (1, 5), "Open the Hanoi shop": (2, 8), "Uptime": (99.9, 8),
  "Calls a week": (24, 5), "Renewals": (14, 5), "Open support tickets": (55, 6),
  "Satisfaction score": (7, 5),
}
if saved != want:
  print("# saved:", saved)
  print("# wanted:", want)
  sys.exit(1)
EOF

echo "# keystrokes: $keystrokes (key presses, modifiers counted apart: $presses)"
if [ "$keystrokes" -gt "$limit" ]; then
  fail "ten key results took $keystrokes keystrokes (at most $limit)"
fi
echo "ok 1 - ten key results checked in and saved with $keystrokes keystrokes (at most $limit)"
