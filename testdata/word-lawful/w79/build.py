#!/usr/bin/env python3
"""Builds the lawful Word files of w79, a fourth pass after p75b, w76 and w78 (see README.md).

p75b's blocks and w76's packing are imported (through w78's build.py); the documents are new: joint notices (two or
three bodies issuing one THÔNG BÁO: two issuers in the header, one number or two, the
signatures side by side in a borderless table with Nơi nhận under or beside them, a third
signer), and other kinds laid out in Word (a Công văn with V/v and Kính gửi, a Quyết định
with Điều 1 to 3, a Giấy mời, a Tờ trình, a Kế hoạch whose task table spans pages, a Báo
cáo with a table of figures and a landscape Phụ lục, a Biên bản signed by two parties side
by side), and Word habits of the header (the issuer's rule the bottom border of a short
cell, the Tiêu ngữ's a paragraph border, the page number in a header from page 2).
The texts of the other kinds are p79's lawful texts (testdata/lawful/p79/).
python3 build.py
"""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("w78_build", os.path.join(HERE, "..", "w78", "build.py"))
w78 = importlib.util.module_from_spec(_spec)  # w78's loader: w78.w is w76's pack, w78.b p75b's blocks
_spec.loader.exec_module(w78)
w = w78.w
w.HERE = HERE  # pack writes here
b = w.b
p, r, table, cell = b.p, b.r, b.table, b.cell
RULE, A4 = b.RULE, b.A4
QH, TN = b.QH, b.TN
BORDERED = b.NOBORDERS.replace('"nil"', '"single" w:sz="4" w:space="0" w:color="auto"')
TN_BORDER = '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'

SHAPES = {}


def shape(f):
    SHAPES[f.__name__.replace("_", "-") + ".docx"] = f
    return f


# ------------------------------------------------------------- building blocks

def c(text, sz=13, b_=False, i=False, jc="center", **kw):
    """A centred line of the header or of the end block."""
    return p(r(text, b=b_, i=i, sz=sz), jc=jc, **kw)


def rule():
    return b.line_para(jc="center", extra=RULE)


def left_block(lines, number, vv=None):
    """lines: (text, bold) of the managing body and the issuer, then the rule and the number;
    a Công văn's V/v under the number, 6 pt below it."""
    out = [c(t, b_=bold) for t, bold in lines] + [rule(), c(number)]
    if vv:
        out.append(c(vv, sz=12, before=120))
    return out


def right_block(date):
    return [c(QH, sz=12, b_=True), c(TN, b_=True), rule(), c(date, i=True)]


def header(left, right, wl=3600, wr=5900):
    return table([wl, wr], [[cell(wl, *left), cell(wr, *right)]])


def title(kind, subject):
    return [c(kind, sz=14, b_=True, before=240), c(subject, sz=14, b_=True), rule()]


def bp(text, bold=False, italic=False, label=None):
    """A body paragraph: justified, indented 1 cm, 6 pt after; label: a bold lead-in."""
    runs = (r(label, b=True, sz=14) if label else "") + r(text, b=bold, i=italic, sz=14)
    return p(runs, jc="both", first=567, after=120)


def signature(auth, name, sz=14):
    """The authority and title lines, room for the signature, the name."""
    return [c(a, sz=sz, b_=True) for a in auth] + [p(), p(), p(), c(name, sz=sz, b_=True)]


def recipients(lines):
    return [p(r("Nơi nhận:", b=True, i=True, sz=12))] + [p(r(x, sz=11)) for x in lines]


def end_block(recips, auth, name):
    return table([4500, 5000], [[cell(4500, *recipients(recips)), cell(5000, *signature(auth, name))]])


def page_header_sect(extra=""):
    """A4 portrait, the page number by a PAGE field centred in the header from page 2."""
    refs = f'<w:headerReference w:type="default" r:id="rIdS{sorted(w.REL_TYPES).index("header1.xml")}"/>'
    return b.sect(refs, "<w:titlePg/>" + extra)


def with_page_numbers(doc_blocks, sectpr=None):
    return {"word/document.xml": b.document(doc_blocks, sectpr or page_header_sect()),
            "word/header1.xml": b.PAGE_HEADER}


