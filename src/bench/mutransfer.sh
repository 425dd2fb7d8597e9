#!/usr/bin/env bash
# The μTransfer grid (260 cells) in WidthLab and in the PyTorch peer, side by side, ROUNDS times
# (default 3), alternating; then WidthLab's second run of the same grid, answered from the store.
# Prints one line per run: which, wall seconds of the grid itself (the peer's grid_seconds, WidthLab's
# "seconds"), and the whole command's wall time. Run it from the repository root after
# `./mvnw -q -DskipTests package` (or set WIDTHLAB_JAR), under `flock /work/brief/bench.lock` on a shared machine.
set -euo pipefail
rounds=${1:-3}
peer="$(dirname "$0")/peers/lr_sweep_torch.py"
store=$(mktemp -d)
for round in $(seq 1 "$rounds"); do
  start=$(date +%s.%N)
  p=$(OPENBLAS_CORETYPE=SkylakeX /usr/bin/python3 "$peer" --threads 2 | python3 -c 'import json,sys; print(json.load(sys.stdin)["grid_seconds"])')
  end=$(date +%s.%N)
  echo "peer round $round: grid $p s, command $(echo "$end - $start" | bc) s"
  rm -f "$store"/r.sqlite*
  start=$(date +%s.%N)
  w=$(java -jar "${WIDTHLAB_JAR:-target/widthlab.jar}" grid --config assets/grids/mutransfer.json --store "$store/r.sqlite" -q \
      | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["seconds"], d["computed"])')
  end=$(date +%s.%N)
  echo "widthlab round $round: grid $w s (seconds, cells computed), command $(echo "$end - $start" | bc) s"
done
start=$(date +%s.%N)
w=$(java -jar "${WIDTHLAB_JAR:-target/widthlab.jar}" grid --config assets/grids/mutransfer.json --store "$store/r.sqlite" -q \
    | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["seconds"], d["reused"])')
end=$(date +%s.%N)
echo "widthlab from the store: grid $w s (seconds, cells reused), command $(echo "$end - $start" | bc) s"
rm -rf "$store"
