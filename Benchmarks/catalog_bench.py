#!/usr/bin/env python3
"""Imported catalogs: import and list times of generated OSCAL catalogs. Standard library only.

  python3 Benchmarks/catalog_bench.py [--binary PATH] [--runs 5] [--json FILE]

Generates (make_oscal_catalog.py) the issue's catalog of 1,500 controls in 25 groups with
enhancements, and one shaped like NIST SP 800-53 rev5 (1,190 controls in 20 families), then,
each in a fresh workspace (annex init), measures the median wall-clock time over --runs of:
  - annex import oscal FILE --id ID   (parse, validate, write catalogs/ID.json atomically, re-read),
  - annex import oscal again           (the same, plus reading the old one and the change summary),
  - annex catalog list --framework ID  (table) and --format json,
  - annex catalog show ID-OF-A-CONTROL --framework ID,
  - annex check                        (the whole workspace with the catalog loaded),
and prints each beside its target: well under a second, taken as under 500 ms.
Then, in the generated catalog's workspace, the terminal UI in a pseudo-terminal (bench.py's
Session: 100x30, a key's response ends after 30 ms of quiet): the first frame, `2` to the
Controls screen, `f` to the imported framework, `j` x50, `k` x50, PageDown x10 and a filter
(`/` and `access`, key by key), each key's median and p95 beside the 60 Hz frame (16.7 ms).
--no-ui leaves the UI out.
Without --binary it uses .build-e2e/release/annex (python3 Benchmarks/bench.py builds it).
"""
import argparse, json, os, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
TARGET_MS = 500.0

sys.path.insert(0, HERE)
import bench  # noqa: E402  (the pseudo-terminal session, percentiles)
import make_oscal_catalog  # noqa: E402

UI_MOVES = 50          # j, then k, on the imported framework's tree
UI_PAGES = 10          # PageDown
UI_FILTER = "access"   # a word of make_oscal_catalog's titles
PAGE_DOWN = b"\x1b[6~"  # xterm's kNP


def timed(argv, cwd=None):
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True)
    ms = (time.perf_counter() - start) * 1000
    if done.returncode not in (0, 1) or (done.returncode == 1 and argv[1] != "check"):
        sys.exit(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr.strip()}")
    return ms, done.stdout


def median(binary, argv, runs, before=None):
    times = []
    out = ""
    for _ in range(runs):
        if before:
            before()
        ms, out = timed([binary] + argv)
        times.append(ms)
    return statistics.median(times), out


def measure(binary, name, controls, groups, runs, work):
    path = os.path.join(work, f"{name}.json")
    catalog, made = make_oscal_catalog.make(controls, groups, 53)
    with open(path, "w") as f:
        json.dump(catalog, f, indent=2)
    size = os.path.getsize(path)
    figures = {"controls": made, "groups": groups, "bytes": size}
    first = []
    for run in range(runs):
        ws = os.path.join(work, f"ws-{name}-{run}")
        subprocess.run([binary, "init", ws], capture_output=True, check=True)
        ms, out = timed([binary, "import", "oscal", path, "--id", name, "--workspace", ws])
        first.append(ms)
    figures["import"] = statistics.median(first)
    figures["import_summary"] = out.strip()
    ws = os.path.join(work, f"ws-{name}-0")
    figures["reimport"], _ = median(binary, ["import", "oscal", path, "--id", name, "--workspace", ws], runs)
    # Cold: no parse cache, the catalog's JSON parsed as on a first start.
    cold = lambda: shutil.rmtree(os.path.join(ws, ".annex-cache"), ignore_errors=True)
    figures["list_cold"], _ = median(binary, ["catalog", "list", "--framework", name, "--workspace", ws], runs, before=cold)
    figures["check_cold"], _ = median(binary, ["check", "--workspace", ws], runs, before=cold)
    # Warm: the cache keeps no file changed within its last two seconds (its racy window).
    time.sleep(2.2)
    subprocess.run([binary, "check", "--workspace", ws], capture_output=True)
    figures["list"], listed = median(binary, ["catalog", "list", "--framework", name, "--workspace", ws], runs)
    figures["listed_rows"] = len(listed.splitlines()) - 1
    figures["list_json"], _ = median(binary, ["catalog", "list", "--framework", name, "--format", "json", "--workspace", ws], runs)
    control = catalog["catalog"]["groups"][0]["controls"][1]["id"]
    figures["show"], _ = median(binary, ["catalog", "show", control, "--framework", name, "--workspace", ws], runs)
    figures["check"], _ = median(binary, ["check", "--workspace", ws], runs)
    figures["title"] = catalog["catalog"]["metadata"]["title"]
    figures["workspace"] = ws
    return figures


