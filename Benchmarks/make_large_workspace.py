#!/usr/bin/env python3
"""Builds a large Annex workspace from the demo one, in the demo's exact file formats.

  python3 make_large_workspace.py DEMO_DIR OUT_DIR [--risks 10000] [--findings 100000] [--scale 1] [--seed 27001]

DEMO_DIR is a workspace written by `annex init --demo`. OUT_DIR (created, must not exist) gets
the demo's annex.yaml, soa.yaml, evidence, actions and audits, its risks replaced by --risks
generated ones (risks/R-G00001.yaml ...), and --findings generated `logged` events appended to
one journal (audits/IA-2026-2/findings-praghunathan.jsonl). Everything is deterministic for a
seed, so runs are comparable. --scale N multiplies both counts (10: 100,000 risks and 1,000,000
findings, the workspace ten times the large one); the findings' times are then N to a second,
so they stay in the audit's days. No third-party packages.
"""
import argparse, json, os, random, re, shutil, sys
from datetime import date, datetime, timedelta, timezone

AUDIT = "IA-2026-2"
AUDITOR = "praghunathan"
TODAY = date(2026, 11, 29)

ASSETS = ["Dispatch production database", "S3 document store", "Backups", "Driver app", "Customer portal",
          "AWS accounts", "GitLab", "Entra ID", "Laptops", "Payroll data", "Office network", "Support tickets",
          "Route optimisation service", "Billing system", "Monitoring stack", "Build pipeline"]
THREATS = ["Ransomware operators", "Phishing campaign", "Malicious insider", "Careless administrator",
           "Supplier outage", "Opportunistic scanning of cloud resources", "Credential stuffing",
           "Power failure in the office", "Software supply chain compromise", "Theft of a device"]
VULNS = ["Shared administrator credentials", "Manual changes bypass reviews", "No tested restore",
         "Missing multi-factor authentication on a legacy console", "Unpatched third-party library",
         "Single point of failure in the network", "Logs kept for only seven days",
         "No review of supplier access", "Unencrypted removable media", "Outdated runbook"]
VERBS = ["exposes", "corrupts", "interrupts", "leaks", "deletes", "slows down", "locks", "tampers with"]
STATEMENTS = [
    "Records for the sampled items match the documented procedure and were approved before use.",
    "The process owner showed the current version of the procedure and explained how exceptions are handled.",
    "Two of the sampled tickets lacked the approval the procedure requires; both were low-risk standard changes.",
    "Monitoring alerts are reviewed daily; the auditor saw the last week of review notes and escalations.",
    "Access lists match the HR system for all sampled people, including two leavers removed on their last day.",
    "Training records are complete for the team; the next refresher is scheduled and announced.",
]
EVIDENCE = ["Ticket export for the sampled period.", "Configuration viewed live with the administrator.",
            "Signed procedure v2.1 and its change log.", "Screenshots of the alert console (on file).",
            "Access review spreadsheet for the quarter.", "Interview notes and meeting minutes."]
CLASSES = ["conformity"] * 14 + ["observation", "observation", "ofi", "ofi", "minor_nc"]
METHODS = ["interview", "examine", "test"]


def scalar(value):
    """A plain YAML scalar as the demo writes it, quoted (single quotes) only where it must be."""
    text = str(value)
    needs_quotes = (
        text == "" or text != text.strip() or ": " in text or " #" in text or text[0] in "!&*-?{}[]|>@`\"'%,#:"
        or re.fullmatch(r"[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?|true|false|yes|no|on|off|null|~|\d{4}-\d\d-\d\d.*",
                        text, re.IGNORECASE) is not None
    )
    return "'" + text.replace("'", "''") + "'" if needs_quotes else text


