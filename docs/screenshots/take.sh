#!/usr/bin/env bash
# Takes the README's screenshots from the real app under a virtual display:
#   xvfb-run -a -s "-screen 0 1440x900x24" docs/screenshots/take.sh
# Needs: xvfb, openbox, xdotool, imagemagick (apt-get install -y xvfb openbox xdotool imagemagick).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
openbox >/dev/null 2>&1 &
sleep 1
./netlab >/tmp/netlab-shots.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  wid=$(xdotool search --onlyvisible --name NetLab 2>/dev/null | head -1 || true)
  [ -n "$wid" ] && break
  sleep 0.5
done
[ -n "$wid" ] || { echo "the NetLab window did not appear" >&2; exit 1; }
xdotool windowactivate --sync "$wid"
xdotool windowsize --sync "$wid" 1440 868
xdotool windowmove --sync "$wid" 0 0
sleep 1
xdotool key F5            # start the server
sleep 1
xdotool key ctrl+Return   # send the seed's three parts
sleep 2
import -window root "$out/lab-light.png"
xdotool key ctrl+Return   # a second client
sleep 2
xdotool key ctrl+shift+d  # dark theme
sleep 1
import -window root "$out/lab-dark.png"
xdotool key ctrl+shift+d
