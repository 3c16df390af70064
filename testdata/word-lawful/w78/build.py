#!/usr/bin/env python3
"""Builds the lawful Word files of w78, a third pass after p75b and w76 (see README.md).

The notice is p75b's (its text and blocks are imported from ../p75b/build.py), packed
with w76's pack (../w76/build.py); here it is laid out in shapes neither built: tracked
changes of structure, threaded comments, content controls around rows and cells, a
header table of merged cells, the signer's block in a text box, a landscape Phụ lục in
the last section, footnotes citing decisions, the header's lines broken by w:br, capitals
by styles, fields whose cached results are the text, and style separators.
python3 build.py
"""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def _load(name, rel):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, rel))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


w = _load("w76_build", "../w76/build.py")  # w76's pack; w.b is p75b's notice and blocks
w.HERE = HERE  # pack writes here
b = w.b
p, r, rpr, ppr, table, cell, esc = b.p, b.r, b.rpr, b.ppr, b.table, b.cell, b.esc
bp, RULE, A4 = b.bp, b.RULE, b.A4
AUTH = 'w:author="Văn thư" w:date="2026-11-19T08:00:00Z"'

SHAPES = {}


def shape(f):
    SHAPES[f.__name__.replace("_", "-") + ".docx"] = f
    return f


def base(blocks=None, head=None, end=None, sectpr=None):
    return b.base(blocks, head=head, end=end, sectpr=sectpr)


def header_cells(left=None, right=None):
    l, rt = b.header_lines()
    return table([3600, 5900], [[cell(3600, *(left or l)), cell(5900, *(right or rt))]])


def end_cells(left=None, right=None):
    endl = [p(r("Nơi nhận:", b=True, i=True, sz=12))] + [p(r(x, sz=11)) for x in b.RECIPIENTS]
    endr = [p(r(a, b=True, sz=14), jc="center") for a in b.AUTHORITY] + [p(), p(), p(), p(r(b.SIGNER, b=True, sz=14), jc="center")]
    return table([4500, 5000], [[cell(4500, *(left or endl)), cell(5000, *(right or endr))]])


def settings(extra):
    return b.settings(extra)


# ------------------------------------------------------------- tracked changes

@shape
def changes_accepted():
    """Word 16 after Review > Accept All: Track Changes still switched on (w:trackRevisions),
    rsids on every run and paragraph and the rsid table in settings, no change left."""
    def rsid(xml, n):
        return xml.replace("<w:p>", f'<w:p w:rsidR="00{n:02X}A1B2" w:rsidRDefault="00{n:02X}A1B2">').replace("<w:r>", f'<w:r w:rsidRPr="00{n:02X}C3D4">')
    doc = base()
    body = doc.split("<w:body>", 1)
    doc = body[0] + "<w:body>" + rsid(body[1], 7)
    rs = "".join(f'<w:rsid w:val="00{n:02X}A1B2"/>' for n in range(1, 9))
    return {"word/document.xml": doc,
            "word/settings.xml": settings(f'<w:trackRevisions/><w:doNotTrackMoves/><w:rsids><w:rsidRoot w:val="0001A1B2"/>{rs}</w:rsids>')}


