#!/usr/bin/env python3
"""Pack the Word parts saved under word-heldout/<name>/ into word-heldout/<name>.docx.

One script for every held-out Word file: the gatherer of word33 extended the
one of word32, and it packs hvktmm-phieu-giai-quyet-cv to the same bytes as
before (its folder holds both rels and [Content_Types].xml). The parts in
<name>/ were copied as served by the stored index of public repositories.
What is ours, not the office's (SOURCES.md says so for each file):
  * _rels/.rels and word/_rels/document.xml.rels, when the repository holds
    none: the minimal standard ones, written into <name>/ too. The document
    relationship ids the parts use (e.g. the headerReference r:id) are kept;
    the ids of the other relationships follow Word's usual order;
  * [Content_Types].xml, when the repository holds none (as in word32);
  * in the .docx only (the folder keeps the served copies):
      - [Content_Types].xml loses the Overrides of parts not present;
      - word/fontTable.xml loses its w:embedRegular/w:embedBold/w:embedItalic
        elements when the embedded fonts (binary .odttf parts) and
        word/_rels/fontTable.xml.rels are not present, so no r:id dangles;
      - *.rels lose the relationships whose target part is not present;
      - parts no relationship reaches (e.g. customXml/itemProps1.xml without
        customXml/item1.xml) are left out.
Parts go in the order [Content_Types].xml, _rels/.rels, then the rest sorted,
ZIP_DEFLATED, every entry dated 1980-01-01 00:00:00, so the file is reproducible.

Usage: python3 pack.py NAME [NAME ...]   (run from the word-heldout directory)
"""
import os
import posixpath
import re
import sys
import zipfile

CT = {
    "word/document.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "word/styles.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
    "word/settings.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
    "word/webSettings.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml",
    "word/fontTable.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml",
    "word/numbering.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
    "word/footnotes.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
    "word/endnotes.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
    "word/commentsExtensible.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtensible+xml",
    "word/theme/theme1.xml": "application/vnd.openxmlformats-officedocument.theme+xml",
    "docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
    "docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    "customXml/itemProps1.xml": "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
}
HEADER = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
FOOTER = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
DATE = (1980, 1, 1, 0, 0, 0)
RELNS = "http://schemas.openxmlformats.org/package/2006/relationships"
OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

# Word's usual ids for the document part's relationships; an id the document
# itself names (headerReference, footerReference) always wins.
DOC_RELS = [
    ("rId1", "customXml", "../customXml/item1.xml"),
    ("rId2", "numbering", "numbering.xml"),
    ("rId3", "styles", "styles.xml"),
    ("rId4", "settings", "settings.xml"),
    ("rId5", "webSettings", "webSettings.xml"),
    ("rId6", "footnotes", "footnotes.xml"),
    ("rId7", "endnotes", "endnotes.xml"),
    ("rId9", "fontTable", "fontTable.xml"),
    ("rId10", "theme", "theme/theme1.xml"),
]


def parts_of(root):
    out = []
    for d, _, files in os.walk(root):
        for f in files:
            out.append(os.path.relpath(os.path.join(d, f), root).replace(os.sep, "/"))
    return out


def read(root, p):
    with open(os.path.join(root, p), encoding="utf-8") as f:
        return f.read()


def write(root, p, text):
    os.makedirs(os.path.dirname(os.path.join(root, p)) or root, exist_ok=True)
    with open(os.path.join(root, p), "w", encoding="utf-8", newline="") as f:
        f.write(text)


def rels_xml(items):
    body = "".join('<Relationship Id="%s" Type="%s" Target="%s"/>' % it for it in items)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="%s">%s</Relationships>' % (RELNS, body))


def package_rels():
    return rels_xml([
        ("rId3", OD + "extended-properties", "docProps/app.xml"),
        ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
         "docProps/core.xml"),
        ("rId1", OD + "officeDocument", "word/document.xml"),
    ])


