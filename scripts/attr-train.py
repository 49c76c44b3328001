#!/usr/bin/env python3
"""Learn the attribution pair scorer's weights from the annotated sets, and measure it by leaving whole sets out.

  python3 scripts/attr-train.py CANDIDATES.jsonl [--cv] [--no-rules] [--l2 L] [--folds N]

CANDIDATES.jsonl comes from `npm run -s attr:candidates -- FILE`. A candidate is labelled by the development set's
scorer: positive when its pair (attributor, attributed) matches a gold attribution of its document and its sentence
holds that attribution's evidence; a pair that matches gold elsewhere in the document is left out of training (the
sentence may or may not state it). Sets named in UNSEEN are never read: their labels stay unseen.

Modes compared under --cv (folds of whole sets; the rules are the extractor's own attributions):
  rules   the rules alone;  model  the learned scorer alone (a pair kept when its best sentence scores >= t);
  filter  the rules' pairs the scorer does not reject;  union  the rules plus the scorer's other pairs.

Session 25's result (601 opened documents, 1,932 required attributions), a negative one:
  - candidate pairs (a speaker in the sentence or carried from the sentences before it, a party that can be blamed in
    the sentence) cover 0.842 of the gold attributions on the opened sets, and 42 of 63 (0.667) on the unseen sets
    check61-63: a third of the held-out misses are parties no finder names, not decisions;
  - with --no-rules the scorer reaches F1 0.55 under cross-validation (logistic regression on the parties' kinds,
    order, distance, the lower-case words between and around them, word classes and document counts; 0.55 too when
    trained on pairs rather than sentences); with the rules' findings as features it does not beat the rules, which
    are in-sample on these sets (0.724);
  - on the unseen sets (aggregate totals only) the rules give 22/25/41 (F1 0.400); the scorer alone 21/18/42 (0.412)
    without the rule features, 22/21/41 (0.415) with them; filter 20/24/43; union 22/26/41. No gain worth its code, so
    extraction does not use it.
"""
import argparse
import json
import os
import sys
from collections import defaultdict

import numpy as np
from scipy.optimize import minimize
from scipy.sparse import csr_matrix

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("MOSAIC_SHARED", os.path.join(ROOT, "..", "shared"))
sys.path.insert(0, os.path.join(SHARED, "extraction-dev"))
import score  # noqa: E402

UNSEEN = {"check81", "check82", "check83", "check84", "check85"}  # check61-63, check66-68, check69-72, check73-74, check79-80 and check75-78 were opened in sessions 31, 33, 34, 35, 36 and 37


def load(path):
    docs = []
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        if d["set"] in UNSEEN:
            continue
        docs.append(d)
    return docs


_res = {}


def resources(d):
    p = os.path.join(d["dir"], "aliases.json")
    if p not in _res:
        _res[p] = score.Scorer(score.Resources(p))
    return _res[p]


def gold_of(d):
    with open(os.path.join(d["dir"], d["doc"] + ".gold.json"), encoding="utf-8") as f:
        return json.load(f)


def pair_pred(sc, s, g):
    return sc.ent_match(s["attributor"], g["attributor"], [g.get("attributor_mention")] + g.get("attributor_accept", [])) and \
        sc.ent_match(s["attributed_to"], g["attributed_to"], [g.get("attributed_to_mention")] + g.get("attributed_to_accept", []))


def label(docs):
    """Per candidate: 1, 0 or None (left out)."""
    for d in docs:
        sc = resources(d)
        gold = gold_of(d)
        text = open(os.path.join(d["dir"], d["doc"] + ".txt"), encoding="utf-8").read()
        d["gold"] = gold.get("attributions", [])
        d["text"] = text
        for c in d["cands"]:
            s = {"attributor": c["b"], "attributed_to": c["a"]}
            hit = [g for g in d["gold"] if pair_pred(sc, s, g)]
            if not hit:
                c["y"] = 0
                continue
            if all(g.get("ambiguous") for g in hit):
                c["y"] = None
                continue
            st, en = c["s"]
            ev = False
            for g in hit:
                sp = g.get("evidence_span")
                if sp and sp[0] < en and st < sp[1]:
                    ev = True
                for e in [g.get("evidence")] + list(g.get("additional_evidence", [])):
                    if e and e[:60] in text[st:en]:
                        ev = True
            c["y"] = 1 if ev else None


def matrix(cands, index, grow):
    rows, cols = [], []
    for i, c in enumerate(cands):
        for f in set(c["f"]):
            j = index.get(f)
            if j is None and grow:
                j = index[f] = len(index)
            if j is not None:
                rows.append(i)
                cols.append(j)
    return csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(cands), len(index)))