@shape
def changes_structure():
    """Word 16, Track Changes on, changes of structure still pending: a paragraph mark inserted
    (the two points were one), a paragraph mark deleted (a recipient's line broken in two), a
    row of the end table inserted and a row deleted, a numbering change (pPrChange), a cell's
    width changed (tcPrChange). Read as accepted; unaccepted-changes says they are there (its
    right finding)."""
    pts = b.body()
    a_text = "a) Trung tâm Tư vấn và Dịch vụ tài chính: dự toán được thẩm định là 1.250 triệu đồng, bằng 96% số đề nghị;"
    pts[2] = p(r(a_text), jc="both", first=567, after=120,
               rp=f'<w:rPr><w:ins w:id="21" {AUTH}/></w:rPr>')
    pts[3] = p(f'<w:ins w:id="22" {AUTH}>' + r("b) Văn phòng Sở: dự toán được thẩm định là 850 triệu đồng, bằng số đề nghị.") + "</w:ins>",
               jc="both", first=567, after=120)
    pts[4] = p(r("2. Về tổ chức thực hiện", b=True), jc="both", first=567, after=120,
               extra=f'<w:pPrChange w:id="23" {AUTH}><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr></w:pPrChange>')
    rec = b.RECIPIENTS
    endl = [p(r("Nơi nhận:", b=True, i=True, sz=12)),
            p(r(rec[0], sz=11)),
            p(r("- Văn phòng ", sz=11), rp=f'<w:rPr><w:del w:id="24" {AUTH}/></w:rPr>'),
            p(r("Sở;", sz=11)),
            p(r(rec[2], sz=11)), p(r(rec[3], sz=11))]
    endr = [p(r(a, b=True, sz=14), jc="center") for a in b.AUTHORITY] + [p(), p(), p(), p(r(b.SIGNER, b=True, sz=14), jc="center")]
    wide = (f'<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/><w:tcPrChange w:id="25" {AUTH}><w:tcPr><w:tcW w:w="4300" w:type="dxa"/></w:tcPr></w:tcPrChange></w:tcPr>'
            + "".join(endl) + "</w:tc>")
    grid = '<w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="5000"/></w:tblGrid>'
    tblpr = f'<w:tblPr><w:tblW w:w="9500" w:type="dxa"/>{b.NOBORDERS}<w:tblLayout w:type="fixed"/></w:tblPr>'
    end = ("<w:tbl>" + tblpr + grid + "<w:tr>" + wide + cell(5000, *endr) + "</w:tr>"
           + f'<w:tr><w:trPr><w:ins w:id="26" {AUTH}/></w:trPr>' + cell(4500, p()) + cell(5000, p()) + "</w:tr>"
           + f'<w:tr><w:trPr><w:del w:id="27" {AUTH}/></w:trPr>'
           + cell(4500, p(f'<w:del w:id="28" {AUTH}><w:r><w:rPr><w:sz w:val="22"/></w:rPr><w:delText>- Phòng Kế hoạch (bỏ);</w:delText></w:r></w:del>'))
           + cell(5000, p()) + "</w:tr></w:tbl>")
    return {"word/document.xml": base(pts, end=end), "word/settings.xml": settings("<w:trackRevisions/>")}


# ------------------------------------------------------------- comments

COMMENTS_NS = b.NS + ' xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'


@shape
def comments_threaded():
    """Word 365: a comment with a reply (commentsExtended.xml, w15:paraIdParent; commentsIds.xml),
    its range opened in the header table's Số cell and closed in the body's first paragraph, a
    second comment on a word of a point, each comment's text with its annotationRef. The comments'
    words are not the notice's; unaccepted-changes says 3 comments are left (its right finding)."""
    left, right = b.header_lines()
    left[3] = p('<w:commentRangeStart w:id="1"/>', r(b.NUMBER, sz=13), jc="center")
    head = table([3600, 5900], [[cell(3600, *left), cell(5900, *right)]])
    pts = b.body()
    pts[0] = bp(r(b.BODY[0]), '<w:commentRangeEnd w:id="1"/>', '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="1"/></w:r>',
                '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="2"/></w:r>')
    pts[3] = bp(r("b) Văn phòng Sở: dự toán được thẩm định là "), '<w:commentRangeStart w:id="3"/>', r("850 triệu đồng"),
                '<w:commentRangeEnd w:id="3"/>', '<w:r><w:commentReference w:id="3"/></w:r>', r(", bằng số đề nghị."))

    def com(i, pid, text, who="Trưởng phòng HCSN"):
        return (f'<w:comment w:id="{i}" w:author="{who}" w:date="2026-11-18T09:00:00Z" w:initials="HC">'
                f'<w:p w14:paraId="{pid}"><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>{r(text, sz=10)}</w:p></w:comment>')
    comments = (w.XMLDECL + f"<w:comments {COMMENTS_NS}>" + com(1, "1A2B3C01", "Kiểm tra lại số văn bản và ngày ban hành; số 124 đã dùng")
                + com(2, "1A2B3C02", "Đã kiểm tra: số 125, ngày 20/11", who="Văn thư") + com(3, "1A2B3C03", "Văn phòng đề nghị 900 triệu?") + "</w:comments>")
    ext = (w.XMLDECL + '<w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
           '<w15:commentEx w15:paraId="1A2B3C01" w15:done="0"/><w15:commentEx w15:paraId="1A2B3C02" w15:paraIdParent="1A2B3C01" w15:done="0"/>'
           '<w15:commentEx w15:paraId="1A2B3C03" w15:done="1"/></w15:commentsEx>')
    ids = (w.XMLDECL + '<w16cid:commentsIds xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid">'
           '<w16cid:commentId w16cid:paraId="1A2B3C01" w16cid:durableId="2A000001"/><w16cid:commentId w16cid:paraId="1A2B3C02" w16cid:durableId="2A000002"/>'
           '<w16cid:commentId w16cid:paraId="1A2B3C03" w16cid:durableId="2A000003"/></w16cid:commentsIds>')
    return {"word/document.xml": base(pts, head=head), "word/comments.xml": comments,
            "word/commentsExtended.xml": ext, "word/commentsIds.xml": ids,
            "_rels": [w.rel("rIdC2", "commentsExtended", "commentsExtended.xml").replace(w.RT + "commentsExtended", "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"),
                      w.rel("rIdC3", "commentsIds", "commentsIds.xml").replace(w.RT + "commentsIds", "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds")]}


