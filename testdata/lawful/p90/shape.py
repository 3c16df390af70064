#!/usr/bin/env python3
"""Writes the Word and PDF shapes of p90's notices from the texts as written (p88's
shape.py, with the Đảng's header, whose "ĐẢNG CỘNG SẢN VIỆT NAM" stands where the Quốc
hiệu does, as the Đoàn's and the Hội's mottos do).

python3 shape.py word NAME.txt ...   word-NAME.txt: Word's Save as Plain Text (header and end
                                     block as rows of tab-parted cells, a table's cells parted
                                     by tabs, CRLF)
python3 shape.py pdf NAME.txt ...    pdf-NAME.txt: what `pdftotext -layout` gives of the issued
                                     PDF (columns side by side, the body wrapped at 92 columns,
                                     tables drawn as columns)
python3 shape.py docx NAME.txt ...   NAME.docx: a Word file (header and end block in borderless
                                     tables, a table with borders, Times New Roman 13/14)
"""
import sys
import textwrap
import zipfile
from xml.sax.saxutils import escape

QH = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
# the mottos of the forms of the Đoàn, the Hội and the Đảng, in the Quốc hiệu's place
MOTTOS = ("ĐOÀN TNCS HỒ CHÍ MINH", "HỘI NÔNG DÂN VIỆT NAM", "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM",
          "ĐẢNG CỘNG SẢN VIỆT NAM")


def parse(path):
    """The parts of a notice written one paragraph a line."""
    lines = open(path, encoding="utf-8").read().splitlines()
    if QH in lines:
        qh = lines.index(QH)
        issuer = lines[:qh]
        motto, tn, so, date = QH, lines[qh + 1], lines[qh + 2], lines[qh + 3]
    else:  # the Đoàn's or the Hội's form: issuer, "*", Số, motto, date
        qh = next(i for i, t in enumerate(lines) if t in MOTTOS)
        issuer, so = lines[:qh - 1], lines[qh - 1]
        motto, tn, date = lines[qh], None, lines[qh + 1]
    title = lines.index("THÔNG BÁO", qh)
    trich = lines[title + 1]
    nn = lines.index("Nơi nhận:")
    body = lines[title + 2:nn]
    end = nn + 1
    while end < len(lines) and lines[end].startswith("- "):
        end += 1
    recips = lines[nn:end]
    sign = lines[end:]
    joint = None
    if len(sign) == 6:  # two signers: authority, post, name each
        sign, joint = sign[:3], sign[3:]
    return dict(issuer=issuer, motto=motto, tn=tn, so=so, date=date, trich=trich, body=body,
                recips=recips, authority=sign[:-1], name=sign[-1], joint=joint)


def is_row(line):
    return " | " in line


def cells(line):
    return [c.strip() for c in line.split("|")]


def end_rows(n):
    """Rows of the end block: authority lines, three empty rows, the name."""
    auth = n["authority"]
    right = auth + ["", "", ""] + [n["name"]]
    rows = max(len(n["recips"]), len(right))
    left = n["recips"] + [""] * (rows - len(n["recips"]))
    right = right + [""] * (rows - len(right))
    return list(zip(left, right))


def header_rows(n):
    left = n["issuer"] + [n["so"]]
    if n["tn"] is None:  # the motto on the first row, the date on the row of Số
        right = [n["motto"]] + [""] * (len(left) - 2) + [n["date"]]
        return list(zip(left, right))
    right = [QH, n["tn"], n["date"]]
    if len(left) == 4:  # three issuer lines: the date on the row of Số
        right = [QH, n["tn"], "", n["date"]]
    return list(zip(left, right))


def joint_rows(n):
    """A joint notice's two signatures side by side, the name under three empty rows."""
    a, b = n["authority"] + [n["name"]], n["joint"]
    return [(a[0], b[0]), (a[1], b[1]), ("", ""), ("", ""), ("", ""), (a[2], b[2])]


def word(n):
    out = [f"{a}\t{b}" for a, b in header_rows(n)]
    out += ["", "THÔNG BÁO", n["trich"]]
    for line in n["body"]:
        out.append("\t".join(cells(line)) if is_row(line) else line)
    out.append("")
    if n["joint"]:
        out += [f"{a}\t{b}" for a, b in joint_rows(n)]
        out += [""] + n["recips"]
        return "\r\n".join(out) + "\r\n"
    out += [f"{a}\t{b}" for a, b in end_rows(n)]
    return "\r\n".join(out) + "\r\n"


