#!/usr/bin/env python3
"""Builds the lawful Word files of w76, a second pass after p75b (see README.md).

The notice is p75b's (its text and its blocks are imported from ../p75b/build.py);
here it is laid out as other producers write Word files, in other shapes, and packed
in other kinds of zip. The zips are deterministic: run again, the same bytes.
python3 build.py
"""
import importlib.util
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("p75b_build", os.path.join(HERE, "..", "p75b", "build.py"))
b = importlib.util.module_from_spec(_spec)  # p75b's notice and blocks
_spec.loader.exec_module(b)

p, r, rpr, ppr, table, cell, esc = b.p, b.r, b.rpr, b.ppr, b.table, b.cell, b.esc
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
MAIN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
XMLDECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def base(blocks=None, sectpr=None):
    """p75b's base notice: header table, title, body, end table."""
    blocks = blocks if blocks is not None else b.body()
    return b.document([b.header_table()] + b.title() + blocks + [p(), b.end_table()], sectpr)


REL_TYPES = {"styles.xml": "styles", "numbering.xml": "numbering", "settings.xml": "settings",
             "footnotes.xml": "footnotes", "endnotes.xml": "endnotes", "comments.xml": "comments",
             "header1.xml": "header", "header2.xml": "header", "footer1.xml": "footer",
             "fontTable.xml": "fontTable", "theme/theme1.xml": "theme",
             "glossary/document.xml": "glossaryDocument"}
CT_NAMES = {"styles.xml": "styles", "numbering.xml": "numbering", "settings.xml": "settings",
            "footnotes.xml": "footnotes", "endnotes.xml": "endnotes", "comments.xml": "comments",
            "header1.xml": "header", "header2.xml": "header", "footer1.xml": "footer",
            "fontTable.xml": "fontTable", "glossary/document.xml": "document.glossary"}


def content_types(parts, main, main_ct, defaults=""):
    ov = [f'<Override PartName="/{main}" ContentType="{main_ct}"/>']
    for n in sorted(parts):
        k = n[len("word/"):] if n.startswith("word/") else None
        if k in CT_NAMES:
            ov.append(f'<Override PartName="/{n}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{CT_NAMES[k]}+xml"/>')
    ov.append('<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>')
    return (XMLDECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
            + defaults + "".join(ov) + "</Types>")


def rels_xml(items):
    return (XMLDECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(items) + "</Relationships>")


def rel(i, typ, target):
    return f'<Relationship Id="{i}" Type="{RT}{typ}" Target="{target}"/>'


class Unseekable(io.RawIOBase):
    """A stream zipfile cannot seek: it writes data descriptors, as a streaming zipper does."""
    def __init__(self):
        self.buf = bytearray()

    def writable(self):
        return True

    def write(self, data):
        self.buf += data
        return len(data)


