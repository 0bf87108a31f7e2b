#!/usr/bin/env python3
"""Quick structural check of a route YAML while the Java validator is being built (same rules).
Usage: python3 .dev/check_route.py routes/src/main/resources/routes/<id>.yaml"""
import re, sys, yaml, os
path = sys.argv[1]
d = yaml.safe_load(open(path, encoding="utf-8"))
p = []
rid = os.path.splitext(os.path.basename(path))[0]
if d.get("id") != rid: p.append(f"id '{d.get('id')}' differs from file name '{rid}'")
for k in ("title", "region", "schoolType", "version", "source", "intro", "start"):
    if not str(d.get(k) or "").strip(): p.append(f"top-level '{k}' missing or empty")
docs = d.get("documents") or {}
for k, doc in docs.items():
    if not str(doc.get("title") or "").strip(): p.append(f"documents.{k}: title empty")
    if not str(doc.get("url") or "").startswith("https://"): p.append(f"documents.{k}: url must be https")
nodes = d.get("nodes") or {}
used = set()
for nid, n in nodes.items():
    where = f"node '{nid}'"
    if not re.fullmatch(r"[a-z0-9-]{1,40}", nid): p.append(f"{where}: id must be a-z0-9- and at most 40 chars")
    kind = n.get("kind")
    if kind not in ("question", "step", "end"): p.append(f"{where}: kind must be question|step|end"); continue
    if not str(n.get("text") or "").strip(): p.append(f"{where}: text empty")
    for a in n.get("actions") or []:
        if not str(a).strip(): p.append(f"{where}: empty action")
    for note in n.get("notes") or []:
        if not str(note).strip(): p.append(f"{where}: empty note")
    for r in n.get("readMore") or []:
        if r.get("document") not in docs: p.append(f"{where}: readMore document '{r.get('document')}' not in documents")
        used.add(r.get("document"))
        if not str(r.get("topic") or "").strip(): p.append(f"{where}: readMore topic empty")
    for l in n.get("links") or []:
        if not str(l.get("url") or "").startswith("https://"): p.append(f"{where}: link url must be https: {l.get('url')}")
        if not str(l.get("title") or "").strip(): p.append(f"{where}: link title empty")
    ch = n.get("choices") or []
    if kind == "question":
        if len(ch) < 2: p.append(f"{where}: a question needs at least two choices")
        if "next" in n: p.append(f"{where}: a question has choices, not next")
        labels = [str(c.get("label") or "").strip().lower() for c in ch]
        if len(set(labels)) != len(labels): p.append(f"{where}: duplicate choice labels")
        for c in ch:
            if not str(c.get("label") or "").strip(): p.append(f"{where}: empty choice label")
            if c.get("next") not in nodes: p.append(f"{where}: choice '{c.get('label')}' leads to unknown node '{c.get('next')}'")
    elif kind == "step":
        if ch: p.append(f"{where}: a step has next, not choices")
        if n.get("next") not in nodes: p.append(f"{where}: next '{n.get('next')}' is not a node")
    else:
        if ch or "next" in n: p.append(f"{where}: an end node has no way on")
        if not str(n.get("end") or "").strip(): p.append(f"{where}: end text empty")
for k in docs:
    if k not in used: p.append(f"documents.{k}: never used by a readMore")
start = d.get("start")
if start not in nodes: p.append(f"start '{start}' is not a node")
else:
    seen, todo = set(), [start]
    while todo:
        x = todo.pop()
        if x in seen or x not in nodes: continue
        seen.add(x)
        n = nodes[x]
        todo += [c.get("next") for c in n.get("choices") or []] + ([n["next"]] if "next" in n else [])
    for nid in nodes:
        if nid not in seen: p.append(f"node '{nid}': not reachable from start")
print("\n".join(f"{path}: {x}" for x in p) or f"{path}: OK ({len(nodes)} nodes)")
sys.exit(1 if p else 0)
