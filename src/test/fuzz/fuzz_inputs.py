#!/usr/bin/env python3
"""Fuzzes WidthLab's command line and experiment files as a user would, with the built jar.

Runs at least 300 command-line invocations (bad flags, bad values, sizes that cannot fit, files that are no
files) and reads at least 100 malformed experiment files, each in its own `java -jar` process with a time
limit, and counts what a user must never see: a stack trace, a hang, a crash (an exit code other than 0, 1
or 2, or a JVM crash report), more than one line of complaint, or an echo of a huge input.

    python3 src/test/fuzz/fuzz_inputs.py target/widthlab.jar [--jobs 2] [--out target/fuzz]

Prints one line per problem found and a summary; exits 1 if anything was found. Every invocation, its exit
code and its output are written to OUT/report.tsv.
"""
import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

STACK_TRACE = re.compile(r"(^\s+at [\w.$/<>]+\(|Exception in thread|^Caused by: |^java\.\w+\.\w+(Exception|Error)\b)",
                         re.MULTILINE)
TIMEOUT_SECONDS = 90
#: a value this long must never come back to the user whole
HUGE = "7" * 400

BASE = {
    "format": "widthlab-experiment/1",
    "parametrization": {"depth": 2, "a": ["-1/2", "0", "1/2"], "b": ["1/2", "1/2", "1/2"], "c": "0",
                        "activation": "relu"},
    "data": {"set": "gaussian", "inputDim": 4, "batch": 4},
    "training": {"steps": 2, "learningRate": 0.05},
    "widths": [8, 16],
    "seeds": 1, "seed": 0, "measureNtk": False,
}


def malformed_files(folder, rng):
    """Writes at least 100 files that are no valid experiment, each named for what is wrong with it."""
    files = []

    def put(name, data):
        path = os.path.join(folder, name)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        files.append(path)

    text = json.dumps(BASE, indent=2)
    # cut short anywhere
    for i, cut in enumerate(sorted(rng.sample(range(1, len(text) - 1), 30))):
        put(f"truncated-{i}.json", text[:cut])
    # fixed shapes that are not one JSON object
    shapes = {
        "empty": "", "spaces": "   \n\t ", "null": "null", "array": "[1,2,3]", "string": '"x"', "number": "42",
        "two-objects": text + "\n" + text, "trailing-garbage": text + " trailing", "comment": "// hi\n" + text,
        "deep-array": "[" * 100000 + "]" * 100000, "deep-object": '{"a":' * 5000 + "1" + "}" * 5000,
        "nan": text.replace("0.05", "NaN"), "infinity": text.replace("0.05", "Infinity"),
        "huge-number": text.replace("0.05", "9" * 1000), "huge-exponent": text.replace("0.05", "1e999999"),
        "huge-string": text.replace('"relu"', '"' + "x" * (20 * 1024 * 1024) + '"'),
        "single-quotes": text.replace('"', "'"), "bom": "\ufeff" + text, "control-chars": text.replace("relu", "re\x00lu"),
        "latin1": text.replace("relu", "r\u00e9lu").encode("latin-1"), "utf16": text.encode("utf-16"),
        "binary": bytes(rng.randrange(256) for _ in range(4096)), "duplicate-key": text.replace('"seeds": 1', '"seeds": 1, "seeds": 2'),
        "over-1mb": text + " " * (2 * 1024 * 1024),
    }
    for name, data in shapes.items():
        put(f"{name}.json", data)

    def mutated(name, change):
        e = json.loads(text)
        change(e)
        put(f"{name}.widthlab", json.dumps(e))

    values = [None, True, -1, 0, 0.5, 1e308, -1e308, 2**31, 2**63, 10**400, "", "abc", HUGE, [], {}, [1, 2], {"x": 1}]
    keys = [("data", "batch"), ("data", "inputDim"), ("data", "set"), ("training", "steps"), ("training", "learningRate"),
            (None, "widths"), (None, "seeds"), (None, "seed"), (None, "measureNtk"), ("parametrization", "depth"),
            ("parametrization", "a"), ("parametrization", "c"), ("parametrization", "activation"), (None, "format")]
    for parent, key in keys:
        for v in rng.sample(values, 4):
            def change(e, parent=parent, key=key, v=v):
                (e[parent] if parent else e)[key] = v
            mutated(f"{parent or 'root'}.{key}={json.dumps(v)[:20]}", change)
        def drop(e, parent=parent, key=key):
            (e[parent] if parent else e).pop(key, None)
        mutated(f"without-{parent or 'root'}.{key}", drop)
    sizes = {"batch-20000": ("data", "batch", 20000), "input-dim-2^31-1": ("data", "inputDim", 2**31 - 1),
             "steps-10^7": ("training", "steps", 10**7), "seeds-10^5": (None, "seeds", 10**5),
             "width-10^6": (None, "widths", [8, 10**6]), "widths-decreasing": (None, "widths", [16, 8])}
    for name, (parent, key, v) in sizes.items():
        def change(e, parent=parent, key=key, v=v):
            (e[parent] if parent else e)[key] = v
        mutated(name, change)
    mutated("depth-1000", lambda e: e["parametrization"].update(a=["0"] * 1001, b=["1/2"] * 1001, depth=1000))
    mutated("exponent-1-over-0", lambda e: e["parametrization"]["a"].__setitem__(0, "1/0"))
    mutated("exponent-inf-in-a", lambda e: e["parametrization"]["a"].__setitem__(0, "inf"))
    mutated("preset-and-exponents", lambda e: e["parametrization"].update(preset="mup"))
    mutated("preset-unknown", lambda e: e.__setitem__("parametrization", {"preset": "xp", "depth": 2}))
    mutated("unknown-keys", lambda e: e.update(lerningRate=0.1, extra={"deep": [1, 2, 3]}))
    mutated("everything-wrong", lambda e: e.update(seeds=-1, widths="x", data=3, training={"steps": "7"}))
    return files