def train(cands, l2):
    cands = [c for c in cands if c["y"] is not None]
    index = {}
    X = matrix(cands, index, True)
    y = np.array([c["y"] for c in cands], dtype=float)
    reg = np.full(X.shape[1], l2)
    reg[index["bias"]] = 0.0

    def f(w):
        z = X @ w
        p = 1 / (1 + np.exp(-z))
        eps = 1e-12
        loss = -np.sum(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)) + 0.5 * np.sum(reg * w * w)
        grad = X.T @ (p - y) + reg * w
        return loss, grad

    r = minimize(f, np.zeros(X.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return {k: float(r.x[j]) for k, j in index.items() if abs(r.x[j]) > 1e-6}


def prob(c, w):
    z = sum(w.get(f, 0.0) for f in c["f"])
    return 1 / (1 + np.exp(-z))


def predict(d, w, t, mode):
    """The system's attributions for one document."""
    best = {}
    for c in d["cands"]:
        p = prob(c, w)
        k = (c["b"], c["a"])
        if k not in best or p > best[k][0]:
            best[k] = (p, c)
    keep = {k for k, (p, _) in best.items() if p >= t}
    rules = d["rules"]
    if mode == "rules":
        return rules
    out = []
    if mode in ("filter", "union"):
        for r in rules:
            k = (r["attributor"], r["attributed_to"])
            if mode == "union" or k not in best or k in keep:
                out.append(r)
        have = {(r["attributor"], r["attributed_to"]) for r in rules}
        if mode == "filter":
            return out
        for k in keep:
            if k not in have:
                out.append({"attributor": k[0], "attributed_to": k[1], "confidence_text": best[k][1].get("conf") or ""})
        return out
    for k in keep:
        conf = best[k][1].get("conf")
        if conf is None:
            conf = next((r.get("confidence_text") for r in rules if (r["attributor"], r["attributed_to"]) == k), "")
        out.append({"attributor": k[0], "attributed_to": k[1], "confidence_text": conf or ""})
    return out


def evaluate(docs, sysof):
    tp = fp = fn = 0
    for d in docs:
        sc = resources(d)
        sl = sysof(d)
        r = score.match_lists(sl, d["gold"], lambda s, g: pair_pred(sc, s, g) and sc.conf_match(s, g))
        tp += r["tp"]
        fp += r["fp"]
        fn += r["fn"]
    p = tp / (tp + fp) if tp + fp else 0
    rc = tp / (tp + fn) if tp + fn else 0
    return tp, fp, fn, (2 * p * rc / (p + rc) if p + rc else 0)


def oracle(docs):
    tp = fn = 0
    for d in docs:
        sc = resources(d)
        pairs = {(c["b"], c["a"]) for c in d["cands"]}
        sl = [{"attributor": b, "attributed_to": a} for b, a in pairs]
        r = score.match_lists(sl, d["gold"], lambda s, g: pair_pred(sc, s, g))
        tp += r["tp"]
        fn += r["fn"]
    return tp, fn


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cands")
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--no-rules", action="store_true", help="drop the features that say what the rules found")
    a = ap.parse_args()
    docs = load(a.cands)
    if a.no_rules:
        for d in docs:
            for c in d["cands"]:
                c["f"] = [f for f in c["f"] if not f.startswith("rule:")]
    label(docs)
    ys = [c["y"] for d in docs for c in d["cands"]]
    print(f"{len(docs)} documents, {len(ys)} candidates: {ys.count(1)} positive, {ys.count(0)} negative, "
          f"{ys.count(None)} left out")
    tp, fn = oracle(docs)
    print(f"candidate pairs cover {tp} of {tp + fn} gold attributions ({tp / (tp + fn):.3f})")
    if a.cv:
        sets = sorted({d["set"] for d in docs})
        folds = [sets[i::a.folds] for i in range(a.folds)]
        res = defaultdict(lambda: [0, 0, 0])
        for held in folds:
            tr = [c for d in docs if d["set"] not in held for c in d["cands"]]
            te = [d for d in docs if d["set"] in held]
            w = train(tr, a.l2)
            for mode in (("rules", "model") if a.no_rules else ("rules", "model", "filter", "union")):
                for t in ([0.5] if mode == "rules" else (0.3, 0.4, 0.5, 0.6, 0.7)):
                    tp, fp, fn, _ = evaluate(te, lambda d: predict(d, w, t, mode))
                    r = res[(mode, t)]
                    r[0] += tp; r[1] += fp; r[2] += fn
        for (mode, t), (tp, fp, fn) in sorted(res.items()):
            p = tp / (tp + fp) if tp + fp else 0
            rc = tp / (tp + fn) if tp + fn else 0
            f1 = 2 * p * rc / (p + rc) if p + rc else 0
            print(f"{mode:7} t={t:.1f}  {tp:5} {fp:5} {fn:5}  P {p:.3f} R {rc:.3f} F1 {f1:.3f}")

if __name__ == "__main__":
    main()
