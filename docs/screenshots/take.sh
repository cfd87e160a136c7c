#!/usr/bin/env bash
# Takes the README's screenshots from the real app under a virtual display:
#   xvfb-run -a -s "-screen 0 1440x900x24" docs/screenshots/take.sh
# Needs: xvfb, openbox, xdotool, imagemagick (apt-get install -y xvfb openbox xdotool imagemagick),
# and port 10000 free (stream-echo runs on the seed's port). The app starts with fresh settings
# (-Dnetlab.prefs=memory), so what you see is what a first start shows.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
openbox >/dev/null 2>&1 &
NETLAB_JAVA_OPTS="-Dnetlab.prefs=memory" ./netlab >/tmp/netlab-shots.log 2>&1 &
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
sleep 1.5

shot() { sleep "${2:-1}"; import -window root "$out/$1.png"; }
click() { xdotool mousemove "$1" "$2" click 1; }


xdotool key ctrl+r                 # Run: the server starts, the client runs three times
sleep 3
shot lab-light                     # the panes: client left, server right
xdotool key F7; shot chunk-map-light
xdotool key ctrl+l ctrl+r          # clear, run again: a warm run for the timeline
sleep 3
xdotool key F8; shot timeline-light
xdotool key F6; sleep 1
click 498 664                      # the last client's "sending b'in parts.'" line
xdotool key F9; shot code-light
xdotool key F6 F11                 # presentation, stepping through a run
sleep 2
xdotool key ctrl+shift+s       # stepping on
xdotool key ctrl+r                 # run; the window holds the events
sleep 3
for _ in $(seq 1 14); do xdotool key Next; sleep 0.3; done
shot presentation
xdotool key ctrl+shift+s F11   # stepping off: everything held shows; presentation off
sleep 1
xdotool key ctrl+shift+d           # dark theme
sleep 1.5
shot lab-dark
xdotool key F7; shot chunk-map-dark
xdotool key F8; shot timeline-dark
xdotool key ctrl+2; sleep 1
click 91 221                       # server-1 in the bench tree: its inspector
shot bench-dark
xdotool key ctrl+1 F6 ctrl+shift+d # light again, the library
sleep 1
click 1110 45; sleep 0.5; click 1100 110   # the language menu: 简体中文
shot lab-zh 2
