#!/usr/bin/env python3
"""Builds the lawful Word files of p75b (one per shape, see README.md).

Each file is a THÔNG BÁO lawful by NĐ 30/2020/NĐ-CP, Phụ lục I, laid out
as another office's template or another program writes it. The zip is
deterministic: run again, the same bytes.  python3 build.py
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'mc:Ignorable="w14 wp14"')


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rpr(b=False, i=False, u=False, sz=None, font=None, extra=""):
    x = ""
    if font:
        x += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}" w:eastAsia="{font}"/>'
    if b:
        x += "<w:b/><w:bCs/>"
    if i:
        x += "<w:i/><w:iCs/>"
    if u:
        x += '<w:u w:val="single"/>'
    if sz:
        x += f'<w:sz w:val="{int(sz*2)}"/><w:szCs w:val="{int(sz*2)}"/>'
    x += extra
    return f"<w:rPr>{x}</w:rPr>" if x else ""


def r(text, **kw):
    return f'<w:r>{rpr(**kw)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def ppr(jc=None, first=None, before=None, after=None, line=None, extra="", rp=""):
    x = extra
    sp = ""
    if before is not None:
        sp += f' w:before="{before}"'
    if after is not None:
        sp += f' w:after="{after}"'
    if line is not None:
        sp += f' w:line="{line}" w:lineRule="auto"'
    if sp:
        x += f"<w:spacing{sp}/>"
    if first is not None:
        x += f'<w:ind w:firstLine="{first}"/>'
    if jc:
        x += f'<w:jc w:val="{jc}"/>'
    x += rp
    return f"<w:pPr>{x}</w:pPr>" if x else ""


def p(*runs, **kw):
    return f"<w:p>{ppr(**kw)}{''.join(runs)}</w:p>"


def line_para(**kw):
    """An empty paragraph whose top border is the short rule under a line."""
    return p(**kw)


NOBORDERS = ('<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
             '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>')


def cell(w, *blocks, extra=""):
    return (f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{extra}</w:tcPr>'
            + "".join(blocks or [p()]) + "</w:tc>")


def table(widths, rows, borders=NOBORDERS, extra=""):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{borders}'
            f'<w:tblLayout w:type="fixed"/>{extra}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
            + "".join(f"<w:tr>{''.join(c)}</w:tr>" for c in rows) + "</w:tbl>")


RULE = '<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'


# ---------------------------------------------------------------- content

MANAGING = "UBND TỈNH QUẢNG TRỊ"
ISSUER = "SỞ TÀI CHÍNH"
NUMBER = "Số: 125/TB-STC"
QH = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TN = "Độc lập - Tự do - Hạnh phúc"
DATE = "Quảng Trị, ngày 20 tháng 11 năm 2026"
KIND = "THÔNG BÁO"
SUBJECT = "Kết quả thẩm định dự toán mua sắm tài sản năm 2026 của các đơn vị thuộc Sở"
BODY = [
    "Căn cứ Quyết định số 1250/QĐ-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh Quảng Trị về việc giao dự toán ngân sách năm 2026; trên cơ sở hồ sơ đề nghị của các đơn vị, Sở Tài chính thông báo kết quả thẩm định dự toán mua sắm tài sản năm 2026 như sau:",
]
POINTS = [
    ("1.", "Về kết quả thẩm định"),
    ("a)", "Trung tâm Tư vấn và Dịch vụ tài chính: dự toán được thẩm định là 1.250 triệu đồng, bằng 96% số đề nghị;"),
    ("b)", "Văn phòng Sở: dự toán được thẩm định là 850 triệu đồng, bằng số đề nghị."),
    ("2.", "Về tổ chức thực hiện"),
    ("", "Các đơn vị căn cứ kết quả thẩm định, tổ chức mua sắm đúng quy định; báo cáo kết quả về Sở Tài chính trước ngày 31/12/2026."),
]
CLOSING = "Sở Tài chính thông báo để các đơn vị biết, thực hiện./."
RECIPIENTS = ["- Trung tâm Tư vấn và Dịch vụ tài chính;", "- Văn phòng Sở;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, HCSN."]
AUTHORITY = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
SIGNER = "Nguyễn Văn An"


def header_table(sz=13):
    left = [p(r(MANAGING, sz=sz), jc="center"),
            p(r(ISSUER, b=True, sz=sz), jc="center"),
            line_para(jc="center", extra=RULE.replace("<w:pBdr>", '<w:pBdr>') ),
            p(r(NUMBER, sz=13), jc="center")]
    right = [p(r(QH, b=True, sz=12), jc="center"),
             p(r(TN, b=True, sz=13), jc="center"),
             line_para(jc="center", extra=RULE),
             p(r(DATE, i=True, sz=13), jc="center")]
    return table([3600, 5900], [[cell(3600, *left), cell(5900, *right)]])


def title(sz=14):
    return [p(r(KIND, b=True, sz=sz), jc="center", before=240),
            p(r(SUBJECT, b=True, sz=sz), jc="center"),
            line_para(jc="center", extra=RULE)]


def body(sz=14):
    out = [p(r(t, sz=sz), jc="both", first=567, after=120) for t in BODY]
    for mark, t in POINTS:
        text = (mark + " " + t) if mark else t
        bold = mark.endswith(".") and mark[:-1].isdigit()
        out.append(p(r(text, b=bold, sz=sz), jc="both", first=567, after=120))
    out.append(p(r(CLOSING, sz=sz), jc="both", first=567, after=120))
    return out


def end_table():
    left = [p(r("Nơi nhận:", b=True, i=True, sz=12))] + [p(r(x, sz=11)) for x in RECIPIENTS]
    right = [p(r(a, b=True, sz=14), jc="center") for a in AUTHORITY]
    right += [p(), p(), p(), p(r(SIGNER, b=True, sz=14), jc="center")]
    return table([4500, 5000], [[cell(4500, *left), cell(5000, *right)]])


A4 = ('<w:pgSz w:w="11906" w:h="16838"/>'
      '<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/>')


def sect(extra_refs="", extra=""):
    return f"<w:sectPr>{extra_refs}{A4}{extra}</w:sectPr>"


def document(blocks, sectpr=None):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>'
            + "".join(blocks) + (sectpr or sect()) + "</w:body></w:document>")


STYLES_WORD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
               '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
               'w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/>'
               '<w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
               '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
               '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
               '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>'
               '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
               '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
               '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
               '%s</w:styles>')

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
      '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
      '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
      '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
      '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
      '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
      '<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
      '</Types>')

ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
             '</Relationships>')

REL_TYPES = {
    "styles.xml": "styles", "numbering.xml": "numbering", "settings.xml": "settings",
    "footnotes.xml": "footnotes", "header1.xml": "header", "footer1.xml": "footer",
    "theme/theme1.xml": "theme",
}


def app(name):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            f'<Application>{esc(name)}</Application></Properties>')


def settings(extra=""):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:defaultTabStop w:val="720"/>{extra}</w:settings>')


def pack(name, parts, producer="Microsoft Office Word"):
    """parts: word/... name -> xml; rels are written for those present."""
    parts = dict(parts)
    parts.setdefault("word/styles.xml", STYLES_WORD % "")
    parts.setdefault("word/settings.xml", settings())
    rels = ['<Relationship Id="rIdS%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/%s" Target="%s"/>'
            % (k, REL_TYPES[n], n) for k, n in enumerate(sorted(REL_TYPES)) if "word/" + n in parts]
    rels += parts.pop("_rels", [])
    files = {
        "[Content_Types].xml": CT,
        "_rels/.rels": ROOT_RELS,
        "docProps/app.xml": app(producer),
        "word/_rels/document.xml.rels": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                         + "".join(rels) + "</Relationships>"),
    }
    files.update(parts)
    path = os.path.join(HERE, name + ".docx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n in ["[Content_Types].xml", "_rels/.rels"] + sorted(k for k in files if k not in ("[Content_Types].xml", "_rels/.rels")):
            info = zipfile.ZipInfo(n, date_time=(2026, 12, 5, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, files[n])


def rel_id(n):
    return f"rIdS{sorted(REL_TYPES).index(n)}"


SHAPES = {}


def shape(f):
    SHAPES[f.__name__.replace("_", "-")] = f
    return f


@shape
def tables_word():
    """Word 16: header and end block in borderless tables (the base)."""
    return {"word/document.xml": document([header_table()] + title() + body() + [p(), end_table()])}


def hdr_part(tag, blocks):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag} {NS}>'
            + "".join(blocks) + f"</w:{tag}>")


def fld(instr, result, **kw):
    rp = rpr(**kw)
    return (f'<w:r>{rp}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rp}<w:instrText xml:space="preserve"> {esc(instr)} </w:instrText></w:r>'
            f'<w:r>{rp}<w:fldChar w:fldCharType="separate"/></w:r>' + r(result, **kw)
            + f'<w:r>{rp}<w:fldChar w:fldCharType="end"/></w:r>')


PAGE_HEADER = hdr_part("hdr", [p(fld("PAGE", "2", sz=14), jc="center")])


def header_lines(sz=13):
    left = [p(r(MANAGING, sz=sz), jc="center"), p(r(ISSUER, b=True, sz=sz), jc="center"),
            line_para(jc="center", extra=RULE), p(r(NUMBER, sz=13), jc="center")]
    right = [p(r(QH, b=True, sz=12), jc="center"), p(r(TN, b=True, sz=13), jc="center"),
             line_para(jc="center", extra=RULE), p(r(DATE, i=True, sz=13), jc="center")]
    return left, right


def box(x, cx, blocks, n):
    content = "<w:txbxContent>" + "".join(blocks) + "</w:txbxContent>"
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
            'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="1100000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            f'<wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1" cy="1"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
            f'<wps:txbx>{content}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square"/></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
            f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"/>'
            f'<v:shape id="Text Box {n}" o:spid="_x0000_s10{n}" type="#_x0000_t202" '
            f'style="position:absolute;margin-left:{x/12700:.1f}pt;margin-top:0;width:{cx/12700:.1f}pt;height:86.6pt;z-index:251659264" '
            f'filled="f" stroked="f"><v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback>'
            '</mc:AlternateContent></w:r>')


@shape
def textboxes():
    """Word 16: the header in two floating text boxes (DrawingML with its VML fallback)."""
    left, right = header_lines()
    anchor = p(box(-300000, 2500000, left, 1), box(2400000, 3700000, right, 2))
    spacer = [p(), p(), p(), p()]
    return {"word/document.xml": document([anchor] + spacer + title() + body() + [p(), end_table()])}


@shape
def first_page_header():
    """Word 16: the header table in the header of the first page (Different first page);
    the page number by a PAGE field at the top of the other pages."""
    refs = (f'<w:headerReference w:type="default" r:id="rIdH2"/>'
            f'<w:headerReference w:type="first" r:id="{rel_id("header1.xml")}"/>')
    sp = sect(refs, '<w:titlePg/>')
    return {"word/document.xml": document(title() + body() + [p(), end_table()], sp),
            "word/header1.xml": hdr_part("hdr", [header_table(), p()]),
            "word/header2.xml": PAGE_HEADER,
            "_rels": ['<Relationship Id="rIdH2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>']}


def lvl(i, fmt, text, start=1, ind=0, restart=None):
    rs = f'<w:lvlRestart w:val="{restart}"/>' if restart is not None else ""
    return (f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{rs}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="0" w:firstLine="{ind}"/></w:pPr></w:lvl>')


def numbering(abstracts, nums):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            + "".join(abstracts) + "".join(nums) + "</w:numbering>")


def numpr(num, ilvl=0):
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'


def npara(num, ilvl, text, b=False, sz=14):
    return p(r(text, b=b, sz=sz), jc="both", first=567, after=120, extra=numpr(num, ilvl))


@shape
def numbering_levels():
    """Word 16: the points numbered by numbering.xml: I. (upperRoman), 1. and 1.1. (decimal,
    "%1.%2."), a) (lowerLetter), "-" (bullet), a second list restarted by a startOverride."""
    abstract = ('<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
                + lvl(0, "upperRoman", "%1.", ind=567) + lvl(1, "decimal", "%2.", ind=567)
                + lvl(2, "decimal", "%2.%3.", ind=567) + lvl(3, "lowerLetter", "%4)", ind=567)
                + '<w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/>'
                  '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr>'
                  '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:hint="default"/></w:rPr></w:lvl>'
                + "</w:abstractNum>")
    abstract2 = ('<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
                 + lvl(0, "lowerLetter", "%1)", ind=567) + "</w:abstractNum>")
    nums = ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
            '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
            '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>']
    b = [p(r(BODY[0]), jc="both", first=567, after=120),
         npara(1, 0, "KẾT QUẢ THẨM ĐỊNH", b=True),
         npara(1, 1, "Về dự toán mua sắm", b=True),
         npara(1, 2, "Dự toán của các đơn vị sự nghiệp được thẩm định như sau:"),
         npara(2, 0, "Trung tâm Tư vấn và Dịch vụ tài chính: 1.250 triệu đồng;"),
         npara(2, 0, "Văn phòng Sở: 850 triệu đồng."),
         npara(1, 2, "Dự toán mua sắm được bố trí trong dự toán năm 2026 đã giao:"),
         npara(1, 4, "nguồn kinh phí không thực hiện tự chủ;"),
         npara(1, 4, "nguồn thu phí được để lại."),
         npara(1, 1, "Về tiến độ", b=True),
         npara(3, 0, "Trung tâm Tư vấn và Dịch vụ tài chính hoàn thành mua sắm trong quý IV năm 2026;"),
         npara(3, 0, "Văn phòng Sở hoàn thành mua sắm trước ngày 31/12/2026."),
         npara(1, 0, "TỔ CHỨC THỰC HIỆN", b=True),
         p(r("Các đơn vị căn cứ kết quả thẩm định, tổ chức mua sắm đúng quy định; báo cáo kết quả về Sở Tài chính trước ngày 31/12/2026."), jc="both", first=567, after=120),
         p(r(CLOSING), jc="both", first=567, after=120)]
    return {"word/document.xml": document([header_table()] + title() + b + [p(), end_table()]),
            "word/numbering.xml": numbering([abstract, abstract2], nums)}


THEME = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>'
         '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>'
         '<a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1>'
         '<a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4>'
         '<a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>'
         '<a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>'
         '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/>'
         '<a:font script="Viet" typeface="Times New Roman"/></a:majorFont>'
         '<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/>'
         '<a:font script="Viet" typeface="Arial"/></a:minorFont></a:fontScheme>'
         '<a:fmtScheme name="Office"><a:fillStyleLst/><a:lnStyleLst/><a:effectStyleLst/><a:bgFillStyleLst/></a:fmtScheme>'
         '</a:themeElements></a:theme>')

THEMED_FONT = '<w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi" w:eastAsiaTheme="majorEastAsia"/>'


@shape
def styles_chain():
    """Word 16: every element in a style of its own, basedOn chains three deep over a
    theme font (majorHAnsi, vi-VN: Times New Roman), body at 13 pt; no direct formatting."""
    def st(sid, based, ppr_="", rpr_="", typ="paragraph"):
        b = f'<w:basedOn w:val="{based}"/>' if based else ""
        return (f'<w:style w:type="{typ}" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{sid}"/>{b}'
                f'<w:qFormat/>{"<w:pPr>"+ppr_+"</w:pPr>" if ppr_ else ""}{"<w:rPr>"+rpr_+"</w:rPr>" if rpr_ else ""}</w:style>')
    c = '<w:jc w:val="center"/>'
    styles = "".join([
        st("VB", "Normal", "", '<w:sz w:val="26"/><w:szCs w:val="26"/>'),
        st("VBDauTrang", "VB", c),
        st("CoQuanChuQuan", "VBDauTrang"),
        st("CoQuanBanHanh", "CoQuanChuQuan", "", "<w:b/>"),
        st("QuocHieu", "CoQuanBanHanh", "", '<w:sz w:val="24"/><w:szCs w:val="24"/>'),
        st("TieuNgu", "CoQuanBanHanh"),
        st("DiaDanh", "VBDauTrang", "", "<w:i/>"),
        st("TenLoai", "CoQuanBanHanh", '<w:spacing w:before="240"/>', '<w:sz w:val="28"/><w:szCs w:val="28"/>'),
        st("TrichYeu", "TenLoai", '<w:spacing w:before="0"/>'),
        st("NoiDung", "VB", '<w:spacing w:after="120"/><w:ind w:firstLine="567"/><w:jc w:val="both"/>'),
        st("MucLon", "NoiDung", "", "<w:b/>"),
        st("NoiNhan", "Normal", "", '<w:b/><w:i/><w:sz w:val="24"/><w:szCs w:val="24"/>'),
        st("NoiNhanDong", "Normal", "", '<w:sz w:val="22"/><w:szCs w:val="22"/>'),
        st("ChucVu", "Normal", c, '<w:b/><w:sz w:val="28"/><w:szCs w:val="28"/>'),
        st("HoTen", "ChucVu"),
    ])
    def sp(sid, text, **kw):
        return f'<w:p><w:pPr><w:pStyle w:val="{sid}"/>{kw.get("extra","")}</w:pPr>{r(text) if text else ""}</w:p>'
    left = [sp("CoQuanChuQuan", MANAGING), sp("CoQuanBanHanh", ISSUER), sp("VBDauTrang", "", extra=RULE), sp("VBDauTrang", NUMBER)]
    right = [sp("QuocHieu", QH), sp("TieuNgu", TN), sp("VBDauTrang", "", extra=RULE), sp("DiaDanh", DATE)]
    head = table([3600, 5900], [[cell(3600, *left), cell(5900, *right)]])
    b = [sp("TenLoai", KIND), sp("TrichYeu", SUBJECT), sp("VBDauTrang", "", extra=RULE)]
    b += [sp("NoiDung", t) for t in BODY]
    for mark, t in POINTS:
        bold = mark.endswith(".") and mark[:-1].isdigit()
        b.append(sp("MucLon" if bold else "NoiDung", (mark + " " + t) if mark else t))
    b.append(sp("NoiDung", CLOSING))
    endl = [sp("NoiNhan", "Nơi nhận:")] + [sp("NoiNhanDong", x) for x in RECIPIENTS]
    endr = [sp("ChucVu", a) for a in AUTHORITY] + [p(), p(), p(), sp("HoTen", SIGNER)]
    end = table([4500, 5000], [[cell(4500, *endl), cell(5000, *endr)]])
    styles_xml = STYLES_WORD.replace(
        '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>',
        THEMED_FONT) % styles
    return {"word/document.xml": document([head] + b + [p(), end]),
            "word/styles.xml": styles_xml, "word/theme/theme1.xml": THEME,
            "word/settings.xml": settings('<w:themeFontLang w:val="vi-VN"/>')}



def base(body_blocks=None, head=None, end=None, sectpr=None):
    blocks = [head if head is not None else header_table()] + title() + (body_blocks if body_blocks is not None else body())
    blocks += [p(), end if end is not None else end_table()]
    return document(blocks, sectpr)


def bp(*runs):
    return p(*runs, jc="both", first=567, after=120)


@shape
def merged_table():
    """Word 16: a list of names in a bordered table with a merged title row (gridSpan)
    and a unit's cell merged down two rows (vMerge)."""
    grid = '<w:tblBorders>' + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                                      for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>'
    def c(w, text, b=False, span=1, vm=None, jc="left"):
        extra = (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "")
        if vm == "restart":
            extra += '<w:vMerge w:val="restart"/>'
        elif vm == "cont":
            extra += "<w:vMerge/>"
        return cell(w, p(r(text, b=b, sz=13), jc=jc) if text else p(), extra=extra)
    rows = [[c(9300, "DANH SÁCH THÀNH VIÊN TỔ THẨM ĐỊNH", b=True, span=4, jc="center")],
            [c(700, "STT", b=True, jc="center"), c(3000, "Họ và tên", b=True, jc="center"),
             c(2800, "Chức vụ", b=True, jc="center"), c(2800, "Đơn vị", b=True, jc="center")],
            [c(700, "1", jc="center"), c(3000, "Trần Thị Hoa"), c(2800, "Trưởng phòng"), c(2800, "Phòng Tài chính hành chính sự nghiệp", vm="restart")],
            [c(700, "2", jc="center"), c(3000, "Lê Văn Bình"), c(2800, "Chuyên viên"), c(2800, "", vm="cont")],
            [c(700, "3", jc="center"), c(3000, "Phạm Minh Đức"), c(2800, "Phó Chánh Văn phòng"), c(2800, "Văn phòng Sở")]]
    t = table([700, 3000, 2800, 2800], rows, borders=grid)
    b = body()
    b = b[:1] + [bp(r("Tổ thẩm định gồm các thành viên sau:")), t] + b[1:]
    return {"word/document.xml": base(b)}