def invocations(folder, files, rng):
    """At least 300 command lines, each a list of arguments after `java -jar widthlab.jar`."""
    fifo = os.path.join(folder, "pipe.json")
    if not os.path.exists(fifo):
        os.mkfifo(fifo)
    empty_dir = os.path.join(folder, "empty-dir")
    os.makedirs(empty_dir, exist_ok=True)
    good = os.path.join(folder, "good.widthlab")
    with open(good, "w") as f:
        json.dump(BASE, f)
    small = ["--widths", "8,16", "--steps", "2", "--batch", "4", "--input-dim", "4"]
    cases = [[], ["--help"], ["help"], ["help", "sweep"], ["--version"], ["nosuchcommand"], ["window", "--help"],
             ["-x"], ["--"], [""], [HUGE], ["sweep", HUGE]]
    # sizes that cannot fit
    for command in ["sweep", "limit"]:
        for flag, values in {"--batch": ["0", "-1", "20000", "50000", "2147483647", "2147483648", HUGE],
                             "--input-dim": ["0", "2147483647", "70000"],
                             "--steps": ["-1", "10000000", "2147483648"],
                             "--seeds": ["0", "100000"], "--depth": ["0", "101", "2147483647"],
                             "--widths": ["0", "100000", "16,8", "8..", "..", "2^40", "8,8"]}.items():
            for v in values:
                cases.append([command] + small + [flag, v])
    # bad values of every kind for every flag
    bad = ["", " ", "abc", "-1", "1/0", "NaN", "inf", "-inf", "1e400", "0x10", "\u2212" + "1", "１２", "1,,2", ",", "--x", HUGE,
           "\x07", "2^", "^2", "1..2 step 0"]
    flags = ["--lr", "--a", "--b", "--c", "--preset", "--activation", "--data", "--seed", "--widths", "--batch",
             "--steps", "--seeds", "--depth", "--input-dim"]
    for command in ["sweep", "classify", "limit"]:
        for flag in flags:
            for v in rng.sample(bad, 4):
                cases.append([command] + (small if command != "classify" else []) + [flag, v])
    # files that are no experiment file, and outputs that cannot be written
    for path in ["/dev/zero", "/dev/urandom", "/dev/null", fifo, empty_dir, "/nonexistent/x.json", "", folder, "/proc/self/mem"]:
        cases.append(["sweep", "--config", path])
        cases.append(["limit", "--config", path])
    for path in [empty_dir, "", "/nonexistent/dir/out.csv", "/dev/full", "/proc/version", folder + "/"]:
        cases.append(["sweep"] + small + ["--out", path])
    cases.append(["sweep", "--config", good, "--out", os.path.join(folder, "ok.csv")])
    cases.append(["limit", "--config", good])
    cases.append(["classify", "--preset", "mup", "--depth", "3"])
    # the window: options, and refusals before it opens
    for args in [["--size", "100000x100000"], ["--size", "10x10"], ["--size", "big"], ["--font-scale", "99"],
                 ["--tab", "nope"], ["--open"], ["--colour", "red"], ["--screenshot", empty_dir],
                 ["--screenshot", ""], ["--open", "/dev/zero", "--screenshot", os.path.join(folder, "s.png")],
                 ["--size", HUGE]]:
        cases.append(["window"] + args)
    # flags repeated, unknown, misplaced
    cases += [["sweep", "--widths", "8", "--widths", "16"], ["sweep", "--nope"], ["classify", "--config"],
              ["sweep", "--ntk=maybe"], ["grid"], ["grid", "/dev/zero"], ["grid", empty_dir], ["store"],
              ["store", "import"], ["bench", "--repeats", "-1"], ["bench", "--repeats", HUGE]]
    # each malformed file on the command line
    for f in files:
        cases.append(["sweep", "--config", f])
    return cases


