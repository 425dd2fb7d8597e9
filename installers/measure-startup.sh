#!/usr/bin/env bash
# Measures how long WidthLab takes from launch to a drawn window, warm (after two unmeasured starts), on
# an X server (Xvfb), with hyperfine: `window --exit-when-shown` quits as soon as the first frame is drawn.
# Measures `java -jar target/widthlab.jar` and, if present, the jpackage app image
# (target/installer/WidthLab/bin/WidthLab) and the installed app (/opt/widthlab/bin/WidthLab), side by side.
#
# Usage: installers/measure-startup.sh [RUNS], on a quiet machine
# (e.g. under the team's benchmark lock). Needs xvfb and hyperfine; settings are
# read from an empty temporary folder, so the user's own are neither used nor changed.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
[ -f target/widthlab.jar ] || ./mvnw -q -B -DskipTests package
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
commands=("java -jar target/widthlab.jar window --exit-when-shown")
[ -x target/installer/WidthLab/bin/WidthLab ] && commands+=("target/installer/WidthLab/bin/WidthLab window --exit-when-shown")
[ -x /opt/widthlab/bin/WidthLab ] && commands+=("/opt/widthlab/bin/WidthLab window --exit-when-shown")
XDG_CONFIG_HOME="$home/config" XDG_STATE_HOME="$home/state" xvfb-run -a -s "-screen 0 1920x1080x24" \
    hyperfine --warmup 2 --runs "$runs" --export-json target/startup.json "${commands[@]}"
python3 - <<'PY'
import json, statistics
for r in json.load(open("target/startup.json"))["results"]:
    print(f'{r["command"]}: median {statistics.median(r["times"]):.2f} s (min {min(r["times"]):.2f}, max {max(r["times"]):.2f}, {len(r["times"])} runs)')
PY