def pack(name, parts, producer="Microsoft Office Word", main="word/document.xml", main_ct=MAIN_CT,
         ct_defaults="", method=zipfile.ZIP_DEFLATED, order=None, dirs=False, macosx=False,
         descriptors=False, zip64=False, encode=None):
    """parts: part name -> str or bytes; "_rels" lists extra relationships of the main part.
    encode: part name -> function of the part's text giving its bytes."""
    parts = dict(parts)
    doc = parts.pop("word/document.xml")
    parts[main] = doc
    parts.setdefault("word/styles.xml", b.STYLES_WORD % "")
    parts.setdefault("word/settings.xml", b.settings())
    extra = parts.pop("_rels", [])
    mdir = os.path.dirname(main)
    rs = [rel(f"rIdS{k}", REL_TYPES[n], n) for k, n in enumerate(sorted(REL_TYPES)) if mdir + "/" + n in parts]
    files = {"[Content_Types].xml": content_types(parts, main, main_ct, ct_defaults),
             "_rels/.rels": rels_xml([rel("rId1", "officeDocument", main),
                                      rel("rId2", "extended-properties", "docProps/app.xml")] + parts.pop("_pkgrels", [])),
             "docProps/app.xml": b.app(producer),
             f"{mdir}/_rels/{os.path.basename(main)}.rels": rels_xml(rs + extra)}
    files.update(parts)
    names = ["[Content_Types].xml", "_rels/.rels"] + sorted(k for k in files if k not in ("[Content_Types].xml", "_rels/.rels"))
    if order:
        names = order(names)
    if dirs:
        seen, with_dirs = set(), []
        for n in names:
            d = n.rsplit("/", 1)[0] + "/" if "/" in n else None
            if d and d not in seen:
                seen.add(d)
                with_dirs.append(d)
            with_dirs.append(n)
        names = with_dirs
    if macosx:
        names += ["__MACOSX/", "__MACOSX/._[Content_Types].xml", "__MACOSX/word/._document.xml"]
        files["__MACOSX/._[Content_Types].xml"] = files["__MACOSX/word/._document.xml"] = APPLEDOUBLE
    out = Unseekable() if descriptors else io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as z:
        for n in names:
            info = zipfile.ZipInfo(n, date_time=(2026, 12, 5, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if n.endswith("/") else method
            if n.endswith("/"):
                info.external_attr = 0o40755 << 16 | 0x10
                z.writestr(info, b"")
                continue
            data = files[n]
            if encode and n in encode:
                data = encode[n](data)
            elif isinstance(data, str):
                data = data.encode("utf-8")
            if zip64 or descriptors:
                with z.open(info, "w", force_zip64=zip64) as w:
                    w.write(data)
            else:
                z.writestr(info, data)
    data = bytes(out.buf) if descriptors else out.getvalue()
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


APPLEDOUBLE = bytes.fromhex("0005160700020000") + b"Mac OS X        " + bytes(8) + b"\x00\x02" + bytes(30)

SHAPES = {}


def shape(ext="docx", **packkw):
    def reg(f):
        SHAPES[f.__name__.replace("_", "-") + "." + ext] = (f, packkw)
        return f
    return reg


# ------------------------------------------------------------- producers

def styled(sid, text, **kw):
    return f'<w:p><w:pPr><w:pStyle w:val="{sid}"/></w:pPr>{r(text, **kw)}</w:p>'


@shape()
def pandoc():
    """pandoc from Markdown with an office's reference.docx: paragraphs in "First Paragraph",
    "Body Text" and "Compact", the header and end block in tables of style "Table" (width pct,
    tblLook firstRow), bookmarks pandoc names after ids."""
    styles = ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/>'
              '<w:link w:val="BodyTextChar"/><w:qFormat/><w:pPr><w:spacing w:before="0" w:after="120"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:customStyle="1" w:styleId="FirstParagraph"><w:name w:val="First Paragraph"/><w:basedOn w:val="BodyText"/><w:next w:val="BodyText"/><w:qFormat/></w:style>'
              '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Compact"><w:name w:val="Compact"/><w:basedOn w:val="BodyText"/><w:qFormat/>'
              '<w:pPr><w:spacing w:before="0" w:after="0"/><w:ind w:firstLine="0"/><w:jc w:val="left"/></w:pPr></w:style>'
              '<w:style w:type="character" w:customStyle="1" w:styleId="BodyTextChar"><w:name w:val="Body Text Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="BodyText"/></w:style>'
              '<w:style w:type="table" w:customStyle="1" w:styleId="Table"><w:name w:val="Table"/><w:basedOn w:val="TableNormal"/><w:semiHidden/><w:unhideWhenUsed/><w:qFormat/>'
              '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>'
              '<w:tblStylePr w:type="firstRow"><w:tcPr><w:vAlign w:val="bottom"/><w:tcBorders><w:bottom w:val="single"/></w:tcBorders></w:tcPr></w:tblStylePr></w:style>')

    def cp(text, jc="center", **kw):
        return f'<w:p><w:pPr><w:pStyle w:val="Compact"/><w:jc w:val="{jc}"/></w:pPr>{r(text, **kw)}</w:p>'
    look = '<w:tblLook w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0" w:val="0020"/>'

    def ptable(left, right, wl, wr):
        return (f'<w:tbl><w:tblPr><w:tblStyle w:val="Table"/><w:tblW w:w="5000" w:type="pct"/>{look}</w:tblPr>'
                f'<w:tblGrid><w:gridCol w:w="{wl}"/><w:gridCol w:w="{wr}"/></w:tblGrid>'
                f'<w:tr><w:trPr><w:tblHeader w:val="0"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="{wl}" w:type="dxa"/></w:tcPr>{"".join(left)}</w:tc>'
                f'<w:tc><w:tcPr><w:tcW w:w="{wr}" w:type="dxa"/></w:tcPr>{"".join(right)}</w:tc></w:tr></w:tbl>')
    head = ptable([cp(b.MANAGING, sz=13), cp(b.ISSUER, b=True, sz=13), f'<w:p><w:pPr><w:pStyle w:val="Compact"/>{b.RULE}<w:jc w:val="center"/></w:pPr></w:p>', cp(b.NUMBER, sz=13)],
                  [cp(b.QH, b=True, sz=12), cp(b.TN, b=True, sz=13), f'<w:p><w:pPr><w:pStyle w:val="Compact"/>{b.RULE}<w:jc w:val="center"/></w:pPr></w:p>', cp(b.DATE, i=True, sz=13)], 3600, 5900)
    title = [f'<w:p><w:pPr><w:pStyle w:val="FirstParagraph"/><w:spacing w:before="240"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr>'
             f'<w:bookmarkStart w:id="0" w:name="thong-bao"/>{r(b.KIND, b=True)}<w:bookmarkEnd w:id="0"/></w:p>',
             f'<w:p><w:pPr><w:pStyle w:val="Compact"/><w:jc w:val="center"/></w:pPr>{r(b.SUBJECT, b=True)}</w:p>',
             f'<w:p><w:pPr><w:pStyle w:val="Compact"/>{b.RULE}<w:jc w:val="center"/></w:pPr></w:p>']
    body = [styled("FirstParagraph", b.BODY[0])]
    for mark, t in b.POINTS:
        text = (mark + " " + t) if mark else t
        body.append(styled("BodyText", text, b=mark in ("1.", "2.")))
    body.append(styled("BodyText", b.CLOSING))
    end = ptable([cp("Nơi nhận:", jc="left", b=True, i=True, sz=12)] + [cp(x, jc="left", sz=11) for x in b.RECIPIENTS],
                 [cp(a, b=True) for a in b.AUTHORITY] + [cp(""), cp(""), cp(""), cp(b.SIGNER, b=True)], 4500, 5000)
    return {"word/document.xml": b.document([head] + title + body + [p(), end]),
            "word/styles.xml": b.STYLES_WORD % styles, "docProps/app.xml": b.app("pandoc")}


PYDOCX_STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                 '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>'
                 '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
                 '<w:pPrDefault><w:pPr><w:spacing w:after="200" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
                 '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
                 '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
                 '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
                 '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
                 '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>'
                 '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
                 '</w:styles>')