# ------------------------------------------------------------- content controls

def sdt(inner, tag, pr=""):
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{sum(map(ord, tag)) * 7}"/>{pr}</w:sdtPr>'
            f'<w:sdtContent>{inner}</w:sdtContent></w:sdt>')


@shape
def sdt_rows_cells():
    """A document-management template: the header table of one line a row, each row in a
    content control (w:sdt around w:tr) and the date's cell in one (around w:tc); the number a
    plain-text control bound to custom XML (w:dataBinding), the date a date picker (w:date,
    dateFormat, fullDate), the signer's title a drop-down list; the Nơi nhận lines a repeating
    section (w15:repeatingSection, w15:repeatingSectionItem). Every placeholder replaced
    (no showingPlcHdr)."""
    sz = 13
    num = p(r("Số: ", sz=sz), sdt(r("125", sz=sz), "SoVanBan",
            '<w:dataBinding w:prefixMappings="xmlns:ns0=\'urn:stc\'" w:xpath="/ns0:vb/ns0:so" w:storeItemID="{1B2C3D4E-0000-4000-8000-000000000001}"/><w:text/>'),
            r("/TB-STC", sz=sz), jc="center")
    date = p(r("Quảng Trị, ", i=True, sz=sz), sdt(r("ngày 20 tháng 11 năm 2026", i=True, sz=sz), "NgayBanHanh",
             '<w:date w:fullDate="2026-11-20T00:00:00Z"><w:dateFormat w:val="\'ngày\' d \'tháng\' M \'năm\' yyyy"/><w:lid w:val="vi-VN"/>'
             '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'), jc="center")
    rows = [(p(r(b.MANAGING, sz=sz), jc="center"), p(r(b.QH, b=True, sz=12), jc="center")),
            (p(r(b.ISSUER, b=True, sz=sz), jc="center", extra='<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'),
             p(r(b.TN, b=True, sz=sz), jc="center", extra='<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>')),
            (num, date)]
    trs = []
    for k, (lc, rc) in enumerate(rows):
        rcell = cell(5900, rc)
        if k == 2:
            rcell = sdt(rcell, "ONgay")
        trs.append(sdt("<w:tr>" + cell(3600, lc) + rcell + "</w:tr>", f"Dong{k + 1}"))
    head = ('<w:tbl><w:tblPr><w:tblW w:w="9500" w:type="dxa"/>' + b.NOBORDERS + '<w:tblLayout w:type="fixed"/></w:tblPr>'
            '<w:tblGrid><w:gridCol w:w="3600"/><w:gridCol w:w="5900"/></w:tblGrid>' + "".join(trs) + "</w:tbl>")
    items = "".join(sdt(p(r(x, sz=11)), "NoiNhanDong", "<w15:repeatingSectionItem/>") for x in b.RECIPIENTS)
    endl = [p(r("Nơi nhận:", b=True, i=True, sz=12)), sdt(items, "NoiNhan", "<w15:repeatingSection/>")]
    title = p(sdt(r(b.AUTHORITY[0], b=True, sz=14), "ThamQuyen",
                  '<w:dropDownList><w:listItem w:displayText="KT. GIÁM ĐỐC" w:value="KT"/><w:listItem w:displayText="GIÁM ĐỐC" w:value="GD"/></w:dropDownList>'), jc="center")
    endr = [title, p(r(b.AUTHORITY[1], b=True, sz=14), jc="center"), p(), p(), p(), p(r(b.SIGNER, b=True, sz=14), jc="center")]
    doc = base(head=head, end=end_cells(endl, endr)).replace(f"<w:document {b.NS}", f"<w:document {COMMENTS_NS}")
    return {"word/document.xml": doc,
            "customXml/item1.xml": '<?xml version="1.0" encoding="UTF-8"?><vb xmlns="urn:stc"><so>125</so></vb>'}


