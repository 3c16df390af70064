#!/usr/bin/env python3
"""Pack the Word parts saved under word32/<name>/ into word32/<name>.docx.

The parts were copied as served by the stored index of public repositories.
Two things are ours, not the office's, and SOURCES.md says so:
  * [Content_Types].xml, when the repository holds none: the minimal standard
    one, with an Override for each part present (written into <name>/ too);
  * in the .docx only, word/_rels/document.xml.rels loses the relationships
    whose target part the index did not serve (or we did not copy), so Word
    does not report missing parts; the served copy stays as it was in <name>/.
Parts go in the order [Content_Types].xml, _rels/.rels, then the rest sorted,
ZIP_DEFLATED, every entry dated 1980-01-01 00:00:00, so the file is reproducible.

Usage: python3 pack.py NAME [NAME ...]   (run from the word32 directory)
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


def parts_of(root):
    out = []
    for d, _, files in os.walk(root):
        for f in files:
            out.append(os.path.relpath(os.path.join(d, f), root).replace(os.sep, "/"))
    return out


def content_types(parts):
    lines = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>']
    body = ""
    for p in sorted(parts):
        t = CT.get(p)
        if t is None and re.fullmatch(r"word/header\d+\.xml", p):
            t = HEADER
        if t is None and re.fullmatch(r"word/footer\d+\.xml", p):
            t = FOOTER
        if t:
            body += '<Override PartName="/%s" ContentType="%s"/>' % (p, t)
    return lines[0] + "\n" + lines[1] + body + "</Types>"


def prune_rels(rels, base, parts):
    """Drop Relationship elements whose internal target is not among parts."""
    def keep(m):
        el = m.group(0)
        if 'TargetMode="External"' in el:
            return el
        tgt = re.search(r'Target="([^"]*)"', el).group(1)
        path = posixpath.normpath(posixpath.join(base, tgt)).lstrip("/")
        return el if path in parts else ""
    out = re.sub(r"[ \t]*<Relationship [^>]*/>\n?", keep, rels)
    return out


def pack(name):
    root = name
    parts = set(parts_of(root))
    if "[Content_Types].xml" not in parts:
        with open(os.path.join(root, "[Content_Types].xml"), "w", encoding="utf-8", newline="") as f:
            f.write(content_types(parts))
        parts.add("[Content_Types].xml")
    order = ["[Content_Types].xml", "_rels/.rels"]
    order += sorted(p for p in parts if p not in order)
    with zipfile.ZipFile(name + ".docx", "w", zipfile.ZIP_DEFLATED) as z:
        for p in order:
            with open(os.path.join(root, p), "rb") as f:
                data = f.read()
            if p.endswith(".rels"):
                base = posixpath.dirname(posixpath.dirname(p))
                data = prune_rels(data.decode("utf-8"), base, parts).encode("utf-8")
            info = zipfile.ZipInfo(p, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    print(name + ".docx", len(order), "parts")


if __name__ == "__main__":
    for n in sys.argv[1:]:
        pack(n.rstrip("/"))
