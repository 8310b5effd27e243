#!/usr/bin/env python3
"""Writes a generated OSCAL 1.1 catalog shaped like NIST SP 800-53 rev5. Standard library only.

  python3 Benchmarks/make_oscal_catalog.py OUT.json [--controls 1500] [--groups 25] [--seed 53]

Families as groups (`ac`, `at` … then `g21` …), base controls `ac-1` with enhancements nested in
them (`ac-1.1`, class SP800-53-enhancement), about a third of all controls being base ones.
Every control has labels (plain, zero-padded and sp800-53a classes), a sort-id, rmf
properties from another namespace, parameters (assignments with labels and guidelines, and
selections whose choices hold placeholders themselves), a statement with items a., b. and
nested 1., 2., guidance, an assessment objective and links; about 15 % are withdrawn, without
parts, incorporated into or moved to another control's statement item. --controls counts
base controls and enhancements together.
"""
import argparse, json, random, uuid

FAMILIES = ["ac", "at", "au", "ca", "cm", "cp", "ia", "ir", "ma", "mp", "pe", "pl", "pm", "ps", "pt",
            "ra", "sa", "sc", "si", "sr"]
WORDS = ("account access audit boundary configuration control data device event flow information "
         "integrity monitoring organization personnel policy privilege procedure record review risk "
         "security session system transmission user vulnerability").split()
RMF = "http://csrc.nist.gov/ns/rmf"


def phrase(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def label_props(label, sort_id):
    return [{"name": "label", "value": label}, {"name": "label", "value": label, "class": "zero-padded"},
            {"name": "label", "value": label.lower(), "class": "sp800-53a"}, {"name": "sort-id", "value": sort_id}]


def control(rng, cid, label, sort_id, title, enhancement, withdrawn_to):
    c = {"id": cid, "class": "SP800-53-enhancement" if enhancement else "SP800-53", "title": title,
         "props": label_props(label, sort_id)}
    if withdrawn_to:
        c["props"].append({"name": "status", "value": "withdrawn"})
        c["links"] = [{"href": f"#{withdrawn_to}", "rel": rng.choice(["incorporated-into", "moved-to"])}]
        return c
    c["props"] += [{"name": "implementation-level", "ns": RMF, "value": "organization"},
                   {"name": "contributes-to-assurance", "ns": RMF, "value": "true"}]
    p1, p2, p3 = f"{cid}_prm_1", f"{cid}_prm_2", f"{cid}_prm_3"
    c["params"] = [
        {"id": p1, "label": f"{phrase(rng, 2)} frequency", "guidelines": [{"prose": f"the frequency at which {phrase(rng, 3)} is reviewed"}]},
        {"id": p2, "props": [{"name": "aggregates", "ns": RMF, "value": f"{cid}_odp.01"}], "label": "organization-defined personnel or roles"},
        {"id": p3, "select": {"how-many": "one-or-more", "choice": [f"{{{{ insert: param, {p2} }}}}", "system", phrase(rng, 2)]}},
    ]
    items = [{"id": f"{cid}_smt.{letter}", "name": "item", "props": [{"name": "label", "value": f"{letter}."}],
              "prose": f"{phrase(rng, 6)} {{{{ insert: param, {p1} }}}}"} for letter in "abc"]
    items[1]["parts"] = [{"id": f"{cid}_smt.b.{n}", "name": "item", "props": [{"name": "label", "value": f"{n}."}],
                          "prose": f"{phrase(rng, 5)} {{{{ insert: param, {p3} }}}}"} for n in (1, 2)]
    c["parts"] = [
        {"id": f"{cid}_smt", "name": "statement", "prose": f"{phrase(rng, 4)} to {{{{ insert: param, {p2} }}}}:", "parts": items},
        {"id": f"{cid}_gdn", "name": "guidance", "prose": " ".join(phrase(rng, 12) + "." for _ in range(3))},
        {"id": f"{cid}_obj", "name": "assessment-objective", "parts": [
            {"id": f"{cid}_obj.a", "name": "assessment-objective", "props": [{"name": "label", "value": f"{label}a."}], "prose": phrase(rng, 8)}]},
        {"name": "assessment-method", "props": [{"name": "method", "ns": RMF, "value": "EXAMINE"}],
         "parts": [{"name": "assessment-objects", "prose": phrase(rng, 10)}]},
    ]
    c["links"] = [{"href": f"#{rng.choice(FAMILIES)}-1", "rel": "related"}]
    return c


def make(total, groups, seed):
    rng = random.Random(seed)
    families = (FAMILIES + [f"g{n}" for n in range(21, 100)])[:groups]
    bases = max(groups, total // 3)
    per_family = [bases // groups + (1 if i < bases % groups else 0) for i in range(groups)]
    enhancements = total - bases
    out_groups, made = [], 0
    ids = []
    for fi, fam in enumerate(families):
        controls = []
        share = enhancements // groups + (1 if fi < enhancements % groups else 0)
        for n in range(1, per_family[fi] + 1):
            cid = f"{fam}-{n}"
            ids.append(cid)
            count = share // per_family[fi] + (1 if n <= share % per_family[fi] else 0)
            kids = []
            for e in range(1, count + 1):
                eid = f"{cid}.{e}"
                withdrawn = ids[-2] + "_smt.a" if rng.random() < 0.15 and len(ids) > 1 else None
                kids.append(control(rng, eid, f"{fam.upper()}-{n}({e})", f"{fam}-{n:02d}.{e:02d}", phrase(rng, 3).title(), True, withdrawn))
            c = control(rng, cid, f"{fam.upper()}-{n}", f"{fam}-{n:02d}", phrase(rng, 3).title(), False,
                        None if n == 1 or rng.random() > 0.1 else f"{fam}-1_smt.b")
            if kids:
                c["controls"] = kids
            controls.append(c)
            made += 1 + len(kids)
        out_groups.append({"id": fam, "class": "family", "title": f"{phrase(rng, 2).title()} Family", "controls": controls})
    return {"catalog": {
        "uuid": str(uuid.UUID(int=rng.getrandbits(128))),
        "metadata": {"title": f"Generated Catalog of {made} Controls", "last-modified": "2026-12-01T00:00:00Z",
                     "version": "5.1.1-generated", "oscal-version": "1.1.2"},
        "groups": out_groups,
        "back-matter": {"resources": [{"uuid": str(uuid.UUID(int=rng.getrandbits(128))), "title": "A reference"}]},
    }}, made


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--controls", type=int, default=1500)
    parser.add_argument("--groups", type=int, default=25)
    parser.add_argument("--seed", type=int, default=53)
    args = parser.parse_args()
    catalog, made = make(args.controls, args.groups, args.seed)
    with open(args.out, "w") as f:
        json.dump(catalog, f, indent=2)
    print(f"{args.out}: {made} controls in {args.groups} groups")


if __name__ == "__main__":
    main()