# ------------------------------------------------------------- merged header

@shape
def header_merged():
    """A template whose header table merges cells: three grid columns (a narrow gap between the
    blocks), the issuer's two lines in one cell merged down two rows (vMerge) and across the
    first two columns (gridSpan), the Quốc hiệu and the Tiêu ngữ on rows of their own, the
    number under the issuer spanning the two columns, a blank merged cell beside the date."""
    def c(wd, blocks, span=1, vm=None):
        extra = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
        extra += {"restart": '<w:vMerge w:val="restart"/>', "cont": "<w:vMerge/>", None: ""}[vm]
        return cell(wd, *blocks, extra=extra)
    sz = 13
    rows = [[c(3600, [p(r(b.MANAGING, sz=sz), jc="center"), p(r(b.ISSUER, b=True, sz=sz), jc="center"), b.line_para(jc="center", extra=RULE)], span=2, vm="restart"),
             c(5900, [p(r(b.QH, b=True, sz=12), jc="center")])],
            [c(3600, [p()], span=2, vm="cont"),
             c(5900, [p(r(b.TN, b=True, sz=sz), jc="center"), b.line_para(jc="center", extra=RULE)])],
            [c(3600, [p(r(b.NUMBER, sz=sz), jc="center")], span=2), c(5900, [p(r(b.DATE, i=True, sz=sz), jc="center")])]]
    head = table([3400, 200, 5900], rows)
    return {"word/document.xml": base(head=head)}


# ------------------------------------------------------------- signer in a text box

@shape
def signer_textbox():
    """The end block without a table: Nơi nhận and its lines as paragraphs at the left margin,
    the signer's block (authority, title, room for the signature, name) in a floating text box
    anchored in the "Nơi nhận:" paragraph at the right (DrawingML with its VML fallback)."""
    signer = [p(r(a, b=True, sz=14), jc="center") for a in b.AUTHORITY] + [p(), p(), p(), p(r(b.SIGNER, b=True, sz=14), jc="center")]
    anchor = p(r("Nơi nhận:", b=True, i=True, sz=12), b.box(2900000, 3000000, signer, 5).replace('cy="1100000"', 'cy="1900000"'))
    end = [anchor] + [p(r(x, sz=11)) for x in b.RECIPIENTS] + [p(), p()]
    blocks = [b.header_table()] + b.title() + b.body() + [p()] + end
    return {"word/document.xml": b.document(blocks)}


# ------------------------------------------------------------- landscape annex last

@shape
def annex_landscape_last():
    """The notice in a portrait first section (its sectPr in the pPr of the paragraph after the
    end block, with the footer of pages 2+), the Phụ lục table in the last section, landscape
    (w:orient, width and height swapped, margins turned with the page): the body's own sectPr."""
    grid = '<w:tblBorders>' + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                                      for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>'
    hdr = ["STT", "Đơn vị", "Dự toán đề nghị (triệu đồng)", "Dự toán thẩm định (triệu đồng)", "Tỷ lệ (%)"]
    data = [["1", "Trung tâm Tư vấn và Dịch vụ tài chính", "1.302", "1.250", "96"],
            ["2", "Văn phòng Sở", "850", "850", "100"]]
    widths = [800, 5200, 2800, 2800, 1700]
    rows = [[cell(wd, p(r(t, b=True, sz=13), jc="center")) for wd, t in zip(widths, hdr)]]
    rows += [[cell(wd, p(r(t, sz=13), jc="center" if k != 1 else "left")) for k, (wd, t) in enumerate(zip(widths, row))] for row in data]
    annex = [p(r("Phụ lục", b=True, sz=14), jc="center"),
             p(r("KẾT QUẢ THẨM ĐỊNH DỰ TOÁN MUA SẮM TÀI SẢN NĂM 2026", b=True, sz=14), jc="center"),
             p(r("(Kèm theo Thông báo số 125/TB-STC ngày 20/11/2026 của Sở Tài chính)", i=True, sz=14), jc="center", after=120),
             table(widths, rows, borders=grid), p()]
    portrait = f'<w:sectPr>{A4}<w:titlePg/></w:sectPr>'
    land = ('<w:sectPr><w:type w:val="nextPage"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
            '<w:pgMar w:top="1701" w:right="1134" w:bottom="851" w:left="1134" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>')
    blocks = [b.header_table()] + b.title() + b.body() + [p(), b.end_table(), p(extra=portrait)] + annex
    return {"word/document.xml": b.document(blocks, land)}