FOOTNOTES_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes ' + NS + '>'
                  '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                  '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')


def fnref(n):
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'


@shape
def footnotes():
    """Word 16: two footnotes on body sentences (Word's footnote styles, 10 pt notes)."""
    notes = FOOTNOTES_HEAD + "".join(
        f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'{r(" " + t, sz=10)}</w:p></w:footnote>' for n, t in
        [(1, "Gồm kinh phí mua sắm tài sản, trang thiết bị phục vụ hoạt động chuyên môn."),
         (2, "Theo Thông tư số 19/2024/TT-BTC ngày 22/3/2024 của Bộ Tài chính.")]) + "</w:footnotes>"
    k = BODY[0].index(" như sau:")
    b = [bp(r(BODY[0][:k]), fnref(1), r(BODY[0][k:]))]
    for mark, t in POINTS:
        text = (mark + " " + t) if mark else t
        bold = mark.endswith(".") and mark[:-1].isdigit()
        if mark == "b)":
            b.append(bp(r(text[:-1]), fnref(2), r(text[-1:])))
        else:
            b.append(bp(r(text, b=bold)))
    b.append(bp(r(CLOSING)))
    styles = ('<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>'
              '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
              '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>')
    return {"word/document.xml": base(b), "word/footnotes.xml": notes, "word/styles.xml": STYLES_WORD % styles}