# ------------------------------------------------------------- joint notices

JOINT_BODY = [
    "Căn cứ Luật Giá số 16/2023/QH15 ngày 19 tháng 6 năm 2023;",
    "Căn cứ Nghị định số 10/2021/NĐ-CP ngày 09 tháng 02 năm 2021 của Chính phủ về quản lý chi phí đầu tư xây dựng;",
    "Liên Sở Tài chính - Sở Xây dựng thông báo giá vật liệu xây dựng trên địa bàn tỉnh Nghệ An tháng 11 năm 2026 như sau:",
    "1. Giá vật liệu xây dựng tại Phụ lục kèm theo Thông báo này là giá bán tại nơi sản xuất hoặc tại trung tâm các xã, phường, chưa bao gồm thuế giá trị gia tăng.",
    "2. Chủ đầu tư, đơn vị tư vấn tham khảo giá tại Thông báo này để lập, điều chỉnh dự toán xây dựng công trình; trường hợp giá thị trường biến động khác với giá công bố, chủ đầu tư tổ chức khảo sát giá theo quy định.",
    "3. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các cơ quan, đơn vị phản ánh về Sở Xây dựng để tổng hợp, xem xét giải quyết./.",
]
JOINT_RECIPS = ["- UBND tỉnh (b/c);", "- Các sở, ban, ngành cấp tỉnh;", "- UBND các xã, phường;", "- Lưu: VT STC, VT SXD."]
SIG_SXD = (["KT. GIÁM ĐỐC SỞ XÂY DỰNG", "PHÓ GIÁM ĐỐC"], "Hoàng Văn Thanh")
SIG_STC = (["KT. GIÁM ĐỐC SỞ TÀI CHÍNH", "PHÓ GIÁM ĐỐC"], "Nguyễn Thị Hương")


def joint_head(issuer="SỞ TÀI CHÍNH - SỞ XÂY DỰNG", number="Số: 15/TB-STC-SXD"):
    left = left_block([("UBND TỈNH NGHỆ AN", False), (issuer, True)], number)
    return header(left, right_block("Nghệ An, ngày 01 tháng 12 năm 2026"), 4400, 5300)


def joint_title():
    return title("THÔNG BÁO", "Giá vật liệu xây dựng trên địa bàn tỉnh Nghệ An tháng 11 năm 2026")