# ------------------------------------------------------------- footnotes citing decisions

@shape
def footnote_citations():
    """Footnotes that cite the decisions the notice rests on (Word's footnote styles): the căn
    cứ's decision with its date and issuer, a law and a circular in a second note, and a note
    with a custom mark (w:customMarkFollows, "*") on the figure of a point."""
    notes = [(1, "Quyết định số 1250/QĐ-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh Quảng Trị về việc giao dự toán ngân sách năm 2026."),
             (2, "Theo Luật Quản lý, sử dụng tài sản công số 15/2017/QH14 ngày 21/6/2017 và Thông tư số 19/2024/TT-BTC ngày 22/3/2024 của Bộ Tài chính.")]
    fn = b.FOOTNOTES_HEAD + "".join(
        f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>{r(" " + t, sz=10)}</w:p></w:footnote>'
        for n, t in notes)
    fn += (f'<w:footnote w:id="3"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
           f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t>*</w:t></w:r>'
           f'{r(" Số liệu theo hồ sơ đề nghị của đơn vị ngày 05/11/2026.", sz=10)}</w:p></w:footnote></w:footnotes>')
    k = b.BODY[0].index(" về việc giao")
    j = b.BODY[0].index(" như sau:")
    pts = [bp(r(b.BODY[0][:k]), b.fnref(1), r(b.BODY[0][k:j]), b.fnref(2), r(b.BODY[0][j:]))]
    for mark, t in b.POINTS:
        text = (mark + " " + t) if mark else t
        bold = mark.endswith(".") and mark[:-1].isdigit()
        if mark == "a)":
            cut = text.index(", bằng")
            pts.append(bp(r(text[:cut]), '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:customMarkFollows="1" w:id="3"/></w:r>'
                          '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t>*</w:t></w:r>', r(text[cut:])))
        else:
            pts.append(bp(r(text, b=bold)))
    pts.append(bp(r(b.CLOSING)))
    styles = ('<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>'
              '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
              '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>')
    return {"word/document.xml": base(pts), "word/footnotes.xml": fn, "word/styles.xml": b.STYLES_WORD % styles}


# ------------------------------------------------------------- manual line breaks

BR = "<w:r><w:br/></w:r>"


@shape
def br_header():
    """The header's and the end block's lines typed with Shift+Enter (w:br) in one paragraph
    each: the managing body and the issuer, the Quốc hiệu and the Tiêu ngữ (the Tiêu ngữ's own
    size after the break, its rule a bottom border of that paragraph), the authority and the
    signer's title."""
    sz = 13
    left = [p(r(b.MANAGING, sz=sz), BR, r(b.ISSUER, b=True, sz=sz), jc="center"), b.line_para(jc="center", extra=RULE),
            p(r(b.NUMBER, sz=sz), jc="center")]
    right = [p(r(b.QH, b=True, sz=12), '<w:r><w:rPr><w:b/><w:sz w:val="24"/></w:rPr><w:br/></w:r>', r(b.TN, b=True, sz=sz), jc="center"),
             b.line_para(jc="center", extra=RULE), p(r(b.DATE, i=True, sz=sz), jc="center")]
    endr = [p(r(b.AUTHORITY[0], b=True, sz=14), '<w:r><w:rPr><w:b/></w:rPr><w:br/></w:r>', r(b.AUTHORITY[1], b=True, sz=14), jc="center"),
            p(), p(), p(), p(r(b.SIGNER, b=True, sz=14), jc="center")]
    return {"word/document.xml": base(head=header_cells(left, right), end=end_cells(right=endr))}


# ------------------------------------------------------------- capitals by styles