def run(jar, args, log_dir):
    env = dict(os.environ, XDG_STATE_HOME=log_dir, XDG_CONFIG_HOME=log_dir)
    env.pop("DISPLAY", None)
    started = time.monotonic()
    try:
        p = subprocess.run(["java", "-XX:TieredStopAtLevel=1", "-XX:ErrorFile=" + log_dir + "/hs_err_%p.log",
                            "-jar", jar] + args, capture_output=True, timeout=TIMEOUT_SECONDS, env=env,
                           stdin=subprocess.DEVNULL)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), \
            time.monotonic() - started
    except subprocess.TimeoutExpired as e:
        return None, (e.stdout or b"").decode("utf-8", "replace"), (e.stderr or b"").decode("utf-8", "replace"), \
            time.monotonic() - started


def problems_of(args, code, out, err):
    found = []
    if code is None:
        found.append("hang")
    elif code not in (0, 1, 2):
        found.append(f"crash (exit {code})")
    if STACK_TRACE.search(out) or STACK_TRACE.search(err):
        found.append("stack trace")
    complaint = [line for line in err.splitlines() if line.strip()]
    if code not in (0, None) and len(complaint) != 1:
        found.append(f"{len(complaint)} lines on stderr")
    if code not in (0, None) and "help" not in args and "--help" not in args and len(err) > 1200:
        found.append(f"{len(err)} characters on stderr")
    if HUGE in err:
        found.append("echoes a 400-digit input")
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("jar")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", default="target/fuzz")
    parser.add_argument("--seed", type=int, default=13)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    shutil.rmtree(options.out, ignore_errors=True)
    files_dir = os.path.join(options.out, "files")
    os.makedirs(files_dir)
    log_dir = os.path.abspath(os.path.join(options.out, "state"))
    os.makedirs(log_dir)
    files = malformed_files(files_dir, rng)
    cases = invocations(os.path.abspath(options.out), [os.path.abspath(f) for f in files], rng)
    jar = os.path.abspath(options.jar)
    with ThreadPoolExecutor(options.jobs) as pool:
        results = list(pool.map(lambda a: (a, *run(jar, a, log_dir)), cases))
    totals = {"hang": 0, "crash": 0, "stack trace": 0, "other": 0}
    codes = {}
    with open(os.path.join(options.out, "report.tsv"), "w") as report:
        for args, code, out, err, seconds in results:
            codes[code] = codes.get(code, 0) + 1
            found = problems_of(args, code, out, err)
            for f in found:
                kind = next((k for k in totals if f.startswith(k)), "other")
                totals[kind] += 1
            shown = " ".join(a if len(a) < 60 else a[:40] + "…" for a in args)
            report.write(f"{code}\t{seconds:.1f}\t{shown!r}\t{'; '.join(found)}\t{err.strip()[:300]!r}\n")
            if found:
                print(f"{', '.join(found)}: widthlab {shown!r} -> exit {code}: {err.strip()[:400]!r}")
    crashes = [f for f in os.listdir(log_dir) if f.startswith("hs_err")]
    totals["crash"] += len(crashes)
    print(f"{len(cases)} invocations ({len(files)} malformed files among them); exit codes {dict(sorted(codes.items(), key=str))};"
          f" stack traces {totals['stack trace']}, hangs {totals['hang']}, crashes {totals['crash']},"
          f" other problems {totals['other']}")
    return 1 if any(totals.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