def signatures_row(*sigs, widths=None):
    widths = widths or [9700 // len(sigs)] * len(sigs)
    return table(widths, [[cell(wd, *signature(a, n)) for wd, (a, n) in zip(widths, sigs)]])


@shape
def joint_one_number():
    """A joint notice of two Sở (liên ngành): the issuers on one line of the header joined by
    " - " under their managing body, one number of both ("15/TB-STC-SXD"); the two signatures
    side by side in a borderless table of two cells (the Sở that drafted at the left), the
    Nơi nhận under the table at the margin; the page number in a header from page 2."""
    blocks = [joint_head()] + joint_title() + [bp(t) for t in JOINT_BODY] + [p(), signatures_row(SIG_SXD, SIG_STC), p()] + recipients(JOINT_RECIPS)
    return with_page_numbers(blocks)


@shape
def joint_three_columns():
    """The same joint notice with its end block in one borderless table of three columns:
    Nơi nhận at the left, then the two signatures, as some offices' templates set it (the
    titles wrapped by the narrow cells, 13 pt)."""
    ws = [3100, 3300, 3300]
    row = [cell(ws[0], *recipients(JOINT_RECIPS))] + [cell(wd, *signature(a, n, sz=13)) for wd, (a, n) in zip(ws[1:], [SIG_SXD, SIG_STC])]
    blocks = [joint_head()] + joint_title() + [bp(t) for t in JOINT_BODY] + [p(), table(ws, [row])]
    return {"word/document.xml": b.document(blocks)}


@shape
def joint_two_numbers():
    """A joint notice of a Sở Y tế and a Sở Giáo dục và Đào tạo, each with its own number: the
    header a borderless table of three columns, each issuer under the managing body with its
    rule and its number, the Quốc hiệu's column at the right; the signatures side by side
    (the Sở that drafted at the right), Nơi nhận under them."""
    sz = 13
    col1 = [c("UBND TỈNH QUẢNG TRỊ", sz), c("SỞ Y TẾ", sz, True), rule(), c("Số: 210/TB-SYT", 13)]
    col2 = [c("UBND TỈNH QUẢNG TRỊ", sz), c("SỞ GIÁO DỤC VÀ ĐÀO TẠO", sz, True), rule(), c("Số: 305/TB-SGDĐT", 13)]
    col3 = right_block("Quảng Trị, ngày 25 tháng 11 năm 2026")
    ws = [2900, 3300, 4800]
    head = table(ws, [[cell(ws[0], *col1), cell(ws[1], *col2), cell(ws[2], *col3)]], extra='<w:tblInd w:w="-567" w:type="dxa"/>')
    body = [
        "Thực hiện Kế hoạch số 95/KH-UBND ngày 10 tháng 9 năm 2026 của Ủy ban nhân dân tỉnh về công tác y tế trường học năm học 2026 - 2027, Sở Y tế và Sở Giáo dục và Đào tạo thông báo kế hoạch khám sức khỏe định kỳ cho học sinh như sau:",
        "1. Đối tượng: học sinh các trường tiểu học, trung học cơ sở và trung học phổ thông trên địa bàn tỉnh.",
        "2. Thời gian: từ ngày 05 tháng 01 năm 2027 đến ngày 30 tháng 4 năm 2027.",
        "3. Trạm Y tế các xã, phường phối hợp với nhà trường lập danh sách, tổ chức khám và ghi kết quả vào sổ theo dõi sức khỏe học sinh; các trường bố trí phòng khám và thông báo lịch khám đến cha mẹ học sinh.",
        "Sở Y tế và Sở Giáo dục và Đào tạo thông báo để các đơn vị biết, phối hợp thực hiện./.",
    ]
    sigs = ((["KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO", "PHÓ GIÁM ĐỐC"], "Trần Văn Lợi"), (["KT. GIÁM ĐỐC SỞ Y TẾ", "PHÓ GIÁM ĐỐC"], "Lê Thị Minh Hằng"))
    recips = ["- UBND tỉnh (b/c);", "- Trung tâm Kiểm soát bệnh tật tỉnh;", "- Trạm Y tế các xã, phường;", "- Các trường tiểu học, THCS, THPT;", "- Lưu: VT SYT, VT SGDĐT."]
    blocks = ([head] + title("THÔNG BÁO", "Kế hoạch khám sức khỏe định kỳ cho học sinh năm học 2026 - 2027") + [bp(t) for t in body]
              + [p(), signatures_row(*sigs), p()] + recipients(recips))
    return {"word/document.xml": b.document(blocks)}


@shape
def joint_three_signers():
    """A joint notice of three Sở: the three issuers in the header on two lines, one number of
    the three; the end block a borderless table, the first two signatures side by side in its
    first row and the third centred in the second row (the two cells merged), Nơi nhận under
    the table."""
    left = [c("UBND TỈNH NGHỆ AN"), c("SỞ TÀI CHÍNH - SỞ XÂY DỰNG", b_=True), c("SỞ CÔNG THƯƠNG", b_=True), rule(),
            c("Số: 22/TB-STC-SXD-SCT")]
    head = header(left, right_block("Nghệ An, ngày 03 tháng 12 năm 2026"), 4400, 5300)
    body = [
        "Căn cứ Luật Giá số 16/2023/QH15 ngày 19 tháng 6 năm 2023;",
        "Liên Sở Tài chính - Sở Xây dựng - Sở Công Thương thông báo giá vật liệu xây dựng và giá điện, nhiên liệu dùng trong thi công xây dựng trên địa bàn tỉnh Nghệ An tháng 11 năm 2026 như sau:",
        "1. Giá vật liệu xây dựng, giá điện và giá nhiên liệu tại Phụ lục kèm theo Thông báo này chưa bao gồm thuế giá trị gia tăng.",
        "2. Chủ đầu tư, đơn vị tư vấn tham khảo giá tại Thông báo này để lập, điều chỉnh dự toán xây dựng công trình.",
        "3. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các cơ quan, đơn vị phản ánh về Sở Xây dựng để tổng hợp, xem xét giải quyết./.",
    ]
    sig_sct = (["KT. GIÁM ĐỐC SỞ CÔNG THƯƠNG", "PHÓ GIÁM ĐỐC"], "Phan Đình Quý")
    ws = [4850, 4850]
    rows = [[cell(ws[0], *signature(*SIG_SXD)), cell(ws[1], *signature(*SIG_STC))],
            [cell(9700, p(), *signature(*sig_sct), extra='<w:gridSpan w:val="2"/>')]]
    recips = ["- UBND tỉnh (b/c);", "- Các sở, ban, ngành cấp tỉnh;", "- UBND các xã, phường;", "- Lưu: VT STC, VT SXD, VT SCT."]
    blocks = ([head] + title("THÔNG BÁO", "Giá vật liệu xây dựng, giá điện và giá nhiên liệu trên địa bàn tỉnh Nghệ An tháng 11 năm 2026")
              + [bp(t) for t in body] + [p(), table(ws, rows), p()] + recipients(recips))
    return {"word/document.xml": b.document(blocks)}


# ------------------------------------------------------------- other kinds

def lawful_text(name):
    with open(os.path.join(HERE, "..", "..", "lawful", "p79", name + ".txt"), encoding="utf-8") as f:
        return [x for x in f.read().splitlines() if x.strip()]


@shape
def cong_van():
    """A Công văn: the number and under it "V/v ..." (12 pt, 6 pt below) in the header's left
    column; "Kính gửi:" with its two addressees by a hanging indent and a tab (the dashes
    under one another); Nơi nhận opening with "- Như trên;"; the page number from page 2."""
    t = lawful_text("cong-van-kinh-gui")
    left = left_block([(t[0], False), (t[1], True)], t[4], vv=t[5])
    head = header(left, right_block(t[6]))
    tabs = '<w:tabs><w:tab w:val="left" w:pos="3402"/></w:tabs>'
    kg = [f'<w:p><w:pPr>{tabs}<w:spacing w:before="240"/><w:ind w:left="3402" w:hanging="1134"/></w:pPr>'
          + r("Kính gửi:", sz=14) + '<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:tab/></w:r>' + r(t[8], sz=14) + '</w:p>',
          f'<w:p><w:pPr><w:spacing w:after="240"/><w:ind w:left="3402"/></w:pPr>' + r(t[9], sz=14) + '</w:p>']
    body = [bp(x) for x in t[10:15]]
    end = end_block(t[16:20], t[20:22], t[22])
    return with_page_numbers([head] + kg + body + [p(), end])


@shape
def quyet_dinh():
    """A Quyết định cá biệt of a Chủ tịch UBND xã (Mẫu 1.2): the issuer on two bold lines, the
    authority above the căn cứ (bold, centred), the căn cứ in italics, "QUYẾT ĐỊNH:" bold and
    centred, Điều 1 to 3 with the word and number bold; Nơi nhận "- Như Điều 3;"; the page
    number from page 2."""
    left = left_block([("ỦY BAN NHÂN DÂN", True), ("XÃ HẢI LĂNG", True)], "Số: 412/QĐ-UBND")
    head = header(left, right_block("Hải Lăng, ngày 28 tháng 11 năm 2026"))
    cc = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
          "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
          "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;",
          "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội."]
    art = [("Điều 1. ", "Tặng Giấy khen cho 02 tập thể và 03 cá nhân đã có thành tích xuất sắc trong phong trào xây dựng nông thôn mới năm 2026 (có danh sách kèm theo)."),
           ("Điều 2. ", "Mỗi tập thể được thưởng 1.000.000 đồng, mỗi cá nhân được thưởng 500.000 đồng, chi từ Quỹ thi đua, khen thưởng của xã năm 2026."),
           ("Điều 3. ", "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã, Trưởng phòng Văn hóa - Xã hội, Trưởng phòng Kinh tế, các tập thể và cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")]
    blocks = ([head] + title("QUYẾT ĐỊNH", "Về việc tặng Giấy khen cho tập thể, cá nhân có thành tích xuất sắc trong phong trào xây dựng nông thôn mới năm 2026")
              + [c("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HẢI LĂNG", 14, True, before=240, after=120)] + [bp(x, italic=True) for x in cc]
              + [c("QUYẾT ĐỊNH:", 14, True, before=120, after=120)] + [bp(x, label=l) for l, x in art]
              + [p(), end_block(["- Như Điều 3;", "- Các Phó Chủ tịch Ủy ban nhân dân xã;", "- Lưu: VT, VHXH."], ["CHỦ TỊCH"], "Hoàng Văn Dũng")])
    return with_page_numbers(blocks)