@shape
def fields():
    """Word 16: the number's figure a DOCPROPERTY fldSimple, the date a DATE field
    (fldChar begin/separate/end, its result the text), a body cross-reference REF."""
    left = [p(r(MANAGING, sz=13), jc="center"), p(r(ISSUER, b=True, sz=13), jc="center"),
            line_para(jc="center", extra=RULE),
            p(r("Số: ", sz=13), f'<w:fldSimple w:instr=" DOCPROPERTY  SoVanBan  \\* MERGEFORMAT ">{r("125", sz=13)}</w:fldSimple>',
              r("/TB-STC", sz=13), jc="center")]
    right = [p(r(QH, b=True, sz=12), jc="center"), p(r(TN, b=True, sz=13), jc="center"),
             line_para(jc="center", extra=RULE),
             p(r("Quảng Trị, ", i=True, sz=13),
               fld('DATE \\@ "\'ngày\' d \'tháng\' M \'năm\' yyyy"', "ngày 20 tháng 11 năm 2026", i=True, sz=13), jc="center")]
    head = table([3600, 5900], [[cell(3600, *left), cell(5900, *right)]])
    b = body()
    b[-1] = bp(r("Sở Tài chính thông báo để các đơn vị "), '<w:bookmarkStart w:id="0" w:name="_Ref1"/>',
               fld("REF _Ref1 \\h", "biết, thực hiện"), '<w:bookmarkEnd w:id="0"/>', r("./."))
    return {"word/document.xml": base(b, head=head)}


@shape
def special_chars():
    """Word 16: a non-breaking hyphen in the ký hiệu, soft hyphens, a w:sym dash in the
    Nơi nhận, non-breaking spaces, a w:tab after a point's mark, a manual line break in the trích yếu."""
    left = [p(r(MANAGING, sz=13), jc="center"), p(r(ISSUER, b=True, sz=13), jc="center"),
            line_para(jc="center", extra=RULE),
            p(r("Số: 125/TB", sz=13), '<w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:noBreakHyphen/></w:r>', r("STC", sz=13), jc="center")]
    right = [p(r(QH, b=True, sz=12), jc="center"), p(r(TN, b=True, sz=13), jc="center"),
             line_para(jc="center", extra=RULE),
             p(r("Quảng Trị, ngày\u00a020 tháng\u00a011 năm\u00a02026", i=True, sz=13), jc="center")]
    head = table([3600, 5900], [[cell(3600, *left), cell(5900, *right)]])
    t = [p(r(KIND, b=True), jc="center", before=240),
         p(r("Kết quả thẩm định dự toán mua sắm tài sản năm 2026", b=True), '<w:r><w:rPr><w:b/></w:rPr><w:br/></w:r>',
           r("của các đơn vị thuộc Sở", b=True), jc="center"),
         line_para(jc="center", extra=RULE)]
    b = [bp(r("Căn cứ Quyết định số 1250/QĐ-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh Quảng Trị về việc giao dự toán ngân sách năm 2026; trên cơ sở hồ sơ đề nghị của các đơn vị, Sở Tài chính thông báo kết quả thẩm định dự toán mua sắm tài sản năm 2026 như sau:"))]
    b.append(bp(r("1.", b=True), "<w:r><w:rPr><w:b/></w:rPr><w:tab/></w:r>", r("Về kết quả thẩ", b=True), "<w:r><w:softHyphen/></w:r>", r("m định", b=True)))
    b.append(bp(r("a) Trung tâm Tư vấn và Dịch vụ tài chính: dự toán được thẩm định là 1.250\u00a0triệu đồng, bằng 96% số đề nghị;")))
    b.append(bp(r("b) Văn phòng Sở: dự toán được thẩm định là 850\u00a0triệu đồng, bằng số đề nghị.")))
    for mark, t_ in POINTS[3:]:
        text = (mark + " " + t_) if mark else t_
        b.append(bp(r(text, b=bool(mark))))
    b.append(bp(r(CLOSING)))
    sym = '<w:r><w:rPr><w:sz w:val="22"/></w:rPr><w:sym w:font="Symbol" w:char="F02D"/></w:r>'
    endl = [p(r("Nơi nhận:", b=True, i=True, sz=12))] + [p(sym, r(x[1:], sz=11)) for x in RECIPIENTS]
    endr = [p(r(a, b=True, sz=14), jc="center") for a in AUTHORITY] + [p(), p(), p(), p(r(SIGNER, b=True, sz=14), jc="center")]
    end = table([4500, 5000], [[cell(4500, *endl), cell(5000, *endr)]])
    return {"word/document.xml": document([head] + t + b + [p(), end])}