def measure_ui(binary, ws, title):
    """One session on the Controls screen of the workspace the catalog was imported into: the
    keys a user browsing the imported framework presses, each timed to the last byte of its
    response. Stops with the screen if a key did not show what it should."""
    s = bench.Session([binary, "--workspace", ws], bench.child_env())
    first_ms, _, loaded_ms = s.first_frame()

    def expect(shown, what):
        if not shown:
            s.quit()
            raise RuntimeError(f"{what}; the screen was:\n{s.screen.text()}")

    controls = s.key(b"2")
    expect("Catalog" in s.screen.text(), "'2' did not show the Controls screen")
    switch = s.key(b"f")
    expect(title in s.screen.text(), f"'f' did not switch to {title!r}")
    down = [s.key(b"j") for _ in range(UI_MOVES)]
    after_down = s.screen.text()
    up = [s.key(b"k") for _ in range(UI_MOVES)]
    pages = [s.key(PAGE_DOWN) for _ in range(UI_PAGES)]
    after_pages = s.screen.text()
    expect(after_pages != after_down, "PageDown did not move the list")
    slash = s.key(b"/")
    letters = [s.key(c.encode()) for c in UI_FILTER]
    expect(UI_FILTER in s.screen.text(), "the filter did not show what was typed")
    filter_screen = s.screen.text()
    s.key(b"\x1b")
    status = s.quit()
    one = lambda r: bench.summary([r["ms"]])
    keys = {"'2' to Controls": one(controls), "'f' to the imported framework": one(switch),
            f"'j' x{UI_MOVES}": bench.summary([r["ms"] for r in down]),
            f"'k' x{UI_MOVES}": bench.summary([r["ms"] for r in up]),
            f"PageDown x{UI_PAGES}": bench.summary([r["ms"] for r in pages]),
            "'/' opens the filter": one(slash),
            f"filter '{UI_FILTER}', per letter": bench.summary([r["ms"] for r in letters])}
    silent = sum(1 for r in [controls, switch, slash] + down + up + pages + letters if r["ms"] is None)
    return {"first_frame_ms": first_ms, "loaded_ms": loaded_ms, "keys": keys, "silent_keys": silent,
            "exit_status": status, "screens": {"after_j": after_down, "after_pagedown": after_pages, "filter": filter_screen}}


def print_ui(name, ui):
    budget = bench.FRAME_BUDGET_MS
    print(f"{name}: Controls screen in a pty {bench.COLS}x{bench.ROWS}, one session; first frame "
          f"{ui['first_frame_ms']:.1f} ms, every figure filled in {ui['loaded_ms']:.1f} ms")
    print(f"  {'key':<34} {'n':>3} {'median':>8} {'p95':>8} {'max':>8}   60 Hz frame")
    for label, f in ui["keys"].items():
        if f is None:
            print(f"  {label:<34}   —  no response")
            continue
        verdict = "met" if f["p95"] <= budget else "MISSED"
        print(f"  {label:<34} {f['n']:>3} {f['median']:>8.1f} {f['p95']:>8.1f} {f['max']:>8.1f}   "
              f"p95 <= {budget:.1f} ms: {verdict}")
    if ui["silent_keys"]:
        print(f"  {ui['silent_keys']} keys drew nothing within 20 s")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(REPO, ".build-e2e", "release", "annex"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json")
    parser.add_argument("--no-ui", action="store_true", help="leave out the Controls screen keys")
    args = parser.parse_args()
    if not os.path.exists(args.binary):
        sys.exit(f"no binary at {args.binary}: run python3 Benchmarks/bench.py once, or pass --binary")
    results = {}
    with tempfile.TemporaryDirectory(prefix="annex-catalog-bench-") as work:
        for name, controls, groups in (("generated-1500", 1500, 25), ("sp800-53-shaped", 1190, 20)):
            results[name] = measure(args.binary, name, controls, groups, args.runs, work)
        if not args.no_ui:
            generated = results["generated-1500"]
            generated["ui"] = measure_ui(args.binary, generated["workspace"], generated["title"])
        for f in results.values():
            f.pop("workspace")  # removed with the temporary folder
    for name, f in results.items():
        print(f"{name}: {f['controls']} controls in {f['groups']} groups, {f['bytes'] / 1048576:.1f} MiB; median of {args.runs}")
        print(f"  {f['import_summary']}")
        for key, label in (("import", "import oscal (new)"), ("reimport", "import oscal (replace, with summary)"),
                           ("list_cold", "catalog list, parse cache cold"), ("check_cold", "check, parse cache cold"),
                           ("list", f"catalog list ({f['listed_rows']} rows)"), ("list_json", "catalog list --format json"),
                           ("show", "catalog show"), ("check", "check (workspace + catalog)")):
            ms = f[key]
            verdict = "met" if ms < TARGET_MS else "MISSED"
            print(f"  {label:<40} {ms:8.1f} ms   target < {TARGET_MS:.0f} ms (well under a second): {verdict}")
        if "ui" in f:
            print_ui(name, f["ui"])
    if args.json:
        with open(args.json, "w") as out:
            json.dump(results, out, indent=2)


if __name__ == "__main__":
    main()