DRAWN_LINE = ('<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
              'relativeHeight="251660288" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
              '<wp:positionH relativeFrom="column"><wp:posOffset>640080</wp:posOffset></wp:positionH>'
              '<wp:positionV relativeFrom="paragraph"><wp:posOffset>210000</wp:posOffset></wp:positionV>'
              '<wp:extent cx="720000" cy="0"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
              '<wp:docPr id="11" name="Straight Connector 11"/><wp:cNvGraphicFramePr/>'
              '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
              '<wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="720000" cy="0"/></a:xfrm>'
              '<a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="6350"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill></a:ln></wps:spPr>'
              '<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')


@shape
def giay_moi():
    """A Giấy mời (Mẫu 1.7) of a UBND xã: the issuer's rule a straight connector anchored in
    its paragraph (no rule paragraph), the Tiêu ngữ's rule a bottom border of its paragraph;
    "Thời gian:" and "Địa điểm:" with bold labels; signed TL. by the Chánh Văn phòng."""
    t = lawful_text("giay-moi")
    left = [c(t[0], b_=True), p(r(t[1], b=True, sz=13), DRAWN_LINE, jc="center", after=120), c(t[4])]
    right = [c(QH, sz=12, b_=True), c(TN, b_=True, extra=TN_BORDER, after=120), c(t[5], i=True)]
    head = header(left, right)
    body = [bp(t[8]), bp(t[9][len("Trân trọng kính mời:"):], label="Trân trọng kính mời:"),
            bp(t[10][len("Thời gian:"):], label="Thời gian:"), bp(t[11][len("Địa điểm:"):], label="Địa điểm:"),
            bp(t[12]), bp(t[13])]
    end = end_block(t[15:19], t[19:21], t[21])
    return {"word/document.xml": b.document([head] + title(t[6], t[7]) + body + [p(), end])}