def document_rels(root, parts):
    """Relationships for the parts present; header/footer ids as the document names them."""
    doc = read(root, "word/document.xml")
    items = []
    for kind in ("header", "footer"):
        for m in re.finditer(r'<w:%sReference w:type="\w+" r:id="(rId\d+)"/>' % kind, doc):
            n = len([i for i in items if i[1] == OD + kind]) + 1
            items.append((m.group(1), OD + kind, "%s%d.xml" % (kind, n)))
    used = {i[0] for i in items}
    for rid, typ, target in DOC_RELS:
        path = posixpath.normpath(posixpath.join("word", target))
        if path in parts and rid not in used:
            items.append((rid, OD + typ, target))
    return rels_xml(sorted(items, key=lambda i: int(i[0][3:])))


def content_types(parts):
    body = ""
    for p in sorted(parts):
        t = CT.get(p)
        if t is None and re.fullmatch(r"word/header\d+\.xml", p):
            t = HEADER
        if t is None and re.fullmatch(r"word/footer\d+\.xml", p):
            t = FOOTER
        if t:
            body += '<Override PartName="/%s" ContentType="%s"/>' % (p, t)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' + body + "</Types>")


def prune_overrides(ct, parts):
    def keep(m):
        return m.group(0) if m.group(1) in parts else ""
    return re.sub(r'<Override PartName="/([^"]+)" ContentType="[^"]*"/>', keep, ct)


def prune_rels(rels, base, parts):
    """Drop Relationship elements whose internal target is not among parts."""
    def keep(m):
        el = m.group(0)
        if 'TargetMode="External"' in el:
            return el
        tgt = re.search(r'Target="([^"]*)"', el).group(1)
        path = posixpath.normpath(posixpath.join(base, tgt)).lstrip("/")
        return el if path in parts else ""
    return re.sub(r"[ \t]*<Relationship [^>]*/>\n?", keep, rels)


def reachable(root, parts):
    """Parts reached from _rels/.rels through the relationship parts present."""
    seen, todo = set(), ["_rels/.rels"]
    while todo:
        rp = todo.pop()
        if rp not in parts or rp in seen:
            continue
        seen.add(rp)
        base = posixpath.dirname(posixpath.dirname(rp))
        for m in re.finditer(r'<Relationship [^>]*/>', read(root, rp)):
            el = m.group(0)
            if 'TargetMode="External"' in el:
                continue
            tgt = re.search(r'Target="([^"]*)"', el).group(1)
            path = posixpath.normpath(posixpath.join(base, tgt)).lstrip("/")
            if path in parts and path not in seen:
                seen.add(path)
                d, f = posixpath.split(path)
                todo.append(posixpath.join(d, "_rels", f + ".rels"))
    return seen


def pack(name):
    root = name
    parts = set(parts_of(root))
    if "_rels/.rels" not in parts:
        write(root, "_rels/.rels", package_rels())
        parts.add("_rels/.rels")
    if "word/_rels/document.xml.rels" not in parts:
        write(root, "word/_rels/document.xml.rels", document_rels(root, parts))
        parts.add("word/_rels/document.xml.rels")
    if "[Content_Types].xml" not in parts:
        write(root, "[Content_Types].xml", content_types(parts))
        parts.add("[Content_Types].xml")
    inpkg = reachable(root, parts) | {"[Content_Types].xml"}
    order = ["[Content_Types].xml", "_rels/.rels"]
    order += sorted(p for p in inpkg if p not in order)
    with zipfile.ZipFile(name + ".docx", "w", zipfile.ZIP_DEFLATED) as z:
        for p in order:
            data = read(root, p)
            if p == "[Content_Types].xml":
                data = prune_overrides(data, inpkg)
            elif p.endswith(".rels"):
                base = posixpath.dirname(posixpath.dirname(p))
                data = prune_rels(data, base, inpkg)
            elif p == "word/fontTable.xml" and "word/_rels/fontTable.xml.rels" not in inpkg:
                data = re.sub(r'<w:embed(Regular|Bold|Italic|BoldItalic) r:id="[^"]*" w:fontKey="[^"]*"/>', "", data)
            info = zipfile.ZipInfo(p, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"))
    print(name + ".docx", len(order), "parts:", " ".join(order))


if __name__ == "__main__":
    for n in sys.argv[1:]:
        pack(n.rstrip("/"))