def centre(s, width):
    pad = max(0, (width - len(s)) // 2)
    return " " * pad + s


def two_columns(rows, left_w, right_at, centred_left=True):
    out = []
    for a, b in rows:
        left = centre(a, left_w) if centred_left else a
        right = centre(b, 92 - right_at) if b else ""
        line = left.ljust(right_at) + right if right else left
        out.append(line.rstrip())
    return out


def table(lines):
    """A table drawn as columns: widths shared by the longest cells, cells wrapped."""
    rows = [cells(line) for line in lines]
    ncol = max(len(r) for r in rows)
    rows = [r + [""] * (ncol - len(r)) for r in rows]
    longest = [max(len(r[i]) for r in rows) for i in range(ncol)]
    room = 92 - 3 * (ncol - 1)
    widths = [min(w, 4) if w <= 4 else w for w in longest]
    while sum(widths) > room:
        i = widths.index(max(widths))
        widths[i] -= 1
    out = []
    for r in rows:
        parts = [textwrap.wrap(c, widths[i]) or [""] for i, c in enumerate(r)]
        for k in range(max(len(p) for p in parts)):
            seg = [(p[k] if k < len(p) else "").ljust(widths[i]) for i, p in enumerate(parts)]
            out.append("   ".join(seg).rstrip())
    return out


def pdf(n):
    out = two_columns(header_rows(n), 44, 44)
    out += ["", "", centre("THÔNG BÁO", 92)]
    out += [centre(t, 92) for t in textwrap.wrap(n["trich"], 70)]
    out.append("")
    body = n["body"]
    i = 0
    while i < len(body):
        if is_row(body[i]):
            j = i
            while j < len(body) and is_row(body[j]):
                j += 1
            out += table(body[i:j])
            i = j
            continue
        out += textwrap.wrap(body[i], 92, initial_indent=" " * 8, subsequent_indent="")
        i += 1
    out.append("")
    out += two_columns(end_rows(wrapped_recips(n, 52)), 0, 56, centred_left=False)
    return "\n".join(out) + "\n"


def wrapped_recips(n, width):
    """n with its Nơi nhận lines wrapped in their column, as the PDF prints them."""
    lines = []
    for r in n["recips"]:
        lines += textwrap.wrap(r, width, subsequent_indent="  ") or [""]
    return dict(n, recips=lines)


def run(text, bold=False, italic=False, size=28):
    props = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
    props += ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + f'<w:sz w:val="{size}"/>'
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(text, jc="both", bold=False, italic=False, size=28, indent=True):
    ppr = f'<w:jc w:val="{jc}"/>'
    if indent and jc == "both":
        ppr = '<w:spacing w:before="120" w:after="0"/><w:ind w:firstLine="720"/>' + ppr
    return f"<w:p><w:pPr>{ppr}</w:pPr>{run(text, bold, italic, size) if text else ''}</w:p>"


NOBORDERS = ('<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
             '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>')
BORDERS = NOBORDERS.replace('"nil"', '"single" w:sz="4" w:space="0" w:color="auto"')


def xtable(rows, widths, borders, cellfn):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{borders}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for r in rows:
        out.append("<w:tr>")
        for i, c in enumerate(r):
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[i]}" w:type="dxa"/></w:tcPr>{cellfn(i, c)}</w:tc>')
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def docx(n, path):
    issuer = n["issuer"]
    left = "".join(para(t, "center", bold=(k == len(issuer) - 1), size=26) for k, t in enumerate(issuer))
    left += para(n["so"], "center", size=26)
    right = para(QH, "center", bold=True, size=26) + para(n["tn"], "center", bold=True, size=28)
    right += para(n["date"], "center", italic=True, size=28)
    body = [xtable([[left, right]], [3600, 5800], NOBORDERS, lambda i, c: c)]
    body.append(para("THÔNG BÁO", "center", bold=True))
    body.append(para(n["trich"], "center", bold=True))
    lines = n["body"]
    i = 0
    while i < len(lines):
        if is_row(lines[i]):
            j = i
            while j < len(lines) and is_row(lines[j]):
                j += 1
            rows = [cells(x) for x in lines[i:j]]
            ncol = max(len(r) for r in rows)
            rows = [r + [""] * (ncol - len(r)) for r in rows]
            w = 9400 // ncol
            body.append(xtable(rows, [w] * ncol, BORDERS, lambda k, c: para(c, "left", size=26, indent=False)))
            i = j
            continue
        body.append(para(lines[i]))
        i += 1
    recips = para(n["recips"][0], "left", bold=True, italic=True, size=24, indent=False)
    recips += "".join(para(t, "left", size=22, indent=False) for t in n["recips"][1:])
    sign = "".join(para(t, "center", bold=True) for t in n["authority"])
    sign += para("", "center") * 4 + para(n["name"], "center", bold=True)
    body.append(xtable([[recips, sign]], [4700, 4700], NOBORDERS, lambda i, c: c))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134"'
           ' w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 4, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def main():
    kind, paths = sys.argv[1], sys.argv[2:]
    for p in paths:
        n = parse(p)
        if kind == "word":
            open("word-" + p, "w", encoding="utf-8", newline="").write(word(n))
        elif kind == "pdf":
            open("pdf-" + p, "w", encoding="utf-8").write(pdf(n))
        elif kind == "docx":
            docx(n, p[:-4] + ".docx")


if __name__ == "__main__":
    main()