@shape
def to_trinh():
    """A Tờ trình of a Sở to the UBND tỉnh: the header a table of one line a row on a grid of
    four columns, the issuer in a short cell whose bottom border is its rule (the managing
    body and the number span the columns), the Tiêu ngữ's rule a bottom border of its
    paragraph; "Kính gửi: Ủy ban nhân dân tỉnh." on one centred line."""
    t = lawful_text("to-trinh")
    ws = [700, 2200, 700, 5900]
    short = '<w:tcBorders><w:bottom w:val="single" w:sz="6" w:space="0" w:color="auto"/></w:tcBorders>'
    span3 = '<w:gridSpan w:val="3"/>'
    rows = [[cell(3600, c(t[0]), extra=span3), cell(5900, c(QH, sz=12, b_=True))],
            [cell(700, p()), cell(2200, c(t[1], b_=True), extra=short), cell(700, p()), cell(5900, c(TN, b_=True, extra=TN_BORDER))],
            [cell(3600, c(t[4], before=120), extra=span3), cell(5900, c(t[5], i=True, before=120))]]
    head = table(ws, rows)
    body = ([p(r(t[8], sz=14), jc="center", before=240, after=240)] + [bp(x) for x in t[9:16]])
    end = end_block(t[17:20], t[20:21], t[21])
    return {"word/document.xml": b.document([head] + title(t[6], t[7]) + body + [p(), end])}


