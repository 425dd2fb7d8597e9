#!/usr/bin/env bash
# The μTransfer grid (260 cells) in WidthLab and in the PyTorch peer, side by side, ROUNDS times
# (default 3), alternating; then WidthLab's second run of the same grid, answered from the store.
# Prints one line per run (the grid's own wall seconds: the peer's grid_seconds, WidthLab's "seconds";
# and the whole command's), then the medians and their ratio, and both programs' best learning rate
# per preset and width (log2) from the last round. Run it from the repository root after
# `./mvnw -q -DskipTests package` (or set WIDTHLAB_JAR), under `flock /work/brief/bench.lock` on a shared machine.
set -euo pipefail
rounds=${1:-3}
jar=${WIDTHLAB_JAR:-target/widthlab.jar}
peer="$(dirname "$0")/peers/lr_sweep_torch.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seconds() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$@"; }
for round in $(seq 1 "$rounds"); do
  start=$(date +%s.%N)
  OPENBLAS_CORETYPE=SkylakeX /usr/bin/python3 "$peer" --threads 2 > "$work/peer.json"
  end=$(date +%s.%N)
  echo "peer round $round: grid $(seconds "$work/peer.json" grid_seconds) s, command $(echo "$end - $start" | bc) s" \
    | tee -a "$work/lines"
  rm -f "$work"/r.sqlite*
  start=$(date +%s.%N)
  java -jar "$jar" grid --config assets/grids/mutransfer.json --store "$work/r.sqlite" -q > "$work/widthlab.json"
  end=$(date +%s.%N)
  echo "widthlab round $round: grid $(seconds "$work/widthlab.json" seconds) s ($(seconds "$work/widthlab.json" computed)" \
    "cells computed), command $(echo "$end - $start" | bc) s" | tee -a "$work/lines"
done
start=$(date +%s.%N)
java -jar "$jar" grid --config assets/grids/mutransfer.json --store "$work/r.sqlite" -q > "$work/again.json"
end=$(date +%s.%N)
echo "widthlab from the store: grid $(seconds "$work/again.json" seconds) s ($(seconds "$work/again.json" reused)" \
  "cells reused), command $(echo "$end - $start" | bc) s"
python3 - "$work" <<'PY'
import json, math, re, statistics, sys
work = sys.argv[1]
lines = open(work + "/lines").read().splitlines()
def med(who, what):
    return statistics.median(float(re.search(what + r" ([0-9.]+) s", l).group(1)) for l in lines if l.startswith(who))
for what in ("grid", "command"):
    p, w = med("peer", what), med("widthlab", what)
    print(f"median {what}: widthlab {w:.2f} s, peer {p:.2f} s, ratio widthlab/peer {w / p:.3f}")
peer = json.load(open(work + "/peer.json"))["best_lr"]
ours = {}
for b in json.load(open(work + "/widthlab.json"))["best"]:
    ours.setdefault(b["preset"], {})[str(b["width"])] = b["learningRate"]
for preset in peer:
    print(f"best log2(lr) {preset}: " + ", ".join(
        f"n={n}: peer {math.log2(peer[preset][n]):g} widthlab {math.log2(ours[preset][n]):g}" for n in peer[preset]))
PY