def sdt(inner, tag, block=True):
    kind = "sdtContent"
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{abs(hash(tag)) % 100000}"/>'
            f'<w:showingPlcHdr w:val="0"/></w:sdtPr><w:sdtEndPr/><w:{kind}>{inner}</w:{kind}></w:sdt>')


@shape
def content_controls():
    """Word 16 template: the header table, the date run and the signer's block in content
    controls (w:sdt at block, run and cell level)."""
    left, right = header_lines()
    right[3] = p(r("Quảng Trị, ", i=True, sz=13), sdt(r("ngày 20 tháng 11 năm 2026", i=True, sz=13), "NgayThang"), jc="center")
    head = sdt(table([3600, 5900], [[cell(3600, *left), cell(5900, *right)]]), "DauVanBan")
    endl = [p(r("Nơi nhận:", b=True, i=True, sz=12))] + [p(r(x, sz=11)) for x in RECIPIENTS]
    endr = [p(r(a, b=True, sz=14), jc="center") for a in AUTHORITY] + [p(), p(), p(),
            sdt(p(r(SIGNER, b=True, sz=14), jc="center"), "NguoiKy")]
    end = sdt(table([4500, 5000], [["<w:sdt><w:sdtPr><w:tag w:val=\"NoiNhan\"/></w:sdtPr><w:sdtContent>" + cell(4500, *endl) + "</w:sdtContent></w:sdt>",
                                    cell(5000, *endr)]]), "KetThuc")
    return {"word/document.xml": base(head=head, end=end)}


def rs(text, rsid, **kw):
    return r(text, **kw).replace("<w:r>", f'<w:r w:rsidR="{rsid}">', 1)


@shape
def edited_runs():
    """Word 16 after editing: runs split mid-word by rsids, w:proofErr, bookmarks,
    a hyperlink, smart quotes, a lastRenderedPageBreak."""
    b = [bp(rs("Căn cứ Quyết định số 1250/QĐ-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh Qu", "00A1"),
            rs("ảng Trị về việc giao dự toán ngân sách năm 2026; trên cơ sở hồ sơ đề ng", "00B2"),
            '<w:proofErr w:type="spellStart"/>', rs("hị", "00C3"), '<w:proofErr w:type="spellEnd"/>',
            rs(" của các đơn vị, Sở Tài chính thông báo kết quả thẩm định dự toán mua sắm tài sản năm 2026 như sau:", "00C3")),
         bp('<w:bookmarkStart w:id="1" w:name="_Toc1"/>', rs("1. Về kết quả ", "00A1", b=True), rs("thẩm định", "00D4", b=True), '<w:bookmarkEnd w:id="1"/>'),
         bp(rs("a) Trung tâm Tư vấn và Dịch vụ tài ch", "00A1"), rs("ính: dự toán được thẩm định là 1.250 triệu đồng, bằng 96% số đề nghị;", "00E5")),
         bp(rs("b) Văn phòng Sở: dự toán được thẩm định là 850 triệu đồng, bằng số đề nghị.", "00A1")),
         bp('<w:r><w:lastRenderedPageBreak/></w:r>', rs("2. Về tổ chức thực hiện", "00A1", b=True)),
         bp(r("Các đơn vị căn cứ kết quả thẩm định, tổ chức mua sắm theo “Quy chế quản lý, sử dụng tài sản công” của Sở; báo cáo kết quả về Sở Tài chính trước ngày 31/12/2026 (qua Hệ thống quản lý văn bản tại địa chỉ "),
            '<w:hyperlink r:id="rIdL1" w:history="1">' + r("https://stc.quangtri.gov.vn", extra='<w:rStyle w:val="Hyperlink"/>') + "</w:hyperlink>",
            r(").")),
         bp(r(CLOSING))]
    return {"word/document.xml": base(b),
            "_rels": ['<Relationship Id="rIdL1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://stc.quangtri.gov.vn/" TargetMode="External"/>']}


@shape
def tracked_changes():
    """Word 16 with Track Changes on: an insertion, a deletion, a moved phrase (moveFrom/moveTo),
    a formatting change (rPrChange). Read as accepted; unaccepted-changes says they are there."""
    ins = lambda t: f'<w:ins w:id="11" w:author="Văn thư" w:date="2026-11-19T08:00:00Z">{r(t)}</w:ins>'
    dele = lambda t: f'<w:del w:id="12" w:author="Văn thư" w:date="2026-11-19T08:00:00Z"><w:r><w:delText xml:space="preserve">{esc(t)}</w:delText></w:r></w:del>'
    b = body()
    b[0] = bp(r("Căn cứ Quyết định số 1250/QĐ-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh Quảng Trị về việc giao dự toán ngân sách năm 2026; trên cơ sở hồ sơ đề nghị của các đơn vị, Sở Tài chính thông báo kết quả thẩm định dự toán "),
              dele("mua bán "), ins("mua sắm "), r("tài sản năm 2026 như sau:"))
    b[2] = bp(r("a) Trung tâm Tư vấn và Dịch vụ tài chính: dự toán được thẩm định là 1.250 triệu đồng, "),
              '<w:moveFromRangeStart w:id="13" w:author="Văn thư" w:date="2026-11-19T08:00:00Z" w:name="move1"/>'
              '<w:moveFrom w:id="14" w:author="Văn thư" w:date="2026-11-19T08:00:00Z"><w:r><w:t xml:space="preserve">số đề nghị </w:t></w:r></w:moveFrom>'
              '<w:moveFromRangeEnd w:id="13"/>',
              r("bằng 96% "),
              '<w:moveToRangeStart w:id="15" w:author="Văn thư" w:date="2026-11-19T08:00:00Z" w:name="move1"/>'
              '<w:moveTo w:id="16" w:author="Văn thư" w:date="2026-11-19T08:00:00Z"><w:r><w:t xml:space="preserve">số đề nghị</w:t></w:r></w:moveTo>'
              '<w:moveToRangeEnd w:id="15"/>', r(";"))
    b[3] = bp('<w:r><w:rPr><w:b w:val="0"/><w:rPrChange w:id="17" w:author="Văn thư" w:date="2026-11-19T08:00:00Z"><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr>'
              '<w:t xml:space="preserve">b) Văn phòng Sở: dự toán được thẩm định là 850 triệu đồng, bằng số đề nghị.</w:t></w:r>')
    return {"word/document.xml": base(b)}


@shape
def breaks():
    """Word 16: empty paragraphs between the parts, a page break before the end block
    (in a run of its own paragraph) and a column-free section break (sectPr in a pPr)."""
    b = [p()] + body() + [p(), p('<w:r><w:br w:type="page"/></w:r>')]
    blocks = [header_table(), p(), p()] + title() + b
    blocks.append(p(extra=f'<w:sectPr>{A4}<w:type w:val="continuous"/></w:sectPr>' if False else f'<w:sectPr>{A4}</w:sectPr>'))
    blocks += [end_table(), p()]
    return {"word/document.xml": document(blocks)}


@shape
def signer_rows():
    """Word 16 template: the end block in a two-column table of one line a row, blank rows
    left for the signature and the seal, the signer's name on the row of the last recipient."""
    rows = []
    left = [p(r("Nơi nhận:", b=True, i=True, sz=12))] + [p(r(x, sz=11)) for x in RECIPIENTS]
    right = [p(r(a, b=True, sz=14), jc="center") for a in AUTHORITY] + [p(), p(), p(r(SIGNER, b=True, sz=14), jc="center")]
    for i in range(max(len(left), len(right))):
        rows.append([cell(4500, left[i] if i < len(left) else p()), cell(5000, right[i] if i < len(right) else p())])
    return {"word/document.xml": base(end=table([4500, 5000], rows))}



def gd_rpr(b=False, i=False, sz=14):
    return ('<w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>'
            + ('<w:b w:val="1"/>' if b else "") + ('<w:i w:val="1"/>' if i else "")
            + f'<w:sz w:val="{sz*2}"/><w:szCs w:val="{sz*2}"/><w:rtl w:val="0"/></w:rPr>')


