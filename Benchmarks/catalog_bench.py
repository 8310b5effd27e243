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
Without --binary it uses .build-e2e/release/annex (python3 Benchmarks/bench.py builds it).
"""
import argparse, json, os, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
TARGET_MS = 500.0

sys.path.insert(0, HERE)
import make_oscal_catalog  # noqa: E402


def timed(argv, cwd=None):
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True)
    ms = (time.perf_counter() - start) * 1000
    if done.returncode not in (0, 1) or (done.returncode == 1 and argv[1] != "check"):
        sys.exit(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr.strip()}")
    return ms, done.stdout


def median(binary, argv, runs):
    times = []
    out = ""
    for _ in range(runs):
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
    figures["list"], listed = median(binary, ["catalog", "list", "--framework", name, "--workspace", ws], runs)
    figures["listed_rows"] = len(listed.splitlines()) - 1
    figures["list_json"], _ = median(binary, ["catalog", "list", "--framework", name, "--format", "json", "--workspace", ws], runs)
    control = catalog["catalog"]["groups"][0]["controls"][1]["id"]
    figures["show"], _ = median(binary, ["catalog", "show", control, "--framework", name, "--workspace", ws], runs)
    figures["check"], _ = median(binary, ["check", "--workspace", ws], runs)
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(REPO, ".build-e2e", "release", "annex"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json")
    args = parser.parse_args()
    if not os.path.exists(args.binary):
        sys.exit(f"no binary at {args.binary}: run python3 Benchmarks/bench.py once, or pass --binary")
    results = {}
    with tempfile.TemporaryDirectory(prefix="annex-catalog-bench-") as work:
        for name, controls, groups in (("generated-1500", 1500, 25), ("sp800-53-shaped", 1190, 20)):
            results[name] = measure(args.binary, name, controls, groups, args.runs, work)
    for name, f in results.items():
        print(f"{name}: {f['controls']} controls in {f['groups']} groups, {f['bytes'] / 1048576:.1f} MiB; median of {args.runs}")
        print(f"  {f['import_summary']}")
        for key, label in (("import", "import oscal (new)"), ("reimport", "import oscal (replace, with summary)"),
                           ("list", f"catalog list ({f['listed_rows']} rows)"), ("list_json", "catalog list --format json"),
                           ("show", "catalog show"), ("check", "check (workspace + catalog)")):
            ms = f[key]
            verdict = "met" if ms < TARGET_MS else "MISSED"
            print(f"  {label:<40} {ms:8.1f} ms   target < {TARGET_MS:.0f} ms (well under a second): {verdict}")
    if args.json:
        with open(args.json, "w") as out:
            json.dump(results, out, indent=2)


if __name__ == "__main__":
    main()