@shape()
def python_docx():
    """python-docx on its default template: Calibri 11 by the theme (minorHAnsi, en-US),
    spacing after 10 pt at 1.15 lines, the office's face and sizes set on every run as
    python-docx sets run.font.name (w:ascii and w:hAnsi only, with w:eastAsia) and
    run.font.size; the tables "Table Grid" with every border taken off in tblBorders."""
    def pr(text, bold=False, ital=False, sz=14):
        x = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman"/>'
        x += ("<w:b/>" if bold else "") + ("<w:i/>" if ital else "") + f'<w:sz w:val="{sz * 2}"/>'
        return f'<w:r><w:rPr>{x}</w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'

    def pp(run="", jc=None, first=None, after=0, extra=""):
        x = extra + f'<w:spacing w:after="{after}"/>'
        if first:
            x += f'<w:ind w:firstLine="{first}"/>'
        if jc:
            x += f'<w:jc w:val="{jc}"/>'
        return f"<w:p><w:pPr>{x}</w:pPr>{run}</w:p>"

    def ptable(w, cols):
        grid = "".join(f'<w:gridCol w:w="{x}"/>' for x in w)
        tcs = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{x}" w:type="dxa"/></w:tcPr>{"".join(c)}</w:tc>' for x, c in zip(w, cols))
        return (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>{b.NOBORDERS}'
                f'<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
                f'<w:tblGrid>{grid}</w:tblGrid><w:tr>{tcs}</w:tr></w:tbl>')
    head = ptable([3600, 5900], [[pp(pr(b.MANAGING, sz=13), "center"), pp(pr(b.ISSUER, True, sz=13), "center"), pp("", "center", extra=b.RULE), pp(pr(b.NUMBER, sz=13), "center")],
                                 [pp(pr(b.QH, True, sz=12), "center"), pp(pr(b.TN, True, sz=13), "center"), pp("", "center", extra=b.RULE), pp(pr(b.DATE, ital=True, sz=13), "center")]])
    title = [pp(pr(b.KIND, True), "center", extra='<w:spacing w:before="240"/>'), pp(pr(b.SUBJECT, True), "center"), pp("", "center", extra=b.RULE)]
    body = [pp(pr(b.BODY[0]), "both", 567, 120)]
    for mark, t in b.POINTS:
        body.append(pp(pr((mark + " " + t) if mark else t, mark in ("1.", "2.")), "both", 567, 120))
    body.append(pp(pr(b.CLOSING), "both", 567, 120))
    end = ptable([4500, 5000], [[pp(pr("Nơi nhận:", True, True, 12))] + [pp(pr(x, sz=11)) for x in b.RECIPIENTS],
                                [pp(pr(a, True), "center") for a in b.AUTHORITY] + [pp(), pp(), pp(), pp(pr(b.SIGNER, True), "center")]])
    doc = b.document([head] + title + body + [pp(), end])
    return {"word/document.xml": doc, "word/styles.xml": PYDOCX_STYLES, "word/theme/theme1.xml": theme(),
            "docProps/app.xml": b.app("python-docx")}


def theme():
    return b.THEME


W365_NS = (' xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'
           ' xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex"'
           ' xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid"'
           ' xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml"'
           ' xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash"'
           ' xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex"'
           ' mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh wp14"')


def para_ids(doc, rsid=True):
    out, k = [], 0
    for part in doc.split("<w:p>"):
        if out:
            k += 1
            extra = f' w:rsidR="00{k:06X}" w:rsidRDefault="00A1B2C3"' if rsid else ""
            out.append(f'<w:p w14:paraId="{0x1A2B0000 + k:08X}" w14:textId="77777777"{extra}>')
        out.append(part)
    return "".join(out)