def gd_p(text, b=False, i=False, sz=14, jc="left", first=None, after=0, before=0, num=None):
    ind = f'<w:ind w:firstLine="{first}"/>' if first else ""
    nm = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>' if num else ""
    run = (f'<w:r w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000">{gd_rpr(b, i, sz)}'
           f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r>') if text else ""
    mark = gd_rpr(b, i, sz).replace('<w:rtl w:val="0"/>', "")
    return (f'<w:p w:rsidR="00000000" w:rsidDel="00000000" w:rsidP="00000000" w:rsidRDefault="00000000" w:rsidRPr="00000000">'
            f'<w:pPr>{nm}<w:spacing w:after="{after}" w:before="{before}" w:line="276" w:lineRule="auto"/>{ind}<w:jc w:val="{jc}"/>'
            f'{mark}</w:pPr>{run}</w:p>')


GD_NIL = ('<w:tblBorders>' + "".join(f'<w:{s} w:color="000000" w:space="0" w:sz="0" w:val="nil"/>'
                                     for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>')

GD_STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
             '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'
             '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en"/></w:rPr></w:rPrDefault>'
             '<w:pPrDefault><w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
             '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/><w:qFormat/></w:style>'
             '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
             '<w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="120" w:before="400" w:lineRule="auto"/></w:pPr>'
             '<w:rPr><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>'
             '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
             '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
             '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
             '<w:style w:type="table" w:styleId="Table1"><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblStyleRowBandSize w:val="1"/>'
             '<w:tblStyleColBandSize w:val="1"/><w:tblCellMar><w:top w:w="100.0" w:type="dxa"/><w:left w:w="100.0" w:type="dxa"/>'
             '<w:bottom w:w="100.0" w:type="dxa"/><w:right w:w="100.0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
             '</w:styles>')


@shape
def google_docs():
    """Google Docs export: docDefaults of Arial 11 (en), fonts and sizes on every run and on every
    paragraph mark, on/off as w:val="1", spacing of 1.15 lines, borders "nil" with a colour, its own
    table style with cell margins written as "100.0", a list numbered by numbering.xml, the page
    11909 x 16834."""
    def gcell(w, *blocks):
        return (f'<w:tc><w:tcPr><w:shd w:fill="auto" w:val="clear"/><w:tcMar><w:top w:w="100.0" w:type="dxa"/>'
                f'<w:left w:w="100.0" w:type="dxa"/><w:bottom w:w="100.0" w:type="dxa"/><w:right w:w="100.0" w:type="dxa"/></w:tcMar>'
                f'<w:vAlign w:val="top"/></w:tcPr>' + "".join(blocks) + "</w:tc>")
    def gtable(widths, cells):
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        return (f'<w:tbl><w:tblPr><w:tblStyle w:val="Table1"/><w:tblW w:w="{sum(widths)}.0" w:type="dxa"/><w:jc w:val="left"/>{GD_NIL}'
                f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="0600"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
                f'<w:tr><w:trPr><w:cantSplit w:val="0"/><w:tblHeader w:val="0"/></w:trPr>{"".join(cells)}</w:tr></w:tbl>')
    left = [gd_p(MANAGING, sz=13, jc="center"), gd_p(ISSUER, b=True, sz=13, jc="center"),
            gd_p("", jc="center").replace("<w:pPr>", "<w:pPr>" + RULE), gd_p(NUMBER, sz=13, jc="center")]
    right = [gd_p(QH, b=True, sz=12, jc="center"), gd_p(TN, b=True, sz=13, jc="center"),
             gd_p("", jc="center").replace("<w:pPr>", "<w:pPr>" + RULE), gd_p(DATE, i=True, sz=13, jc="center")]
    head = gtable([3600, 5900], [gcell(3600, *left), gcell(5900, *right)])
    b = [gd_p(KIND, b=True, jc="center", before=240), gd_p(SUBJECT, b=True, jc="center"),
         gd_p("", jc="center").replace("<w:pPr>", "<w:pPr>" + RULE)]
    b += [gd_p(t, jc="both", first=567, after=120) for t in BODY]
    b.append(gd_p("Về kết quả thẩm định", b=True, jc="both", first=567, after=120, num=1))
    b += [gd_p(POINTS[1][0] + " " + POINTS[1][1], jc="both", first=567, after=120),
          gd_p(POINTS[2][0] + " " + POINTS[2][1], jc="both", first=567, after=120)]
    b.append(gd_p("Về tổ chức thực hiện", b=True, jc="both", first=567, after=120, num=1))
    b += [gd_p(POINTS[4][1], jc="both", first=567, after=120), gd_p(CLOSING, jc="both", first=567, after=120), gd_p("")]
    endl = [gd_p("Nơi nhận:", b=True, i=True, sz=12)] + [gd_p(x, sz=11) for x in RECIPIENTS]
    endr = [gd_p(a, b=True, jc="center") for a in AUTHORITY] + [gd_p(""), gd_p(""), gd_p(""), gd_p(SIGNER, b=True, jc="center")]
    end = gtable([4500, 5000], [gcell(4500, *endl), gcell(5000, *endr)])
    numb = numbering(['<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                      '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr>'
                      '<w:rPr><w:u w:val="none"/></w:rPr></w:lvl></w:abstractNum>'],
                     ['<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'])
    sp = ('<w:sectPr><w:pgSz w:h="16834" w:w="11909" w:orient="portrait"/>'
          '<w:pgMar w:bottom="1134" w:top="1134" w:left="1701" w:right="851" w:header="720" w:footer="720"/><w:pgNumType w:start="1"/></w:sectPr>')
    return {"word/document.xml": document([head] + b + [end], sp), "word/styles.xml": GD_STYLES,
            "word/numbering.xml": numb}


LO_STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
             '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" '
             'w:eastAsia="Noto Serif CJK SC" w:cs="Lohit Devanagari"/><w:kern w:val="2"/><w:sz w:val="24"/><w:szCs w:val="24"/>'
             '<w:lang w:val="vi-VN" w:eastAsia="zh-CN" w:bidi="hi-IN"/></w:rPr></w:rPrDefault>'
             '<w:pPrDefault><w:pPr><w:suppressAutoHyphens w:val="true"/></w:pPr></w:pPrDefault></w:docDefaults>'
             '<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl/>'
             '<w:bidi w:val="0"/><w:jc w:val="start"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>'
             '<w:color w:val="auto"/><w:kern w:val="2"/><w:sz w:val="28"/><w:szCs w:val="24"/><w:lang w:val="vi-VN" w:eastAsia="zh-CN" w:bidi="hi-IN"/></w:rPr></w:style>'
             '<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/>'
             '<w:pPr><w:spacing w:lineRule="auto" w:line="276" w:before="0" w:after="140"/></w:pPr><w:rPr></w:rPr></w:style>'
             '<w:style w:type="paragraph" w:styleId="TableContents"><w:name w:val="Table Contents"/><w:basedOn w:val="Normal"/>'
             '<w:qFormat/><w:pPr><w:widowControl w:val="false"/><w:suppressLineNumbers/></w:pPr><w:rPr></w:rPr></w:style>'
             '</w:styles>')


@shape
def libreoffice_like():
    """As LibreOffice 7 writes: docDefaults of Liberation Serif 12 under a Normal of Times New Roman
    14, on/off as "true"/"false" (bold switched off with w:val="false" on a run of a bold line),
    alignment "start"/"end", indents as w:start, per-cell borders "nil", Body Text and Table Contents."""
    def lp(style, text, jc=None, b=None, i=False, sz=None, first=None, after=None):
        pp = f'<w:pStyle w:val="{style}"/>'
        if after is not None:
            pp += f'<w:spacing w:before="0" w:after="{after}"/>'
        if first is not None:
            pp += f'<w:ind w:start="0" w:end="0" w:firstLine="{first}"/>'
        if jc:
            pp += f'<w:jc w:val="{jc}"/>'
        rp = ""
        if b is True:
            rp += '<w:b w:val="true"/><w:bCs w:val="true"/>'
        elif b is False:
            rp += '<w:b w:val="false"/><w:bCs w:val="false"/>'
        if i:
            rp += '<w:i/><w:iCs/>'
        if sz:
            rp += f'<w:sz w:val="{sz*2}"/><w:szCs w:val="{sz*2}"/>'
        run = f'<w:r><w:rPr>{rp}</w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r>' if text else ""
        return f'<w:p><w:pPr>{pp}<w:rPr>{rp}</w:rPr></w:pPr>{run}</w:p>'
    nil = '<w:tcBorders>' + "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "start", "bottom", "end", "insideH", "insideV")) + '</w:tcBorders>'
    def lcell(w, *blocks):
        return f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{nil}</w:tcPr>' + "".join(blocks) + "</w:tc>"
    def ltable(widths, cells):
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="start"/><w:tblInd w:w="0" w:type="dxa"/>'
                f'<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="55" w:type="dxa"/><w:start w:w="55" w:type="dxa"/>'
                f'<w:bottom w:w="55" w:type="dxa"/><w:end w:w="55" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
                f'<w:tr>{"".join(cells)}</w:tr></w:tbl>')
    rule = lp("TableContents", "", jc="center").replace("<w:pPr>", "<w:pPr>" + RULE.replace("<w:pBdr>", "<w:pBdr>"))
    left = [lp("TableContents", MANAGING, jc="center", sz=13), lp("TableContents", ISSUER, jc="center", b=True, sz=13), rule,
            lp("TableContents", NUMBER, jc="center", sz=13)]
    right = [lp("TableContents", QH, jc="center", b=True, sz=12), lp("TableContents", TN, jc="center", b=True, sz=13), rule,
             lp("TableContents", DATE, jc="center", i=True, sz=13)]
    head = ltable([3600, 5900], [lcell(3600, *left), lcell(5900, *right)])
    b = [lp("Normal", KIND, jc="center", b=True), lp("Normal", SUBJECT, jc="center", b=True),
         lp("Normal", "", jc="center").replace("<w:pPr>", "<w:pPr>" + RULE)]
    b += [lp("BodyText", t, jc="both", first=567, after=120) for t in BODY]
    for mark, t in POINTS:
        bold = mark.endswith(".") and mark[:-1].isdigit()
        b.append(lp("BodyText", (mark + " " + t) if mark else t, jc="both", first=567, after=120, b=True if bold else None))
    b.append(lp("BodyText", CLOSING, jc="both", first=567, after=120))
    endl = [lp("TableContents", "Nơi nhận:", b=True, i=True, sz=12)] + [lp("TableContents", x, sz=11, b=False) for x in RECIPIENTS]
    endr = [lp("TableContents", a, jc="center", b=True) for a in AUTHORITY] + [lp("TableContents", "")] * 3 + [lp("TableContents", SIGNER, jc="center", b=True)]
    end = ltable([4500, 5000], [lcell(4500, *endl), lcell(5000, *endr)])
    return {"word/document.xml": document([head] + b + [lp("Normal", ""), end]), "word/styles.xml": LO_STYLES}