def risk_yaml(rng, number, people, controls):
    rid = f"R-G{number:05d}"
    likelihood, impact = rng.randint(1, 5), rng.randint(1, 5)
    treatment = rng.choice(["modify"] * 6 + ["share", "avoid", "retain"])
    if treatment == "retain":  # keep retained residual risks low: no acceptance needed
        residual = (1, min(impact, 3)) if likelihood * impact > 4 else (likelihood, impact)
        residual = (residual[0], min(residual[1], 4))
    else:
        residual = (max(1, likelihood - rng.randint(0, 2)), max(1, impact - rng.randint(0, 1)))
    asset = rng.sample(ASSETS, rng.randint(1, 3))
    threat, vuln = rng.choice(THREATS), rng.choice(VULNS)
    title = f"{threat} {rng.choice(VERBS)} the {asset[0]} (generated {number})"
    due = TODAY + timedelta(days=rng.randint(20, 400))
    review = TODAY + timedelta(days=rng.randint(10, 180))
    lines = [
        f"id: {rid}",
        f"title: {scalar(title)}",
        f"description: {scalar(f'{threat} exploits the weakness that {vuln.lower()}, so the {asset[0]} is affected and customers notice within hours.')}",
        "assets:", *[f"- {scalar(a)}" for a in asset],
        f"threat: {scalar(threat)}",
        f"vulnerability: {scalar(vuln)}",
        f"owner: {rng.choice(people)}",
        f"likelihood: {likelihood}",
        f"impact: {impact}",
        f"treatment: {treatment}",
        "controls:", *[f"- {c}" for c in rng.sample(controls, rng.randint(1, 4))],
        f"plan: {scalar('Reduce exposure with the linked controls, then re-assess the residual risk at the next review.')}",
        f"due: {due.isoformat()}",
        f"residual_likelihood: {residual[0]}",
        f"residual_impact: {residual[1]}",
        f"next_review: {review.isoformat()}",
        f"status: {rng.choice(['identified', 'treating', 'treating'])}",
    ]
    return rid, "\n".join(lines) + "\n"


def finding_event(rng, number, items, interviewees, start, scale):
    at = start + timedelta(milliseconds=number * 1000 // scale)
    finding = {
        "classification": rng.choice(CLASSES),
        "evidence": rng.choice(EVIDENCE),
        "id": f"F-G-{number:06d}",
        "interviewee": interviewees[number % len(interviewees)][0],
        "item": rng.choice(items),
        "method": rng.choice(METHODS),
        "role": interviewees[number % len(interviewees)][1],
        "statement": rng.choice(STATEMENTS),
    }
    event = {"at": f"{at:%Y-%m-%dT%H:%M:%S}.{at.microsecond // 1000:03d}Z", "by": AUDITOR, "event": "logged", "finding": finding, "v": 1}
    return json.dumps(event, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def list_after(text, key):
    """The items of a top-level block list `key:` in a YAML file the demo wrote."""
    lines = text.split("\n")
    start = lines.index(f"{key}:") + 1
    items = []
    for line in lines[start:]:
        if not line.startswith("- "):
            break
        items.append(line[2:].strip().strip('"'))
    return items


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("demo")
    parser.add_argument("out")
    parser.add_argument("--risks", type=int, default=10000)
    parser.add_argument("--findings", type=int, default=100000)
    parser.add_argument("--scale", type=int, default=1, help="multiplies --risks and --findings")
    parser.add_argument("--seed", type=int, default=27001)
    args = parser.parse_args()
    args.risks *= args.scale
    args.findings *= args.scale
    rng = random.Random(args.seed)

    if os.path.exists(args.out):
        sys.exit(f"{args.out} exists; remove it first")
    shutil.copytree(args.demo, args.out, ignore=shutil.ignore_patterns("risks", ".annex.lock", ".annex-cache"))
    os.chmod(args.out, 0o700)
    os.makedirs(os.path.join(args.out, "risks"), mode=0o700)

    config = open(os.path.join(args.out, "annex.yaml"), encoding="utf-8").read()
    people = re.findall(r"^- id: (\S+)$", config, re.MULTILINE)
    soa = open(os.path.join(args.out, "soa.yaml"), encoding="utf-8").read()
    controls = re.findall(r"^- control: (A\.\S+)$", soa, re.MULTILINE)
    audit = open(os.path.join(args.out, "audits", AUDIT, "audit.yaml"), encoding="utf-8").read()
    items = list_after(audit, "checklist")
    interviewees = [("Jürgen Weiß", "CISO"), ("Małgorzata Nowak", "Head of Engineering"),
                    ("Aoife Donnelly", "Head of IT and Cloud Operations"), ("Zeynep Yılmaz", "Head of People")]

    for number in range(1, args.risks + 1):
        rid, text = risk_yaml(rng, number, people, controls)
        path = os.path.join(args.out, "risks", rid + ".yaml")
        with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w", encoding="utf-8") as f:
            f.write(text)

    journal = os.path.join(args.out, "audits", AUDIT, f"findings-{AUDITOR}.jsonl")
    start = datetime(2026, 11, 26, 0, 0, 0, tzinfo=timezone.utc)
    with open(journal, "a", encoding="utf-8") as f:
        for number in range(1, args.findings + 1):
            f.write(finding_event(rng, number, items, interviewees, start, args.scale) + "\n")

    size = sum(os.path.getsize(os.path.join(d, n)) for d, _, names in os.walk(args.out) for n in names)
    print(f"wrote {args.out}: {args.risks} risks, {args.findings} findings in {os.path.relpath(journal, args.out)}, "
          f"{size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