CAPS_STYLES = ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="QuocHieu"><w:name w:val="Quoc hieu"/><w:basedOn w:val="Normal"/>'
               '<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:caps/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>'
               '<w:style w:type="paragraph" w:customStyle="1" w:styleId="TenLoai"><w:name w:val="Ten loai"/><w:basedOn w:val="Normal"/>'
               '<w:pPr><w:spacing w:before="240"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:caps/></w:rPr></w:style>'
               '<w:style w:type="paragraph" w:customStyle="1" w:styleId="TrichYeu"><w:name w:val="Trich yeu"/><w:basedOn w:val="TenLoai"/>'
               '<w:pPr><w:spacing w:before="0"/></w:pPr><w:rPr><w:caps w:val="0"/></w:rPr></w:style>'
               '<w:style w:type="character" w:customStyle="1" w:styleId="CoQuan"><w:name w:val="Co quan"/><w:rPr><w:caps/></w:rPr></w:style>'
               '<w:style w:type="character" w:customStyle="1" w:styleId="ChucVu"><w:name w:val="Chuc vu"/><w:rPr><w:b/><w:caps/></w:rPr></w:style>')


def sp(style, *runs, **kw):
    return p(*runs, extra=f'<w:pStyle w:val="{style}"/>', **kw)


def cr(style, text, **kw):
    return r(text, **kw).replace("<w:rPr>", f'<w:rPr><w:rStyle w:val="{style}"/>', 1) if rpr(**kw) else \
        f'<w:r><w:rPr><w:rStyle w:val="{style}"/></w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


@shape
def caps_styles():
    """A template whose capitals come from styles over words typed in small letters: the Quốc
    hiệu's paragraph style has w:caps (the Tiêu ngữ in that style turns it off on its run,
    w:caps w:val="0"), the tên loại's paragraph style has w:caps and the trích yếu's, based on
    it, turns it off; the managing body, the issuer and the signer's authority and title through
    character styles with w:caps."""
    sz = 13
    left = [p(cr("CoQuan", "Ủy ban nhân dân tỉnh Quảng Trị".replace("Ủy ban nhân dân tỉnh", "UBND tỉnh"), sz=sz), jc="center"),
            p(cr("CoQuan", "Sở Tài chính", b=True, sz=sz), jc="center"), b.line_para(jc="center", extra=RULE),
            p(r(b.NUMBER, sz=sz), jc="center")]
    right = [sp("QuocHieu", r("Cộng hòa xã hội chủ nghĩa Việt Nam")),
             sp("QuocHieu", r(b.TN, sz=sz, extra='<w:caps w:val="0"/>')),
             b.line_para(jc="center", extra=RULE), p(r(b.DATE, i=True, sz=sz), jc="center")]
    title = [sp("TenLoai", r("Thông báo")), sp("TrichYeu", r(b.SUBJECT)), b.line_para(jc="center", extra=RULE)]
    endr = [p(cr("ChucVu", "Kt. Giám đốc", sz=14), jc="center"), p(cr("ChucVu", "Phó Giám đốc", sz=14), jc="center"),
            p(), p(), p(), p(r(b.SIGNER, b=True, sz=14), jc="center")]
    blocks = [header_cells(left, right)] + title + b.body() + [p(), end_cells(right=endr)]
    return {"word/document.xml": b.document(blocks), "word/styles.xml": b.STYLES_WORD % CAPS_STYLES}


# ------------------------------------------------------------- fields with results

def fld(instr, result, **kw):
    return b.fld(instr, result, **kw)