@shape()
def word365():
    """Word 365: mc:Ignorable naming w14 w15 w16se w16cid w16 w16cex w16sdtdh wp14 with their
    namespaces, w14:paraId and w14:textId and rsids on every paragraph, w14:ligatures and
    w16se-free symbols, settings with w14:docId, w15:docId, w15:chartTrackingRefBased."""
    doc = base().replace(' mc:Ignorable="w14 wp14"', W365_NS)
    doc = para_ids(doc).replace("<w:rPr>", '<w:rPr><w14:ligatures w14:val="standardContextual"/>', 3)
    sett = b.settings('<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                      '<w14:docId w14:val="5A1B2C3D"/><w15:chartTrackingRefBased/><w15:docId w15:val="{4F1A2B3C-0000-4000-8000-000000000001}"/>')
    sett = sett.replace('<w:settings xmlns:w="' + W + '">',
                        '<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w="' + W + '" '
                        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">')
    return {"word/document.xml": doc, "word/settings.xml": sett}


@shape()
def word2007():
    """Word 2007: no w14 namespace nor mc:Ignorable, compatibilityMode 12, rsids."""
    doc = base().replace(' mc:Ignorable="w14 wp14"', "")
    for ns in ("wpc", "wp14", "w14", "wpg", "wps"):
        doc = doc.replace(f' xmlns:{ns}="' + b.NS.split(f'xmlns:{ns}="')[1].split('"')[0] + '"', "")
    doc = doc.replace("<w:p>", '<w:p w:rsidR="00C41F2B" w:rsidRDefault="00C41F2B">')
    sett = b.settings('<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="12"/></w:compat>')
    return {"word/document.xml": doc, "word/settings.xml": sett, "docProps/app.xml": b.app("Microsoft Office Word 2007")}


@shape()
def word_online():
    """Word for the web: paraIds, runs cut at each word with w:lang vi-VN and rsidRPr,
    a space as a run of its own, the paragraph mark's rPr repeated on every paragraph."""
    import re
    doc = para_ids(base().replace(' mc:Ignorable="w14 wp14"', W365_NS), rsid=False)

    def split(m):
        rp, text = m.group(1), m.group(2)
        rp2 = rp.replace("</w:rPr>", '<w:lang w:val="vi-VN"/></w:rPr>') if rp else '<w:rPr><w:lang w:val="vi-VN"/></w:rPr>'
        words = text.split(" ")
        out = []
        for i, wd in enumerate(words):
            if i:
                out.append(f'<w:r w:rsidRPr="00B3C4D5">{rp2}<w:t xml:space="preserve"> </w:t></w:r>')
            if wd:
                out.append(f'<w:r w:rsidRPr="00B3C4D5">{rp2}<w:t>{wd}</w:t></w:r>')
        return "".join(out)
    doc = re.sub(r'<w:r>(<w:rPr>.*?</w:rPr>)?<w:t xml:space="preserve">(.*?)</w:t></w:r>', split, doc)
    return {"word/document.xml": doc, "docProps/app.xml": b.app("Microsoft Office Word")}


ONLYOFFICE_STYLES = b.STYLES_WORD.replace(
    '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/>',
    '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:eastAsia="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/>').replace(
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>',
    '<w:pPrDefault><w:pPr><w:keepNext w:val="false"/><w:keepLines w:val="false"/><w:pageBreakBefore w:val="false"/>'
    '<w:spacing w:before="0" w:after="200" w:line="276" w:lineRule="auto"/><w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr></w:pPrDefault>')


@shape()
def onlyoffice():
    """As ONLYOFFICE writes: docDefaults Arial 11, after 10 pt at 1.15 lines, first line 0, jc
    left; every paragraph's spacing and every run's four faces and size written out; empty
    runs; cell borders "none" per cell; on/off as "false"/"true"."""
    import re
    TNR = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>'
    doc = base()
    doc = doc.replace("<w:r><w:rPr>", "<w:r><w:rPr>" + TNR).replace("<w:b/><w:bCs/>", '<w:b w:val="true"/><w:bCs w:val="true"/>')
    doc = re.sub(r"<w:r>(<w:t )", "<w:r><w:rPr>" + TNR + r'<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>\1', doc)
    doc = re.sub(r"<w:rPr>(<w:rFonts[^>]*/>)((?:(?!</w:rPr>).)*)</w:rPr>",
                 lambda m: "<w:rPr>" + m.group(1) + m.group(2) + ("" if "w:sz " in m.group(2) else '<w:sz w:val="28"/><w:szCs w:val="28"/>') + "</w:rPr>", doc)
    doc = doc.replace("<w:p>", '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>')
    doc = doc.replace("</w:pPr><w:pPr>", "")
    doc = doc.replace('<w:tcW w:w="3600" w:type="dxa"/>', '<w:tcW w:w="3600" w:type="dxa"/><w:tcBorders><w:top w:val="none" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="none" w:sz="4" w:space="0" w:color="000000"/></w:tcBorders>')
    doc = doc.replace("</w:p>", "<w:r><w:rPr/></w:r></w:p>")
    return {"word/document.xml": doc, "word/styles.xml": ONLYOFFICE_STYLES, "docProps/app.xml": b.app("ONLYOFFICE/8.1.0.169")}




# ------------------------------------------------------------- shapes

def pic(n, cx, cy, descr, anchor=None, rid="rIdP1"):
    """A picture with its alt text; anchor: None (inline) or "wrapNone", "behind"."""
    g = b.picture(n, cx, cy, anchor=bool(anchor)).replace(f'name="Picture {n}"/>', f'name="Picture {n}" descr="{esc(descr)}" title="{esc(descr)}"/>', 1)
    g = g.replace('r:embed="rIdP1"', f'r:embed="{rid}"')
    if anchor == "front":
        g = g.replace('behindDoc="1"', 'behindDoc="0"')
    return g


PNG_REL = rel("rIdP1", "image", "media/image1.png")


@shape()
def logo_header():
    """The office's logo as an inline picture above the issuer's name in the
    header table's left cell, a second (anchored, square wrap) beside the Quốc hiệu; both with
    alt text ("Biểu trưng Sở Tài chính") that must not be read as a line."""
    doc = base().replace(f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{r(b.MANAGING, sz=13)}',
                         f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{pic(31, 500000, 500000, "Biểu trưng Sở Tài chính")}</w:p>'
                         f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{r(b.MANAGING, sz=13)}', 1)
    doc = doc.replace(r(b.QH, b=True, sz=12), pic(32, 400000, 400000, "Quốc huy", anchor="front").replace("<wp:wrapNone/>", '<wp:wrapSquare wrapText="bothSides"/>') + r(b.QH, b=True, sz=12), 1)
    return {"word/document.xml": doc, "word/media/image1.png": b.PNG, "_rels": [PNG_REL]}


def end_with(right_mid):
    left = [p(r("Nơi nhận:", b=True, i=True, sz=12))] + [p(r(x, sz=11)) for x in b.RECIPIENTS]
    right = [p(r(a, b=True, sz=14), jc="center") for a in b.AUTHORITY] + right_mid + [p(r(b.SIGNER, b=True, sz=14), jc="center")]
    return table([4500, 5000], [[cell(4500, *left), cell(5000, *right)]])


@shape()
def seal_floating():
    """A signed copy: the signature and the seal as floating pictures (wrapNone; the seal
    behindDoc) anchored in the blank paragraphs over the signer's name, alt texts "Chữ ký" and
    "Con dấu Sở Tài chính"; a QR code (inline, alt text a URL) under the Nơi nhận."""
    mid = [p(pic(41, 1400000, 700000, "Chữ ký", anchor="front"), jc="center"), p(pic(42, 1500000, 1500000, "Con dấu Sở Tài chính", anchor="behind")), p()]
    end = end_with(mid).replace(f'{r(b.RECIPIENTS[-1], sz=11)}</w:p>',
                                f'{r(b.RECIPIENTS[-1], sz=11)}</w:p><w:p>{pic(43, 600000, 600000, "https://stc.quangtri.gov.vn/vb/125-TB-STC")}</w:p>')
    doc = b.document([b.header_table()] + b.title() + b.body() + [p(), end])
    return {"word/document.xml": doc, "word/media/image1.png": b.PNG, "_rels": [PNG_REL]}


@shape()
def footer_pages():
    """A footer "Trang 1/3" of PAGE and NUMPAGES fields, and the page number at the top by a
    PAGE field in a header, both from the second page (Different first page, titlePg)."""
    foot = b.hdr_part("ftr", [p(r("Trang ", sz=12), b.fld("PAGE", "1", sz=12), r("/", sz=12), b.fld("NUMPAGES", "3", sz=12), jc="right")])
    refs = f'<w:headerReference w:type="default" r:id="rIdS{sorted(REL_TYPES).index("header1.xml")}"/><w:footerReference w:type="default" r:id="rIdS{sorted(REL_TYPES).index("footer1.xml")}"/>'
    return {"word/document.xml": base(sectpr=b.sect(refs, "<w:titlePg/>")), "word/header1.xml": b.PAGE_HEADER, "word/footer1.xml": foot}


PORTRAIT = b.A4
LANDSCAPE = ('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
             '<w:pgMar w:top="1701" w:right="1134" w:bottom="851" w:left="1134" w:header="720" w:footer="720" w:gutter="0"/>')


@shape()
def landscape_annex():
    """A Phụ lục table on a landscape page after the notice (a next-page section break into
    landscape and back): Phụ lục I, a table of the units, in landscape; Phụ lục II, short, in
    portrait again."""
    bodyx = b.body()
    bodyx[1] = p(r("1. Về kết quả thẩm định (chi tiết tại Phụ lục I kèm theo)", b=True), jc="both", first=567, after=120)
    sec1 = f'<w:p><w:pPr><w:sectPr>{PORTRAIT}</w:sectPr></w:pPr></w:p>'
    annex = [p(r("Phụ lục I", b=True), jc="center"),
             p(r("KẾT QUẢ THẨM ĐỊNH DỰ TOÁN MUA SẮM TÀI SẢN NĂM 2026", b=True), jc="center"),
             p(r("(Kèm theo Thông báo số 125/TB-STC ngày 20/11/2026 của Sở Tài chính)", i=True), jc="center", after=240),
             table([900, 6000, 3000, 3000, 1600], [[cell(w, p(r(t, b=k == 0, sz=13), jc="center")) for w, t in zip([900, 6000, 3000, 3000, 1600], row)]
                    for k, row in enumerate([("STT", "Đơn vị", "Đề nghị (triệu đồng)", "Thẩm định (triệu đồng)", "Tỷ lệ"),
                                             ("1", "Trung tâm Tư vấn và Dịch vụ tài chính", "1.300", "1.250", "96%"),
                                             ("2", "Văn phòng Sở", "850", "850", "100%")])],
                   borders=b.NOBORDERS.replace('"nil"', '"single" w:sz="4" w:space="0" w:color="auto"')),
             f'<w:p><w:pPr><w:sectPr>{LANDSCAPE}</w:sectPr></w:pPr></w:p>',
             p(r("Phụ lục II", b=True), jc="center"),
             p(r("DANH MỤC TÀI SẢN MUA SẮM", b=True), jc="center"),
             p(r("(Kèm theo Thông báo số 125/TB-STC ngày 20/11/2026 của Sở Tài chính)", i=True), jc="center", after=240),
             p(r("1. Máy vi tính để bàn: 10 bộ."), jc="both", first=567),
             p(r("2. Máy in: 02 chiếc."), jc="both", first=567)]
    doc = b.document([b.header_table()] + b.title() + bodyx + [p(), b.end_table(), sec1] + annex)
    return {"word/document.xml": doc}


@shape()
def two_columns():
    """The list of the units in two text columns (a continuous section of w:cols num="2")
    inside the body, one column again after it."""
    bodyx = b.body()
    one = f'<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/>{PORTRAIT}<w:cols w:space="720"/></w:sectPr></w:pPr></w:p>'
    two = f'<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/>{PORTRAIT}<w:cols w:num="2" w:space="720"/></w:sectPr></w:pPr></w:p>'
    items = [p(r(t), jc="both", first=567, after=120) for t in ("- Trung tâm Tư vấn và Dịch vụ tài chính;", "- Văn phòng Sở;", "- Phòng Tài chính hành chính sự nghiệp;", "- Phòng Quản lý giá và công sản.")]
    lead = p(r("Kết quả thẩm định gửi các đơn vị sau:"), jc="both", first=567, after=120)
    blocks = bodyx[:3] + [lead, one] + items + [two] + bodyx[3:]
    return {"word/document.xml": b.document([b.header_table()] + b.title() + blocks + [p(), b.end_table()],
                                             b.sect(extra='<w:type w:val="continuous"/><w:cols w:space="720"/>'))}


COMMENTS = (XMLDECL + f'<w:comments xmlns:w="{W}"><w:comment w:id="0" w:author="Văn thư" w:date="2026-11-19T09:00:00Z" w:initials="VT">'
            '<w:p><w:r><w:annotationRef/></w:r><w:r><w:t>Kiểm tra lại số liệu với Phòng HCSN.</w:t></w:r></w:p></w:comment></w:comments>')


@shape()
def comments():
    """A draft still holding a comment (comments.xml, commentRangeStart/End around a figure,
    commentReference in the body): the comment's text is not the notice's; unaccepted-changes
    says the comment is left (its right finding)."""
    doc = base().replace("1.250 triệu đồng", '</w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t>1.250 triệu đồng</w:t></w:r><w:commentRangeEnd w:id="0"/>'
                         '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r><w:r><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">', 1)
    return {"word/document.xml": doc, "word/comments.xml": COMMENTS}


ENDNOTES = (XMLDECL + f'<w:endnotes xmlns:w="{W}">'
            '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
            '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>'
            '<w:endnote w:id="1"><w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteRef/></w:r>'
            '<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> Theo Tờ trình số 45/TTr-TTTV ngày 05/11/2026 của Trung tâm.</w:t></w:r></w:p></w:endnote></w:endnotes>')


@shape()
def endnotes():
    """An endnote after a figure (endnotes.xml, Word's separators, endnoteReference)."""
    doc = base().replace("bằng 96% số đề nghị;", 'bằng 96% số đề nghị;</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve">', 1)
    return {"word/document.xml": doc, "word/endnotes.xml": ENDNOTES}


def omath(text):
    return (f'<m:oMath><m:r><w:rPr><w:rFonts w:ascii="Cambria Math" w:hAnsi="Cambria Math"/></w:rPr><m:t>{esc(text)}</m:t></m:r></m:oMath>')


@shape()
def equation():
    """An equation (m:oMath, Cambria Math) in a sentence of a point: the rate as a fraction."""
    frac = ('<m:oMath><m:f><m:num><m:r><m:t>1.250</m:t></m:r></m:num><m:den><m:r><m:t>1.300</m:t></m:r></m:den></m:f>'
            '<m:r><m:t>≈96%</m:t></m:r></m:oMath>')
    pt = p(r("a) Trung tâm Tư vấn và Dịch vụ tài chính: dự toán được thẩm định là 1.250 triệu đồng, bằng "), frac, r(" số đề nghị;"), jc="both", first=567, after=120)
    bodyx = b.body()
    bodyx[2] = pt
    return {"word/document.xml": base(bodyx)}


@shape()
def bidi_off():
    """Right-to-left switched off in every form Word and converters write: w:bidi w:val="0" on
    paragraphs, w:rtl w:val="0" on runs, a w:dir w:val="ltr" around runs, sectPr w:bidi="0"."""
    doc = base().replace("<w:pPr>", '<w:pPr><w:bidi w:val="0"/>').replace("<w:rPr>", '<w:rPr><w:rtl w:val="0"/>')
    doc = doc.replace(f'{r(b.CLOSING, sz=14)}', f'<w:dir w:val="ltr">{r(b.CLOSING, sz=14)}</w:dir>')
    return {"word/document.xml": doc}


FONTTABLE = (XMLDECL + f'<w:fonts xmlns:w="{W}" xmlns:r="{R}"><w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/>'
             '<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/>'
             '<w:embedRegular r:id="rId1" w:fontKey="{1A2B3C4D-5E6F-4A1B-8C2D-3E4F5A6B7C8D}"/>'
             '<w:embedBold r:id="rId2" w:fontKey="{1A2B3C4D-5E6F-4A1B-8C2D-3E4F5A6B7C8E}" w:subsetted="1"/></w:font></w:fonts>')


@shape(ct_defaults='<Default Extension="odttf" ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont"/>')
def embedded_fonts():
    """Fonts embedded in the file (Save with fonts): fontTable.xml with embedRegular and a
    subsetted embedBold, obfuscated .odttf parts, settings embedTrueTypeFonts."""
    font = bytes((k * 37) & 0xFF for k in range(4096))
    return {"word/document.xml": base(), "word/fontTable.xml": FONTTABLE, "word/fonts/font1.odttf": font, "word/fonts/font2.odttf": font[::-1],
            "word/_rels/fontTable.xml.rels": rels_xml([rel("rId1", "font", "fonts/font1.odttf"), rel("rId2", "font", "fonts/font2.odttf")]),
            "word/settings.xml": b.settings('<w:embedTrueTypeFonts/><w:saveSubsetFonts/>')}


@shape()
def protected():
    """Protected against editing (Restrict Editing, read only, a password's hash) with one
    editable range for everyone (permStart/permEnd) around the date."""
    prot = ('<w:documentProtection w:edit="readOnly" w:enforcement="1" w:cryptProviderType="rsaAES" w:cryptAlgorithmClass="hash" '
            'w:cryptAlgorithmType="typeAny" w:cryptAlgorithmSid="14" w:cryptSpinCount="100000" '
            'w:hash="v9aGm7m2k1pQb0s6c8l3nA==" w:salt="Qm9uZ0JhbzIwMjY="/>')
    doc = base().replace(r(b.DATE, i=True, sz=13), f'<w:permStart w:id="1" w:edGrp="everyone"/>{r(b.DATE, i=True, sz=13)}<w:permEnd w:id="1"/>')
    return {"word/document.xml": doc, "word/settings.xml": b.settings(prot)}


@shape()
def custom_xml():
    """Custom XML parts (customXml/item1.xml, its itemProps1.xml), as a document management
    system writes them, with a text of its own that is not the notice's."""
    item = XMLDECL + '<vanban xmlns="urn:qlvb"><so>125/TB-STC</so><trichyeu>Nội dung lưu trữ, không in</trichyeu></vanban>'
    props = (XMLDECL + '<ds:datastoreItem ds:itemID="{11111111-2222-3333-4444-555555555555}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
             '<ds:schemaRefs><ds:schemaRef ds:uri="urn:qlvb"/></ds:schemaRefs></ds:datastoreItem>')
    return {"word/document.xml": base(), "customXml/item1.xml": item, "customXml/itemProps1.xml": props,
            "customXml/_rels/item1.xml.rels": rels_xml([rel("rId1", "customXmlProps", "itemProps1.xml")]),
            "_rels": [rel("rIdX1", "customXml", "../customXml/item1.xml")]}


GLOSSARY = (XMLDECL + f'<w:glossaryDocument xmlns:w="{W}"><w:docParts><w:docPart><w:docPartPr><w:name w:val="NoiNhan"/>'
            '<w:category><w:name w:val="General"/><w:gallery w:val="placeholder"/></w:category></w:docPartPr>'
            '<w:docPartBody><w:p><w:r><w:t>Nhấn vào đây để nhập nơi nhận.</w:t></w:r></w:p><w:p><w:r><w:t>THÔNG BÁO MẪU</w:t></w:r></w:p></w:docPartBody></w:docPart>'
            '</w:docParts></w:glossaryDocument>')


@shape()
def glossary():
    """A template's building blocks kept in a glossary document (word/glossary/document.xml)
    whose placeholder texts are not the notice's."""
    return {"word/document.xml": base(), "word/glossary/document.xml": GLOSSARY}


@shape()
def hidden_text():
    """Hidden text (w:vanish) left in the body, a hidden paragraph, and a point whose heading
    ends in a hidden paragraph mark (w:specVanish, Word's style separator), which prints the
    heading and its text on one line."""
    bodyx = b.body()
    bodyx[0] = bodyx[0].replace("</w:p>", f'<w:r><w:rPr><w:vanish/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve"> [ghi chú: đối chiếu hồ sơ]</w:t></w:r></w:p>')
    hidden = f'<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:rPr><w:vanish/></w:rPr><w:t>Dự thảo lần 2 - không in</w:t></w:r></w:p>'
    sep = (f'<w:p><w:pPr><w:spacing w:after="120"/><w:ind w:firstLine="567"/><w:jc w:val="both"/><w:rPr><w:vanish/><w:specVanish/></w:rPr></w:pPr>'
           f'{r("2. Về tổ chức thực hiện:", b=True, sz=14)}</w:p>')
    rest = p(r(" " + b.POINTS[4][1], sz=14), jc="both", after=120)
    bodyx = bodyx[:1] + [hidden] + bodyx[1:4] + [sep, rest] + bodyx[6:]
    return {"word/document.xml": base(bodyx)}


@shape()
def long_table():
    """A very long bordered table of names (320 rows, split across pages) whose first row is
    repeated on every page (w:tblHeader), rows kept whole (cantSplit)."""
    fams = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"]
    mids = ["Văn", "Thị", "Đức", "Minh", "Thu", "Quang"]
    names = ["An", "Bình", "Cường", "Dung", "Hà", "Hải", "Lan", "Long", "Mai", "Nam", "Phương", "Sơn", "Tâm", "Yến"]
    ws = [900, 4200, 1800, 2600]
    bord = b.NOBORDERS.replace('"nil"', '"single" w:sz="4" w:space="0" w:color="auto"')
    head = "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" + "".join(cell(w, p(r(t, b=True, sz=13), jc="center")) for w, t in zip(ws, ["STT", "Họ và tên", "Năm sinh", "Đơn vị"])) + "</w:tr>"
    rows = []
    for k in range(320):
        n = f"{fams[k % 8]} {mids[k % 6]} {names[k % 14]}"
        rows.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>" + "".join(cell(w, p(r(t, sz=13), jc=j)) for w, t, j in zip(ws, [str(k + 1), n, str(1970 + k % 30), "Văn phòng Sở" if k % 2 else "Trung tâm"], ["center", "left", "center", "left"])) + "</w:tr>")
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in ws)
    tbl = f'<w:tbl><w:tblPr><w:tblW w:w="{sum(ws)}" w:type="dxa"/>{bord}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{head}{"".join(rows)}</w:tbl>'
    bodyx = b.body()
    bodyx.insert(5, p(r("Danh sách công chức, viên chức được giao quản lý tài sản như sau:", sz=14), jc="both", first=567, after=120))
    bodyx.insert(6, tbl)
    return {"word/document.xml": base(bodyx)}


# ------------------------------------------------------------- packages

def prefixed(xml, pre):
    import re
    xml = re.sub(r'(?<=[<\s/])w:(?=[A-Za-z])', pre + ":", xml)
    return xml.replace(f'xmlns:w="{W}"', f'xmlns:{pre}="{W}"')


@shape()
def ns0_prefix():
    """A file re-written by a script (Python's ElementTree): every part in the prefix "ns0"
    for the WordprocessingML namespace, not "w"."""
    parts = {"word/document.xml": base(), "word/styles.xml": b.STYLES_WORD % "", "word/settings.xml": b.settings()}
    return {k: prefixed(v, "ns0") for k, v in parts.items()}


@shape()
def default_namespace():
    """Every element of the body in the default namespace (xmlns="...main", no prefix), the
    attributes still in w:, as some XML libraries write."""
    import re
    doc = base()
    doc = re.sub(r'<(/?)w:(?=[A-Za-z])', r'<\1', doc)
    doc = doc.replace(f'<document xmlns:wpc', f'<document xmlns="{W}" xmlns:wpc', 1)
    return {"word/document.xml": doc}


def utf16(text):
    return "\ufeff".encode("utf-16-le") + text.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16-le")


@shape(encode={"word/document.xml": lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), "word/styles.xml": utf16,
               "[Content_Types].xml": lambda t: b"\xef\xbb\xbf" + t.encode("utf-8")})
def bom_utf16():
    """The body and [Content_Types].xml with a UTF-8 byte order mark; the styles in UTF-16
    (little-endian, BOM, declaration encoding="UTF-16"), as a .NET writer may leave them."""
    return {"word/document.xml": base()}


@shape(main="word/document2.xml")
def main_elsewhere():
    """The main part at word/document2.xml, named by _rels/.rels and the content types'
    override (a file saved by a program that renamed its parts), no word/document.xml."""
    return {"word/document.xml": base()}


@shape("dotx", main_ct="application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml")
def template():
    """The office's template itself (.dotx, main part of the template content type)."""
    return {"word/document.xml": base()}


@shape("docm", main_ct="application/vnd.ms-word.document.macroEnabled.main+xml",
       ct_defaults='<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>')
def macro():
    """A macro-enabled document (.docm): macroEnabled main part, a vbaProject.bin beside it."""
    return {"word/document.xml": base(), "word/vbaProject.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
            "_rels": [rel("rIdV1", "vbaProject", "vbaProject.bin").replace(RT + "vbaProject", "http://schemas.microsoft.com/office/2006/relationships/vbaProject")]}


@shape(descriptors=True)
def zip_descriptors():
    """Written by a streaming zipper: every entry with a data descriptor (bit 3), sizes after the data."""
    return {"word/document.xml": base()}


@shape(method=zipfile.ZIP_STORED)
def zip_stored():
    """Every entry stored, not deflated."""
    return {"word/document.xml": base()}


@shape(dirs=True, macosx=True)
def zip_macos():
    """Zipped again by macOS's Finder: directory entries ("word/", "_rels/"), a __MACOSX/ folder of AppleDouble files."""
    return {"word/document.xml": base()}


@shape(zip64=True, order=lambda names: list(reversed(names)))
def zip64_reversed():
    """Zip64 entries (extra field with 64-bit sizes), the entries in reverse order ([Content_Types].xml last)."""
    return {"word/document.xml": base()}


def main():
    for name, (f, kw) in SHAPES.items():
        pack(name, f(), **kw)


if __name__ == "__main__":
    main()
