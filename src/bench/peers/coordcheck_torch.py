#!/usr/bin/env python3
"""Peer program: an abc-parametrized MLP width sweep (a coordinate check) in PyTorch, float32, CPU.

It does the same work that WidthLab's default sweep does, so the two can be timed side by side and
their numbers compared (statistically: the random streams differ).

Network (theory.md sections 1-2): h^1 = n^{-a_1} w^1 xi, x^l = phi(h^l), h^{l+1} = n^{-a_{l+1}} w^{l+1} x^l,
f = n^{-a_{L+1}} w^{L+1} x^L, no biases, w^l ~ N(0, n^{-2 b_l}), plain SGD with rate eta * n^{-c} on every w^l,
loss = mean over the batch of (f - y)^2 / 2. Data: a fixed batch of Gaussian inputs (entries N(0,1)) and
Gaussian targets. Before training (step 0) and after each step, for every layer: RMS of h^l and of
h^l_t - h^l_0, and RMS of f_t and f_t - f_0, on the same batch.

Setup on Debian 12:  apt-get install -y python3-torch
Run it with Debian's own python3 (the one python3-torch installs into, not a private one), and tell
Debian's OpenBLAS which CPU it is on (it misdetects recent Xeons as "Prescott" and runs about 4.6x
slower otherwise):
  OPENBLAS_CORETYPE=SkylakeX python3 coordcheck_torch.py --threads 2 --out peer.csv
Prints one JSON line: the in-process sweep time (median of --repeats sweeps, imports excluded).
"""
import argparse, json, os, sys, time
import torch

PRESETS = {  # (a, b, c) for depth L, theory.md section 5
    "mup": lambda L: ([-0.5] + [0.0] * (L - 1) + [0.5], [0.5] * (L + 1), 0.0),
    "ntp": lambda L: ([0.0] + [0.5] * L, [0.0] * (L + 1), 0.0),
    "sp": lambda L: ([0.0] * (L + 1), [0.0] + [0.5] * L, 0.0),
    "sp-lr1n": lambda L: ([0.0] * (L + 1), [0.0] + [0.5] * L, 1.0),
}
ACTS = {"relu": torch.relu, "tanh": torch.tanh, "gelu": torch.nn.functional.gelu, "identity": lambda z: z}


def sweep(a, b, c, phi, widths, d, batch, steps, lr, seed):
    L = len(a) - 1
    rows = []
    for n in widths:
        g = torch.Generator().manual_seed(seed)
        x = torch.randn(batch, d, generator=g)
        y = torch.randn(batch, generator=g)
        dims = [d] + [n] * L + [1]
        w = [(torch.randn(dims[l + 1], dims[l], generator=g) * n ** (-b[l])).requires_grad_() for l in range(L + 1)]
        mult = [n ** (-a[l]) for l in range(L + 1)]
        rate = lr * n ** (-c)
        h0 = f0 = None
        for t in range(steps + 1):
            hs, z = [], x.T
            for l in range(L):
                h = mult[l] * (w[l] @ z)
                hs.append(h)
                z = phi(h)
            f = (mult[L] * (w[L] @ z))[0]
            loss = 0.5 * ((f - y) ** 2).mean()
            with torch.no_grad():
                if h0 is None:
                    h0, f0 = [h.detach().clone() for h in hs], f.detach().clone()
                for l, h in enumerate(hs):
                    rows.append((n, t, l + 1, h.pow(2).mean().sqrt().item(), (h - h0[l]).pow(2).mean().sqrt().item()))
                rows.append((n, t, L + 1, f.pow(2).mean().sqrt().item(), (f - f0).pow(2).mean().sqrt().item()))
            if t < steps:
                grads = torch.autograd.grad(loss, w)
                with torch.no_grad():
                    for p, gr in zip(w, grads):
                        p -= rate * gr
    return rows


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--preset", default="mup", choices=sorted(PRESETS))
    p.add_argument("--depth", type=int, default=3)
    p.add_argument("--activation", default="relu", choices=sorted(ACTS))
    p.add_argument("--widths", default="64,128,256,512,1024,2048,4096")
    p.add_argument("--input-dim", type=int, default=32)
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--steps", type=int, default=5)
    p.add_argument("--lr", type=float, default=0.05)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--repeats", type=int, default=1)
    p.add_argument("--out", default=None)
    o = p.parse_args()
    torch.set_num_threads(o.threads)
    a, b, c = PRESETS[o.preset](o.depth)
    widths = [int(s) for s in o.widths.split(",")]
    times = []
    for _ in range(o.repeats):
        t0 = time.perf_counter()
        rows = sweep(a, b, c, ACTS[o.activation], widths, o.input_dim, o.batch, o.steps, o.lr, o.seed)
        times.append(time.perf_counter() - t0)
    if o.out:
        with open(o.out, "w") as fh:
            fh.write("width,step,layer,rms,rms_change\n")
            for r in rows:
                fh.write("%d,%d,%d,%.7g,%.7g\n" % r)
    print(json.dumps({"sweep_seconds_median": sorted(times)[len(times) // 2], "sweep_seconds": times,
                      "threads": torch.get_num_threads(), "torch": torch.__version__,
                      "openblas_coretype": os.environ.get("OPENBLAS_CORETYPE", "auto")}))


if __name__ == "__main__":
    main()