@shape
def field_results():
    """A mail-merged and field-built notice whose cached results are the text: the number's
    figure a MERGEFIELD («SoVB» merged to 125), the date's day, month and year three
    CREATEDATE fields with pictures, the points' figures SEQ fields ("SEQ Muc \\* ARABIC"),
    the signer's name a MERGEFIELD, a fldSimple marked dirty (w:dirty) for the issuer; from the
    second page (titlePg) the page number a PAGE field centred in the header, and a footer
    "Trang 2/2 - TB 125/TB-STC" of PAGE and NUMPAGES in 10 pt."""
    sz = 13
    left = [p(r(b.MANAGING, sz=sz), jc="center"),
            p(f'<w:fldSimple w:instr=" DOCPROPERTY  Company  \\* Upper " w:dirty="true">{r(b.ISSUER, b=True, sz=sz)}</w:fldSimple>', jc="center"),
            b.line_para(jc="center", extra=RULE),
            p(r("Số: ", sz=sz), fld("MERGEFIELD SoVB", "125", sz=sz), r("/TB-STC", sz=sz), jc="center")]
    right = [p(r(b.QH, b=True, sz=12), jc="center"), p(r(b.TN, b=True, sz=sz), jc="center"),
             b.line_para(jc="center", extra=RULE),
             p(r("Quảng Trị, ngày ", i=True, sz=sz), fld('CREATEDATE \\@ "dd"', "20", i=True, sz=sz), r(" tháng ", i=True, sz=sz),
               fld('CREATEDATE \\@ "MM"', "11", i=True, sz=sz), r(" năm ", i=True, sz=sz), fld('CREATEDATE \\@ "yyyy"', "2026", i=True, sz=sz), jc="center")]
    pts = [bp(r(b.BODY[0]))]
    seq = {"1.": ("SEQ Muc \\* ARABIC", "1"), "2.": ("SEQ Muc \\* ARABIC", "2")}
    for mark, t in b.POINTS:
        if mark in seq:
            instr, res = seq[mark]
            pts.append(bp(fld(instr, res, b=True), r(". " + t, b=True)))
        else:
            pts.append(bp(r((mark + " " + t) if mark else t)))
    pts.append(bp(r(b.CLOSING)))
    endr = [p(r(a, b=True, sz=14), jc="center") for a in b.AUTHORITY] + [p(), p(), p(),
            p(fld("MERGEFIELD NguoiKy", b.SIGNER, b=True, sz=14), jc="center")]
    head = b.hdr_part("hdr", [p(fld("PAGE", "2", sz=14), jc="center")])
    footer = b.hdr_part("ftr", [p(r("Trang ", sz=10), fld("PAGE", "2", sz=10), r("/", sz=10), fld("NUMPAGES", "2", sz=10), r(" - TB 125/TB-STC", sz=10), jc="right")])
    sect = (f'<w:sectPr><w:headerReference w:type="default" r:id="rIdS{sorted(w.REL_TYPES).index("header1.xml")}"/>'
            f'<w:footerReference w:type="default" r:id="rIdS{sorted(w.REL_TYPES).index("footer1.xml")}"/>{A4}<w:titlePg/></w:sectPr>')
    doc = b.document([header_cells(left, right)] + b.title() + pts + [p(), end_cells(right=endr)], sect)
    return {"word/document.xml": doc, "word/header1.xml": head, "word/footer1.xml": footer,
            "word/settings.xml": settings('<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataType w:val="native"/></w:mailMerge>')}


# ------------------------------------------------------------- style separators

SEP_STYLES = ('<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
              '<w:qFormat/><w:pPr><w:keepNext/><w:spacing w:after="120"/><w:ind w:firstLine="567"/><w:jc w:val="both"/><w:outlineLvl w:val="1"/></w:pPr>'
              '<w:rPr><w:b/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:customStyle="1" w:styleId="GhiChu"><w:name w:val="Ghi chu an"/><w:basedOn w:val="Normal"/>'
              '<w:rPr><w:vanish/><w:color w:val="FF0000"/></w:rPr></w:style>')


@shape
def style_separator():
    """Points whose heading is a Heading 2 (for the navigation pane) and whose text runs on
    after a style separator (the heading's mark w:vanish and w:specVanish), as Word prints it:
    one paragraph. A point's heading ended by a mark hidden with w:vanish alone; a note to the
    drafter in a hidden paragraph style (every run and the mark hidden) before the body."""
    sepmark = '<w:rPr><w:vanish/><w:specVanish/></w:rPr>'
    pts = [p(r("Ghi chú: số liệu lấy theo biên bản thẩm định ngày 10/11/2026."), extra='<w:pStyle w:val="GhiChu"/>'),
           bp(r(b.BODY[0])),
           p(r("1. Về kết quả thẩm định:"), extra='<w:pStyle w:val="Heading2"/>', rp=sepmark),
           bp(r(" các đơn vị được thẩm định như sau:")),
           bp(r(b.POINTS[1][0] + " " + b.POINTS[1][1])),
           bp(r(b.POINTS[2][0] + " " + b.POINTS[2][1])),
           p(r("2. Về tổ chức thực hiện:"), extra='<w:pStyle w:val="Heading2"/>', rp='<w:rPr><w:vanish/></w:rPr>'),
           bp(r(" " + b.POINTS[4][1])),
           bp(r(b.CLOSING))]
    return {"word/document.xml": base(pts), "word/styles.xml": b.STYLES_WORD % SEP_STYLES}


def main():
    for name, f in SHAPES.items():
        w.pack(name, f())


if __name__ == "__main__":
    main()