TASKS = [
    ("Trang trí cờ, băng rôn, khẩu hiệu tại trụ sở, các tuyến đường chính", "Từ ngày 20/01/2027", "Phòng Văn hóa - Xã hội"),
    ("Thăm, tặng quà gia đình chính sách, người có công", "Từ ngày 25/01/2027", "Phòng Văn hóa - Xã hội"),
    ("Thăm, tặng quà hộ nghèo, hộ cận nghèo, người cao tuổi neo đơn", "Từ ngày 25/01/2027", "Phòng Văn hóa - Xã hội"),
    ("Tổ chức Hội chợ Xuân và các trò chơi dân gian", "Từ ngày 02/02/2027", "Trung tâm Văn hóa - Thể thao xã"),
    ("Tổ chức giải bóng chuyền mừng Xuân", "Ngày 03/02/2027", "Trung tâm Văn hóa - Thể thao xã"),
    ("Chương trình văn nghệ chào Xuân tại Quảng trường trung tâm xã", "Tối ngày 05/02/2027", "Trung tâm Văn hóa - Thể thao xã"),
    ("Bảo đảm an ninh trật tự, an toàn giao thông dịp Tết", "Từ ngày 28/01/2027", "Công an xã"),
    ("Kiểm tra phòng, chống cháy nổ tại chợ, nơi đông người", "Từ ngày 20/01/2027", "Công an xã"),
    ("Quản lý, kiểm tra việc kinh doanh pháo, vật liệu nổ", "Từ ngày 15/01/2027", "Công an xã"),
    ("Kiểm tra an toàn thực phẩm tại các cơ sở kinh doanh", "Từ ngày 15/01/2027", "Phòng Kinh tế"),
    ("Bình ổn giá, bảo đảm hàng hóa thiết yếu dịp Tết", "Từ ngày 15/01/2027", "Phòng Kinh tế"),
    ("Thu gom rác thải, vệ sinh môi trường các khu dân cư", "Từ ngày 25/01/2027", "Phòng Kinh tế"),
    ("Trực y tế, cấp cứu trong những ngày nghỉ Tết", "Từ ngày 04/02/2027", "Trạm Y tế xã"),
    ("Tuyên truyền trên hệ thống truyền thanh xã", "Từ ngày 15/01/2027", "Trung tâm Văn hóa - Thể thao xã"),
    ("Tổ chức trồng cây đầu Xuân", "Ngày 12/02/2027", "Phòng Kinh tế"),
    ("Trực lãnh đạo, trực cơ quan trong những ngày nghỉ Tết", "Từ ngày 04/02/2027", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"),
    ("Tổng hợp tình hình trước, trong và sau Tết", "Trước ngày 20/02/2027", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"),
    ("Dâng hương tại Đài tưởng niệm liệt sĩ xã", "Ngày 05/02/2027", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"),
    ("Tổ chức gặp mặt đầu Xuân các thế hệ cán bộ", "Ngày 10/02/2027", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"),
    ("Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính sau Tết", "Từ ngày 11/02/2027", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"),
    ("Bảo đảm cung cấp điện, nước phục vụ Nhân dân", "Từ ngày 28/01/2027", "Phòng Kinh tế"),
    ("Bảo vệ các công trình, di tích trên địa bàn", "Từ ngày 28/01/2027", "Công an xã"),
    ("Hỗ trợ người dân về quê đón Tết", "Từ ngày 25/01/2027", "Phòng Văn hóa - Xã hội"),
    ("Tổ chức hoạt động thể thao cho thanh thiếu nhi", "Ngày 07/02/2027", "Trung tâm Văn hóa - Thể thao xã"),
]


@shape
def ke_hoach():
    """A Kế hoạch of a UBND xã whose task table (24 tasks, borders, bold centred header row)
    runs over two pages, its header row repeated on each (w:tblHeader), rows not split across a
    page (cantSplit); I. to IV. headings bold; the page number from page 2."""
    t = lawful_text("ke-hoach")
    left = left_block([(t[0], True), (t[1], True)], t[4])
    head = header(left, right_block(t[5]))
    ws = [700, 4100, 2100, 2700]
    cols = ["STT", "Nội dung", "Thời gian", "Đơn vị chủ trì"]
    hrow = "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" + "".join(cell(wd, c(x, 13, True)) for wd, x in zip(ws, cols)) + "</w:tr>"
    rows = ["<w:tr><w:trPr><w:cantSplit/></w:trPr>" + "".join(cell(wd, p(r(x, sz=13), jc=j)) for wd, x, j in zip(ws, (str(k + 1),) + task, ["center", "left", "center", "left"])) + "</w:tr>"
            for k, task in enumerate(TASKS)]
    grid = "".join(f'<w:gridCol w:w="{wd}"/>' for wd in ws)
    tbl = (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(ws)}" w:type="dxa"/>{BORDERED}<w:tblLayout w:type="fixed"/></w:tblPr>'
           f'<w:tblGrid>{grid}</w:tblGrid>{hrow}{"".join(rows)}</w:tbl>')
    head_para = lambda x: bp(x, bold=True)
    body = [head_para(t[8]), bp(t[9]), bp(t[10]), head_para(t[11]), tbl, head_para(t[17]), bp(t[18]), head_para(t[19])]
    body += [bp(x) for x in t[20:24]]
    end = end_block(t[25:32], t[32:34], t[34])
    return with_page_numbers([head] + title(t[6], t[7]) + body + [p(), end])


@shape
def bao_cao():
    """A Báo cáo of a UBND xã with its figures in a bordered table in the body (right-aligned
    figures, a bold total row) and a landscape Phụ lục in the last section, after a next-page
    section break (its table of the revenue by source); the page number from page 2 in both
    sections."""
    t = lawful_text("bao-cao")
    left = left_block([(t[0], True), (t[1], True)], t[4])
    head = header(left, right_block(t[5]))
    ws = [700, 4300, 1600, 1600, 1400]
    fig = [("STT", "Chỉ tiêu", "Dự toán năm (triệu đồng)", "Thực hiện 11 tháng (triệu đồng)", "Tỷ lệ (%)"),
           ("1", "Thu từ thuế, phí, lệ phí", "7.000", "6.215", "88,8"),
           ("2", "Thu tiền sử dụng đất", "10.000", "9.870", "98,7"),
           ("3", "Thu bổ sung từ ngân sách cấp trên", "2.888", "2.455", "85,0"),
           ("4", "Thu khác ngân sách", "112", "0", "0,0"),
           ("", "Tổng cộng", "20.000", "18.540", "92,7")]

    def frow(k, row):
        last = k == len(fig) - 1
        js = ["center", "left", "right", "right", "right"] if k else ["center"] * 5
        return [cell(wd, p(r(x, b=(k == 0 or last), sz=13), jc=j)) for wd, x, j in zip(ws, row, js)]
    tbl = table(ws, [frow(k, row) for k, row in enumerate(fig)], borders=BORDERED)
    bold = lambda x: bp(x, bold=True)
    body = ([bp(t[8]), bold(t[9]), bp(t[10]), bp(t[11]), bp(t[12]),
             bp("Kết quả thu ngân sách nhà nước 11 tháng năm 2026 như sau:"), tbl, p(),
             bp("(Chi tiết theo từng nguồn thu tại Phụ lục kèm theo Báo cáo này.)"),
             bold(t[13]), bp(t[14]), bold(t[15]), bp(t[16]), bp(t[17]), bp(t[18])])
    end = end_block(t[20:24], t[24:27], t[27])
    refs = f'<w:headerReference w:type="default" r:id="rIdS{sorted(w.REL_TYPES).index("header1.xml")}"/>'
    portrait = f'<w:p><w:pPr><w:sectPr>{refs}{A4}<w:titlePg/></w:sectPr></w:pPr></w:p>'
    aws = [800, 5600, 2600, 2600, 2000]
    src = [("STT", "Nguồn thu", "Dự toán năm (triệu đồng)", "Thực hiện 11 tháng (triệu đồng)", "Tỷ lệ (%)"),
           ("1", "Thuế giá trị gia tăng", "2.600", "2.410", "92,7"),
           ("2", "Thuế thu nhập cá nhân", "1.400", "1.270", "90,7"),
           ("3", "Lệ phí trước bạ", "1.300", "796", "61,2"),
           ("4", "Phí, lệ phí khác", "1.700", "1.739", "102,3"),
           ("5", "Thu tiền sử dụng đất", "10.000", "9.870", "98,7"),
           ("6", "Thu bổ sung từ ngân sách cấp trên", "2.888", "2.455", "85,0"),
           ("7", "Thu khác ngân sách", "112", "0", "0,0")]
    atbl = table(aws, [[cell(wd, p(r(x, b=k == 0, sz=13), jc="center" if (k == 0 or j != 1) else "left")) for j, (wd, x) in enumerate(zip(aws, row))]
                       for k, row in enumerate(src)], borders=BORDERED)
    annex = [c("Phụ lục", 14, True), c("KẾT QUẢ THU NGÂN SÁCH NHÀ NƯỚC 11 THÁNG NĂM 2026 THEO NGUỒN THU", 14, True),
             c("(Kèm theo Báo cáo số 245/BC-UBND ngày 30/11/2026 của Ủy ban nhân dân xã Gio Linh)", 14, i=True, after=240), atbl, p()]
    land = (f'<w:sectPr>{refs}<w:type w:val="nextPage"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
            '<w:pgMar w:top="1701" w:right="1134" w:bottom="851" w:left="1134" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>')
    blocks = [head] + title(t[6], t[7]) + body + [p(), end, portrait] + annex
    return {"word/document.xml": b.document(blocks, land), "word/header1.xml": b.PAGE_HEADER}


@shape
def bien_ban():
    """A Biên bản (Mẫu 1.9): the parties' members as dash lines, the points a) and b); the two
    parties signing side by side in a borderless table under the closing paragraph (an empty
    paragraph between, as typed), each party's name, its signer's title, room, the name; Nơi
    nhận under the table at the margin."""
    t = lawful_text("bien-ban")
    left = left_block([(t[0], True), (t[1], True)], t[4])
    head = header(left, right_block(t[5]))
    body = [bp(x, bold=x[:2] in ("1.", "2.")) for x in t[8:19]]
    parties = [x.split("\t") for x in t[19:22]]
    ws = [4850, 4850]
    sig = table(ws, [[cell(wd, c(parties[0][k], 14, True), c(parties[1][k], 14, True), p(), p(), p(), c(parties[2][k], 14, True))
                      for k, wd in enumerate(ws)]])
    blocks = [head] + title(t[6], t[7]) + body + [p(), sig, p()] + recipients(t[23:25])
    return {"word/document.xml": b.document(blocks)}


@shape
def header_habits():
    """p75b's THÔNG BÁO with its header as some offices' Word templates draw it: the issuer in a
    short cell whose bottom border is its rule, in a header table of four grid columns; the
    Tiêu ngữ's rule the bottom border of its own paragraph; the trích yếu's rule a straight
    connector anchored in the trích yếu; the page number in the header from page 2."""
    ws = [700, 2200, 700, 5900]
    short = '<w:tcBorders><w:bottom w:val="single" w:sz="6" w:space="0" w:color="auto"/></w:tcBorders>'
    span3 = '<w:gridSpan w:val="3"/>'
    rows = [[cell(3600, c(b.MANAGING), extra=span3), cell(5900, c(QH, sz=12, b_=True))],
            [cell(700, p()), cell(2200, c(b.ISSUER, b_=True), extra=short), cell(700, p()), cell(5900, c(TN, b_=True, extra=TN_BORDER))],
            [cell(3600, c(b.NUMBER, before=120), extra=span3), cell(5900, c(b.DATE, i=True, before=120))]]
    head = table(ws, rows)
    line = DRAWN_LINE.replace("640080", "2000000").replace('cx="720000"', 'cx="1800000"').replace("210000", "230000")
    ttl = [c(b.KIND, 14, True, before=240), p(r(b.SUBJECT, b=True, sz=14), line, jc="center", after=240)]
    return with_page_numbers([head] + ttl + b.body() + [p(), b.end_table()])


def main():
    for name, f in SHAPES.items():
        w.pack(name, f())


if __name__ == "__main__":
    main()
