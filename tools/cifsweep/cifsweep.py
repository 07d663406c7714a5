#!/usr/bin/env python3
"""Run ionhop over a folder of CIF files and classify every outcome.

Usage: tools/cifsweep/cifsweep.py FOLDER [--ionhop ./ionhop] [--timeout 60] [--tsv out.tsv]

Fetches nothing: the CIF files must already be in FOLDER. For every *.cif it runs `ionhop info FILE --json`
and, when the file names Li or Na in a site, `ionhop bvse FILE --grid 0.3 --json`, each with a timeout, and
sorts the outcome into
  ok          exit 0, and the checks below pass
  bad-input   exit 2 with one line on stderr (the file is refused with a reason)
  internal    exit 1, another exit code, a stack trace, or more than one line of error output
  timeout     no answer within the timeout (or the JVM ran out of memory)
  suspect     exit 0 but the result disagrees with the file's own data: cell volume differs from
              _cell_volume by more than 0.5 %, the composition is not a whole multiple of
              _chemical_formula_sum (or not Z times it), the density differs from _exptl_crystal_density_diffrn
              by more than 3 %, or the detected space-group number differs from the declared one
Prints one line per file and run, then a table of counts per class.
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys

NUM = re.compile(r"^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?")


def cif_value(text, tag):
    """The first value of a (non-loop) tag, esd brackets and quotes stripped, or None."""
    m = re.search(r"(?im)^\s*" + re.escape(tag) + r"\s+(.+?)\s*$", text)
    if not m:
        return None
    v = m.group(1).strip()
    if v[:1] in "'\"":
        v = v[1:-1] if v[-1:] == v[:1] else v[1:]
    return v


def cif_number(text, tag):
    v = cif_value(text, tag)
    if v is None:
        return None
    m = NUM.match(v)
    return float(m.group(0)) if m else None


def parse_formula(f):
    out = {}
    for el, n in re.findall(r"([A-Z][a-z]?)\s*([0-9.]*)", f or ""):
        out[el] = out.get(el, 0.0) + (float(n) if n not in ("", ".") else 1.0)
    return out


def mentions_mobile(text):
    return re.search(r"(?m)^\s*'?(Li|Na)[0-9A-Za-z_+'-]*\s", text) is not None


def run(cmd, timeout):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return None, "", "timeout"


def classify(rc, out, err):
    if rc is None or "OutOfMemoryError" in err:
        return "timeout", err.strip()[:160]
    lines = [l for l in err.strip().splitlines() if l.strip()]
    if rc == 2:
        if len(lines) == 1 and "Exception" not in lines[0] and "\tat " not in err:
            return "bad-input", lines[0][:200]
        return "internal", " | ".join(lines[:2])[:200]
    if rc != 0 or "\tat " in err or "Exception" in err:
        return "internal", " | ".join(lines[:2])[:200]
    return "ok", ""


def find_key(obj, names):
    """Depth-first search for the first key in names anywhere in a JSON tree."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in names:
                return v
        for v in obj.values():
            r = find_key(v, names)
            if r is not None:
                return r
    elif isinstance(obj, list):
        for v in obj:
            r = find_key(v, names)
            if r is not None:
                return r
    return None


def check_info(text, out):
    """Compare ionhop info's JSON with the file's own cell volume, formula and space-group number."""
    problems = []
    try:
        j = json.loads(out)
    except ValueError:
        return ["output is not JSON"]
    vol = cif_number(text, "_cell_volume")
    got_vol = j.get("volume_A3")
    if isinstance(got_vol, dict):
        got_vol = got_vol.get("value")
    if vol and isinstance(got_vol, (int, float)) and abs(got_vol - vol) > 0.005 * vol:
        problems.append(f"volume {got_vol:.2f} vs declared {vol:.2f}")
    formula = parse_formula(cif_value(text, "_chemical_formula_sum"))
    comp = j.get("composition") or j.get("species")
    if formula and isinstance(comp, dict) and comp:
        ratios = []
        for el, n in formula.items():
            c = comp.get(el)
            if isinstance(c, dict):
                c = c.get("value")
            if c is None:
                problems.append(f"{el} missing from composition")
                continue
            ratios.append(c / n)
        extra = [el for el in comp if el not in formula]
        if extra:
            problems.append("elements not in formula: " + ",".join(extra))
        if ratios and max(ratios) - min(ratios) > 0.02 * max(ratios) + 0.02:
            problems.append("composition " + json.dumps(comp) + " not a multiple of " + json.dumps(formula))
        z = cif_number(text, "_cell_formula_units_Z")
        per = sum(ratios) / len(ratios) if ratios else 0
        # pymatgen writes the whole cell as the formula (ratio 1), others one formula unit (ratio Z)
        if z and ratios and abs(per - z) > 0.05 * z + 0.05 and abs(per - 1) > 0.05:
            problems.append(f"{sum(ratios) / len(ratios):.2f} formula units per cell, file says Z = {z:g}")
    rho = cif_number(text, "_exptl_crystal_density_diffrn")
    got_rho = j.get("density_g_cm3")
    if rho and isinstance(got_rho, (int, float)) and abs(got_rho - rho) > 0.03 * rho:
        problems.append(f"density {got_rho:.3f} vs declared {rho:.3f} g/cm3")
    declared = cif_number(text, "_symmetry_Int_Tables_number") or cif_number(text, "_space_group_IT_number")
    sg = (j.get("space_group_detected") or {}).get("number")
    if declared and declared > 1 and isinstance(sg, int) and sg != int(declared):
        problems.append(f"space group {sg} vs declared {int(declared)}")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--ionhop", default="./ionhop")
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--tsv")
    a = ap.parse_args()
    rows = []
    for name in sorted(os.listdir(a.folder)):
        if not name.lower().endswith(".cif"):
            continue
        path = os.path.join(a.folder, name)
        with open(path, encoding="utf-8", errors="replace") as fh:
            text = fh.read()
        rc, out, err = run([a.ionhop, "info", path, "--json"], a.timeout)
        cls, why = classify(rc, out, err)
        if cls == "ok":
            probs = check_info(text, out)
            if probs:
                cls, why = "suspect", "; ".join(probs)[:200]
        rows.append((name, "info", cls, why))
        if mentions_mobile(text) and cls in ("ok", "suspect"):
            rc, out, err = run([a.ionhop, "bvse", path, "--grid", "0.3", "--json"], a.timeout)
            c2, w2 = classify(rc, out, err)
            rows.append((name, "bvse", c2, w2))
    for r in rows:
        print("\t".join(r))
    classes = ["ok", "bad-input", "internal", "timeout", "suspect"]
    print()
    print("| run | " + " | ".join(classes) + " | total |")
    print("|---|" + "---|" * (len(classes) + 1))
    for cmd in ("info", "bvse"):
        counts = [sum(1 for r in rows if r[1] == cmd and r[2] == c) for c in classes]
        print(f"| {cmd} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    if a.tsv:
        with open(a.tsv, "w") as fh:
            for r in rows:
                fh.write("\t".join(r) + "\n")


if __name__ == "__main__":
    sys.exit(main())
