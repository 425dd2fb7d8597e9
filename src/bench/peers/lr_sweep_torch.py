#!/usr/bin/env python3
"""Peer program: a learning-rate x width grid (the muTransfer picture) of abc-parametrized MLPs in
PyTorch, float32, CPU.

For every preset, width, learning rate and seed it trains the same network as coordcheck_torch.py
(theory.md sections 1-2: h^1 = n^{-a_1} w^1 xi, x^l = phi(h^l), f = n^{-a_{L+1}} w^{L+1} x^L, no
biases, w^l ~ N(0, n^{-2 b_l}), full-batch SGD with rate eta * n^{-c}, loss = mean of (f - y)^2 / 2)
for --steps steps and records the final training loss (inf where it overflowed). It prints one
JSON object: the wall time of the whole grid (imports excluded), the number of cells, and for each
preset and width the learning rate with the lowest seed-averaged final loss. --out writes the tidy
table preset,width,lr,seed,loss.

What a user should see (TP5, Fig. 1 and 3 for MLPs): in SP the best learning rate shifts to smaller
values as the width grows (roughly like 1/n for the hidden layers); in muP it stays put.

Data: --data teacher (default): inputs N(0, I_d / d) so |xi|^2 ~ 1, targets from a fixed random
tanh teacher of width 64, standardized; --data gaussian: inputs and targets N(0, 1) per entry.
Both are drawn from --seed and shared by every cell, as WidthLab's data sets are.

Setup on Debian 12:  apt-get install -y python3-torch libopenblas0-pthread
  OPENBLAS_CORETYPE=SkylakeX python3 lr_sweep_torch.py --threads 2   (Debian's python3, the one python3-torch installs into)
"""
import argparse, json, math, os, time
import torch

PRESETS = {  # (a, b, c) for depth L, theory.md section 5
    "mup": lambda L: ([-0.5] + [0.0] * (L - 1) + [0.5], [0.5] * (L + 1), 0.0),
    "ntp": lambda L: ([0.0] + [0.5] * L, [0.0] * (L + 1), 0.0),
    "sp": lambda L: ([0.0] * (L + 1), [0.0] + [0.5] * L, 0.0),
    "sp-lr1n": lambda L: ([0.0] * (L + 1), [0.0] + [0.5] * L, 1.0),
}
ACTS = {"relu": torch.relu, "tanh": torch.tanh, "gelu": torch.nn.functional.gelu, "identity": lambda z: z}


def make_data(kind, d, batch, seed):
    g = torch.Generator().manual_seed(seed)
    if kind == "gaussian":
        return torch.randn(batch, d, generator=g), torch.randn(batch, generator=g)
    x = torch.randn(batch, d, generator=g) / math.sqrt(d)
    w1 = torch.randn(64, d, generator=g) * math.sqrt(d)
    w2 = torch.randn(64, generator=g) / 8.0
    y = torch.tanh(x @ w1.T) @ w2
    return x, (y - y.mean()) / (y.std() + 1e-12)


def train(a, b, c, phi, n, x, y, steps, lr, seed):
    L = len(a) - 1
    g = torch.Generator().manual_seed(seed)
    dims = [x.shape[1]] + [n] * L + [1]
    w = [(torch.randn(dims[l + 1], dims[l], generator=g) * n ** (-b[l])).requires_grad_() for l in range(L + 1)]
    mult = [n ** (-a[l]) for l in range(L + 1)]
    rate = lr * n ** (-c)
    loss = None
    for t in range(steps + 1):
        z = x.T
        for l in range(L):
            z = phi(mult[l] * (w[l] @ z))
        f = (mult[L] * (w[L] @ z))[0]
        loss = 0.5 * ((f - y) ** 2).mean()
        if not torch.isfinite(loss):
            return math.inf
        if t < steps:
            grads = torch.autograd.grad(loss, w)
            with torch.no_grad():
                for p, gr in zip(w, grads):
                    p -= rate * gr
    return loss.item()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--presets", default="sp,mup")
    p.add_argument("--depth", type=int, default=2)
    p.add_argument("--activation", default="tanh", choices=sorted(ACTS))
    p.add_argument("--data", default="teacher", choices=["teacher", "gaussian"])
    p.add_argument("--widths", default="128,256,512,1024,2048")
    p.add_argument("--lrs", default=",".join(str(2.0 ** k) for k in range(-8, 5)),
                   help="learning rates (default 2^-8 .. 2^4)")
    p.add_argument("--input-dim", type=int, default=16)
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--steps", type=int, default=20)
    p.add_argument("--seeds", type=int, default=2)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--out", default=None)
    o = p.parse_args()
    torch.set_num_threads(o.threads)
    widths = [int(s) for s in o.widths.split(",")]
    lrs = [float(s) for s in o.lrs.split(",")]
    presets = o.presets.split(",")
    x, y = make_data(o.data, o.input_dim, o.batch, o.seed)
    rows = []
    t0 = time.perf_counter()
    for preset in presets:
        a, b, c = PRESETS[preset](o.depth)
        for n in widths:
            for lr in lrs:
                for s in range(o.seeds):
                    rows.append((preset, n, lr, o.seed + s,
                                 train(a, b, c, ACTS[o.activation], n, x, y, o.steps, lr, o.seed + s)))
    seconds = time.perf_counter() - t0
    best = {}
    for preset in presets:
        for n in widths:
            means = {lr: sum(r[4] for r in rows if r[:3] == (preset, n, lr)) / o.seeds for lr in lrs}
            best.setdefault(preset, {})[str(n)] = min(lrs, key=lambda lr: means[lr])
    if o.out:
        with open(o.out, "w") as fh:
            fh.write("preset,width,lr,seed,loss\n")
            for r in rows:
                fh.write("%s,%d,%.8g,%d,%.7g\n" % r)
    print(json.dumps({"grid_seconds": seconds, "cells": len(rows), "best_lr": best,
                      "threads": torch.get_num_threads(), "torch": torch.__version__,
                      "openblas_coretype": os.environ.get("OPENBLAS_CORETYPE", "auto")}))


if __name__ == "__main__":
    main()