@shape
def wps_like():
    """As WPS Office writes: runs with w:hint="eastAsia" and an East Asian face beside Times New Roman,
    indents in characters with their twips, spacing in lines, sizes on szCs that differ from sz,
    a three-column header table (an empty column between)."""
    def wr(text, b=False, i=False, sz=14):
        return (f'<w:r><w:rPr><w:rFonts w:hint="eastAsia" w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="SimSun" w:cs="Times New Roman"/>'
                + ("<w:b/>" if b else "") + ("<w:i/>" if i else "")
                + f'<w:sz w:val="{sz*2}"/><w:szCs w:val="24"/><w:lang w:val="vi-VN" w:eastAsia="zh-CN"/></w:rPr>'
                f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r>')
    def wp(text, jc="left", body=False, **kw):
        pp = ('<w:spacing w:before="0" w:beforeLines="0" w:after="120" w:afterLines="50" w:line="240" w:lineRule="auto"/>'
              '<w:ind w:firstLine="560" w:firstLineChars="200"/>') if body else '<w:spacing w:line="240" w:lineRule="auto"/>'
        return f'<w:p><w:pPr><w:keepNext w:val="0"/>{pp}<w:jc w:val="{jc}"/></w:pPr>{wr(text, **kw) if text else ""}</w:p>'
    left, right = header_lines()
    left = [wp(MANAGING, "center", sz=13), wp(ISSUER, "center", b=True, sz=13), line_para(jc="center", extra=RULE), wp(NUMBER, "center", sz=13)]
    right = [wp(QH, "center", b=True, sz=12), wp(TN, "center", b=True, sz=13), line_para(jc="center", extra=RULE), wp(DATE, "center", i=True, sz=13)]
    head = table([3500, 300, 5700], [[cell(3500, *left), cell(300, p()), cell(5700, *right)]])
    b = [wp(KIND, "center", b=True), wp(SUBJECT, "center", b=True), line_para(jc="center", extra=RULE)]
    b += [wp(t, "both", body=True) for t in BODY]
    for mark, t in POINTS:
        bold = mark.endswith(".") and mark[:-1].isdigit()
        b.append(wp((mark + " " + t) if mark else t, "both", body=True, b=bold))
    b.append(wp(CLOSING, "both", body=True))
    endl = [wp("Nơi nhận:", b=True, i=True, sz=12)] + [wp(x, sz=11) for x in RECIPIENTS]
    endr = [wp(a, "center", b=True) for a in AUTHORITY] + [p(), p(), p(), wp(SIGNER, "center", b=True)]
    end = table([4500, 5000], [[cell(4500, *endl), cell(5000, *endr)]])
    return {"word/document.xml": document([head] + b + [p(), end]), "docProps/app.xml": app("WPS Office")}


@shape
def compat_mode():
    """Word 2003-style .docx opened in compatibility mode: compatibilityMode 11, old compat
    switches, the rules under the header drawn as VML lines (w:pict v:line), no w14."""
    vline = ('<w:r><w:pict><v:line id="_x0000_s1026" style="position:absolute;z-index:251657728" from="60pt,2pt" to="130pt,2pt" '
             'strokeweight=".5pt"/></w:pict></w:r>')
    left = [p(r(MANAGING, sz=13), jc="center"), p(r(ISSUER, b=True, sz=13), vline, jc="center"), p(r(NUMBER, sz=13), jc="center", before=240)]
    right = [p(r(QH, b=True, sz=12), jc="center"), p(r(TN, b=True, sz=13), vline, jc="center"), p(r(DATE, i=True, sz=13), jc="center", before=240)]
    head = table([3600, 5900], [[cell(3600, *left), cell(5900, *right)]])
    t = [p(r(KIND, b=True, sz=14), jc="center", before=240), p(r(SUBJECT, b=True, sz=14), vline, jc="center")]
    blocks = [head] + t + [p()] + body() + [p(), end_table()]
    comp = ('<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/>'
            '<w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>'
            '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="11"/></w:compat>')
    return {"word/document.xml": document(blocks), "word/settings.xml": settings(comp)}


@shape
def drawn_rules():
    """Word 16: the rules under the issuer, the Tiêu ngữ and the trích yếu drawn as line shapes
    (DrawingML wps with a VML v:line fallback) anchored in those lines."""
    def dline(n):
        return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" '
                'simplePos="0" relativeHeight="251660288" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
                '<wp:positionH relativeFrom="column"><wp:posOffset>700000</wp:posOffset></wp:positionH>'
                '<wp:positionV relativeFrom="paragraph"><wp:posOffset>220000</wp:posOffset></wp:positionV><wp:extent cx="800000" cy="0"/>'
                f'<wp:effectExtent l="0" t="0" r="0" b="19050"/><wp:wrapNone/><wp:docPr id="{n}" name="Straight Connector {n}"/><wp:cNvGraphicFramePr/>'
                '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvCnPr/>'
                '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="800000" cy="0"/></a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom>'
                '<a:ln w="6350"/></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
                f'<mc:Fallback><w:pict><v:line id="Straight Connector {n}" o:spid="_x0000_s10{n}" style="position:absolute;z-index:251660288" '
                'from="55.1pt,17.3pt" to="118.1pt,17.3pt" strokeweight=".5pt"/></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    left = [p(r(MANAGING, sz=13), jc="center"), p(r(ISSUER, b=True, sz=13), dline(1), jc="center"), p(r(NUMBER, sz=13), jc="center", before=240)]
    right = [p(r(QH, b=True, sz=12), jc="center"), p(r(TN, b=True, sz=13), dline(2), jc="center"), p(r(DATE, i=True, sz=13), jc="center", before=240)]
    head = table([3600, 5900], [[cell(3600, *left), cell(5900, *right)]])
    t = [p(r(KIND, b=True, sz=14), jc="center", before=240), p(r(SUBJECT, b=True, sz=14), dline(3), jc="center"), p()]
    return {"word/document.xml": document([head] + t + body() + [p(), end_table()])}


@shape
def nested_header():
    """A template whose header table sits in a one-cell outer table (a frame), and whose
    end block table floats (tblpPr) below the body."""
    outer = table([9500], [[cell(9500, header_table(), p())]])
    end = end_table().replace('<w:tblLayout w:type="fixed"/>',
                              '<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="text" w:tblpY="200"/><w:tblLayout w:type="fixed"/>', 1)
    return {"word/document.xml": document([outer] + title() + body() + [p(), end, p()])}


@shape
def strict_ooxml():
    """Word's "Strict Open XML Document": the strict namespaces (purl.oclc.org), on/off as
    "true"/"false"."""
    doc = base().replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main")
    doc = doc.replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships")
    doc = doc.replace("<w:b/>", '<w:b w:val="true"/>').replace("<w:i/>", '<w:i w:val="true"/>')
    st = (STYLES_WORD % "").replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main")
    return {"word/document.xml": doc, "word/styles.xml": st}


@shape
def caps_property():
    """Word 16 template: the header's and the signer's capitals made by w:caps over words typed
    in small letters ("Sở Tài chính", "Kt. Giám đốc")."""
    c = "<w:caps/>"
    left = [p(r("Ủy ban nhân dân tỉnh Quảng Trị".replace("Ủy ban nhân dân tỉnh", "UBND tỉnh"), sz=13, extra=c), jc="center"),
            p(r("Sở Tài chính", b=True, sz=13, extra=c), jc="center"), line_para(jc="center", extra=RULE), p(r(NUMBER, sz=13), jc="center")]
    right = [p(r("Cộng hòa xã hội chủ nghĩa Việt Nam", b=True, sz=12, extra=c), jc="center"), p(r(TN, b=True, sz=13), jc="center"),
             line_para(jc="center", extra=RULE), p(r(DATE, i=True, sz=13), jc="center")]
    head = table([3600, 5900], [[cell(3600, *left), cell(5900, *right)]])
    t = [p(r("Thông báo", b=True, sz=14, extra=c), jc="center", before=240), p(r(SUBJECT, b=True, sz=14), jc="center"), line_para(jc="center", extra=RULE)]
    endl = [p(r("Nơi nhận:", b=True, i=True, sz=12))] + [p(r(x, sz=11)) for x in RECIPIENTS]
    endr = [p(r("KT. Giám đốc", b=True, sz=14, extra=c), jc="center"), p(r("Phó Giám đốc", b=True, sz=14, extra=c), jc="center"),
            p(), p(), p(), p(r(SIGNER, b=True, sz=14), jc="center")]
    end = table([4500, 5000], [[cell(4500, *endl), cell(5000, *endr)]])
    return {"word/document.xml": document([head] + t + body() + [p(), end])}



@shape
def group_header():
    """Word 16 template: the header drawn as one group shape (wpg:wgp) of two text boxes and two
    connector lines, with its VML fallback (v:group of v:shape text boxes and v:line)."""
    left, right = header_lines()
    left = [x for x in left if "pBdr" not in x]
    right = [x for x in right if "pBdr" not in x]
    lc = "<w:txbxContent>" + "".join(left) + "</w:txbxContent>"
    rc = "<w:txbxContent>" + "".join(right) + "</w:txbxContent>"
    def wsp(n, x, cx, content):
        return (f'<wps:wsp><wps:cNvPr id="{n}" name="Text Box {n}"/><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="{x}" y="0"/>'
                f'<a:ext cx="{cx}" cy="1000000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></wps:spPr>'
                f'<wps:txbx>{content}</wps:txbx><wps:bodyPr/></wps:wsp>')
    def cxn(n, x):
        return (f'<wps:wsp><wps:cNvPr id="{n}" name="Connector {n}"/><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="{x}" y="480000"/>'
                f'<a:ext cx="900000" cy="0"/></a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom></wps:spPr><wps:bodyPr/></wps:wsp>')
    choice = ('<mc:Choice Requires="wpg"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
              'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
              '<wp:positionH relativeFrom="column"><wp:posOffset>-300000</wp:posOffset></wp:positionH>'
              '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="6300000" cy="1000000"/>'
              '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="10" name="Group 10"/><wp:cNvGraphicFramePr/>'
              '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp><wpg:cNvGrpSpPr/>'
              '<wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="6300000" cy="1000000"/><a:chOff x="0" y="0"/><a:chExt cx="6300000" cy="1000000"/></a:xfrm></wpg:grpSpPr>'
              + wsp(11, 0, 2500000, lc) + wsp(12, 2600000, 3700000, rc) + cxn(13, 800000) + cxn(14, 4000000)
              + '</wpg:wgp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>')
    fallback = ('<mc:Fallback><w:pict><v:group id="Group 10" o:spid="_x0000_s1030" style="position:absolute;margin-left:-23.6pt;margin-top:0;'
                'width:496pt;height:78.75pt;z-index:251659264" coordsize="63000,10000">'
                f'<v:shape id="Text Box 11" o:spid="_x0000_s1031" type="#_x0000_t202" style="position:absolute;width:25000;height:10000" filled="f" stroked="f"><v:textbox>{lc}</v:textbox></v:shape>'
                f'<v:shape id="Text Box 12" o:spid="_x0000_s1032" type="#_x0000_t202" style="position:absolute;left:26000;width:37000;height:10000" filled="f" stroked="f"><v:textbox>{rc}</v:textbox></v:shape>'
                '<v:line id="Connector 13" o:spid="_x0000_s1033" style="position:absolute" from="8000,4800" to="17000,4800"/>'
                '<v:line id="Connector 14" o:spid="_x0000_s1034" style="position:absolute" from="40000,4800" to="49000,4800"/>'
                '</v:group></w:pict></mc:Fallback>')
    anchor = p("<w:r><mc:AlternateContent>" + choice + fallback + "</mc:AlternateContent></w:r>")
    return {"word/document.xml": document([anchor, p(), p(), p(), p()] + title() + body() + [p(), end_table()])}


@shape
def mail_merge():
    """A mail-merge result kept with its fields: MERGEFIELDs nested in an IF field (complex
    fields within fields), the results shown; a smartTag and a customXml around runs as Word 2007 kept them."""
    def begin(rp=""):
        return f'<w:r>{rp}<w:fldChar w:fldCharType="begin"/></w:r>'
    def instr(t, rp=""):
        return f'<w:r>{rp}<w:instrText xml:space="preserve">{esc(t)}</w:instrText></w:r>'
    def sep(rp=""):
        return f'<w:r>{rp}<w:fldChar w:fldCharType="separate"/></w:r>'
    def end(rp=""):
        return f'<w:r>{rp}<w:fldChar w:fldCharType="end"/></w:r>'
    rp = rpr(sz=14)
    merged = (begin(rp) + instr(" IF ", rp) + begin(rp) + instr(" MERGEFIELD GioiTinh ", rp) + sep(rp) + r("Bà", sz=14) + end(rp)
              + instr(' = "Bà" "bà" "ông" ', rp) + sep(rp) + r("bà", sz=14) + end(rp))
    name = begin(rp) + instr(" MERGEFIELD HoTen ", rp) + sep(rp) + r("Trần Thị Hoa", sz=14) + end(rp)
    b = body()
    b.insert(4, bp(r("Giao ", sz=14), merged, r(" ", sz=14), name,
                   r(", Trưởng phòng Tài chính hành chính sự nghiệp, theo dõi, đôn đốc các đơn vị thực hiện.", sz=14)))
    b[0] = bp('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">'
              '<w:smartTagPr><w:attr w:name="country-region" w:val="VN"/></w:smartTagPr>'
              + r("Căn cứ Quyết định số 1250/QĐ-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh Quảng Trị") + "</w:smartTag>",
              '<w:customXml w:element="noidung">' + r(" về việc giao dự toán ngân sách năm 2026; trên cơ sở hồ sơ đề nghị của các đơn vị, Sở Tài chính thông báo kết quả thẩm định dự toán mua sắm tài sản năm 2026 như sau:") + "</w:customXml>")
    return {"word/document.xml": base(b)}


@shape
def list_styles():
    """Word 16: a multilevel list defined by a list style (numStyleLink/styleLink), headings
    numbered through their paragraph style, one heading taken off the list by numId 0,
    legal numbering (isLgl) and a space (w:suff) after each label."""
    abstract_def = ('<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/><w:styleLink w:val="DanhSachVB"/>'
                    + lvl(0, "decimal", "%1.", ind=567).replace("</w:lvlJc>", "").replace('<w:lvlJc w:val="left"/>', '<w:suff w:val="space"/><w:lvlJc w:val="left"/>')
                    + lvl(1, "lowerLetter", "%2)", ind=567).replace('<w:lvlJc w:val="left"/>', '<w:suff w:val="space"/><w:lvlJc w:val="left"/>')
                    + "</w:abstractNum>")
    abstract_use = '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/><w:numStyleLink w:val="DanhSachVB"/></w:abstractNum>'
    nums = ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>', '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>']
    styles = ('<w:style w:type="numbering" w:customStyle="1" w:styleId="DanhSachVB"><w:name w:val="DanhSachVB"/>'
              '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Muc"><w:name w:val="Muc"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:numPr><w:numId w:val="2"/></w:numPr><w:spacing w:after="120"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr>'
              '<w:rPr><w:b/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Diem"><w:name w:val="Diem"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr><w:spacing w:after="120"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr></w:style>')
    def sp(sid, text, extra=""):
        return f'<w:p><w:pPr><w:pStyle w:val="{sid}"/>{extra}</w:pPr>{r(text)}</w:p>'
    b = [bp(r(BODY[0])), sp("Muc", "Về kết quả thẩm định"),
         sp("Diem", "Trung tâm Tư vấn và Dịch vụ tài chính: dự toán được thẩm định là 1.250 triệu đồng, bằng 96% số đề nghị;"),
         sp("Diem", "Văn phòng Sở: dự toán được thẩm định là 850 triệu đồng, bằng số đề nghị."),
         sp("Muc", "Về tổ chức thực hiện"),
         sp("Muc", "Các đơn vị căn cứ kết quả thẩm định, tổ chức mua sắm đúng quy định; báo cáo kết quả về Sở Tài chính trước ngày 31/12/2026.",
            '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>').replace("<w:r>", '<w:r><w:rPr><w:b w:val="0"/></w:rPr>', 1).replace("<w:rPr><w:b w:val=\"0\"/></w:rPr><w:t", "<w:rPr><w:b w:val=\"0\"/></w:rPr><w:t"),
         bp(r(CLOSING))]
    return {"word/document.xml": base(b), "word/styles.xml": STYLES_WORD % styles,
            "word/numbering.xml": numbering([abstract_def, abstract_use], nums)}



@shape
def universal_measures():
    """As the "docx" JavaScript library writes when given lengths with units (ECMA-376 Part 1,
    ST_PositiveUniversalMeasure / ST_UniversalMeasure): sizes "13pt", "14pt", indents "1cm",
    spacing "6pt", margins "2cm", "3cm", "1.5cm", cell widths "63.5mm"."""
    doc = base()
    for hp in (22, 24, 26, 28):
        doc = doc.replace(f'w:val="{hp}"/>', f'w:val="{hp // 2}pt"/>')
    doc = doc.replace('w:firstLine="567"', 'w:firstLine="1cm"').replace('w:after="120"', 'w:after="6pt"').replace('w:before="240"', 'w:before="12pt"')
    doc = doc.replace('w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="720" w:footer="720"',
                      'w:top="2cm" w:right="1.5cm" w:bottom="2cm" w:left="3cm" w:header="0.5in" w:footer="0.5in"')
    doc = doc.replace('<w:pgSz w:w="11906" w:h="16838"/>', '<w:pgSz w:w="210mm" w:h="297mm"/>')
    doc = doc.replace('w:w="3600" w:type="dxa"', 'w:w="63.5mm" w:type="dxa"')
    return {"word/document.xml": doc, "docProps/app.xml": app("docx (JavaScript)")}



@shape
def frames():
    """A Word 97-2003 template saved as .docx: the issuer's block and the Quốc hiệu's block in
    two frames (paragraphs with w:framePr, anchored to the page), the Tiêu ngữ underlined by its
    own underline (w:u, a line as long as the words), empty paragraphs and a _GoBack bookmark before."""
    fl = '<w:framePr w:w="3600" w:hSpace="180" w:wrap="around" w:vAnchor="page" w:hAnchor="page" w:x="1300" w:y="1134"/>'
    fr = '<w:framePr w:w="5900" w:hSpace="180" w:wrap="around" w:vAnchor="page" w:hAnchor="page" w:x="5000" w:y="1134"/>'
    left = [p(r(MANAGING, sz=13), jc="center", extra=fl), p(r(ISSUER, b=True, sz=13), jc="center", extra=fl + RULE.replace("top", "bottom")),
            p(r(NUMBER, sz=13), jc="center", before=120, extra=fl)]
    right = [p(r(QH, b=True, sz=12), jc="center", extra=fr), p(r(TN, b=True, u=True, sz=13), jc="center", extra=fr),
             p(r(DATE, i=True, sz=13), jc="center", before=120, extra=fr)]
    gb = p('<w:bookmarkStart w:id="9" w:name="_GoBack"/><w:bookmarkEnd w:id="9"/>')
    return {"word/document.xml": document([gb] + left + right + [p(), p(), p()] + title() + body() + [p(), end_table()])}


@shape
def alt_chunk():
    """A program that writes the body as HTML embedded by w:altChunk (the OpenXML SDK's way of
    putting HTML in a Word file), the header and end block as Word tables around it."""
    html = ('<html><head><meta charset="utf-8"><style>p{font-family:"Times New Roman";font-size:14pt;text-align:justify;'
            'text-indent:1cm;margin:0 0 6pt 0}</style></head><body>'
            + "".join(f"<p>{esc(t)}</p>" for t in BODY)
            + "".join(f"<p>{'<b>' if m in ('1.', '2.') else ''}{esc((m + ' ' + t) if m else t)}{'</b>' if m in ('1.', '2.') else ''}</p>" for m, t in POINTS)
            + f"<p>{esc(CLOSING)}</p></body></html>")
    blocks = [header_table()] + title() + ['<w:altChunk r:id="rIdA1"/>', p(), end_table()]
    return {"word/document.xml": document(blocks), "word/afchunk.htm": html,
            "_rels": ['<Relationship Id="rIdA1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="afchunk.htm"/>']}



def picture(n, cx, cy, anchor=False):
    graphic = ('<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
               '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr>'
               f'<pic:cNvPr id="{n}" name="Picture {n}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdP1"/>'
               '<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/>'
               f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
               '</a:graphicData></a:graphic>')
    if anchor:
        return ('<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251658240" '
                'behindDoc="1" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
                '<wp:positionH relativeFrom="column"><wp:posOffset>300000</wp:posOffset></wp:positionH>'
                '<wp:positionV relativeFrom="paragraph"><wp:posOffset>-200000</wp:posOffset></wp:positionV>'
                f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
                f'<wp:docPr id="{n}" name="Picture {n}"/><wp:cNvGraphicFramePr/>{graphic}</wp:anchor></w:drawing></w:r>')
    return (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
            f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{n}" name="Picture {n}"/><wp:cNvGraphicFramePr/>'
            f'{graphic}</wp:inline></w:drawing></w:r>')


PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e221bc330000000049454e44ae426082")


@shape
def signature_image():
    """A signed copy as offices publish it: the header table with one line per row (rows, not
    paragraphs, hold the lines), the signature an inline picture between the title and the
    name, the seal a floating picture behind the text."""
    rows = [[cell(3600, p(r(MANAGING, sz=13), jc="center")), cell(5900, p(r(QH, b=True, sz=12), jc="center"))],
            [cell(3600, p(r(ISSUER, b=True, sz=13), jc="center", extra=RULE.replace("top", "bottom"))),
             cell(5900, p(r(TN, b=True, sz=13), jc="center", extra=RULE.replace("top", "bottom")))],
            [cell(3600, p(r(NUMBER, sz=13), jc="center", before=120)), cell(5900, p(r(DATE, i=True, sz=13), jc="center", before=120))]]
    head = table([3600, 5900], rows)
    left = [p(r("Nơi nhận:", b=True, i=True, sz=12))] + [p(r(x, sz=11)) for x in RECIPIENTS]
    right = [p(r(a, b=True, sz=14), jc="center") for a in AUTHORITY]
    right += [p(picture(21, 1400000, 700000), picture(22, 1500000, 1500000, anchor=True), jc="center"),
              p(r(SIGNER, b=True, sz=14), jc="center")]
    end = table([4500, 5000], [[cell(4500, *left), cell(5000, *right)]])
    return {"word/document.xml": document([head] + title() + body() + [p(), end]), "word/media/image1.png": PNG,
            "_rels": ['<Relationship Id="rIdP1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>']}



@shape
def subject_two_paragraphs():
    """Word 16: a long trích yếu broken into two centred bold paragraphs with Enter (not
    Shift+Enter), the rule under it a bottom border of the second, the date's place line in
    two runs of different rsids."""
    t = [p(r(KIND, b=True, sz=14), jc="center", before=240),
         p(r("Kết quả thẩm định dự toán mua sắm tài sản năm 2026", b=True, sz=14), jc="center"),
         p(r("của các đơn vị thuộc Sở", b=True, sz=14), jc="center", extra=RULE.replace("top", "bottom").replace('w:space="1"', 'w:space="6"')),
         p()]
    return {"word/document.xml": document([header_table()] + t + body() + [p(), end_table()])}


def main():
    for name, f in SHAPES.items():
        pack(name, f())


if __name__ == "__main__":
    main()
