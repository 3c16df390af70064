package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

func init() {
	register(&Rule{ID: "element-format", Severity: diag.Warning, Ref: diag.RefSizes, Run: elementFormat,
		Title: diag.Msg("mỗi thành phần thể thức đúng cỡ chữ, kiểu chữ, chữ hoa và vị trí", "each element of the thể thức in its size, style, case and place"),
		Help:  diag.Msg("sửa theo bảng mẫu chữ và chi tiết trình bày thể thức (Mục V Phụ lục I)", "set it as the table of sizes and styles says (Mục V of Phụ lục I)")})
}

// element is one part of the header or of the end block, as Phụ lục I,
// Mục II and the table of Mục V set it out.
type element struct {
	name           diag.Text
	min, max       int  // size in half-points
	bold, notBold  bool // must be bold; must not be
	italic, upper  bool // must be italic; must be in capitals
	upright, centr bool // must not be italic; centred
	// caseOwned: a rule on the text says when its case is wrong (motto
	// for the Quốc hiệu, signer-case for the authority and title lines),
	// on a Word file as on a text: not said twice
	caseOwned bool
}

var (
	elQuocHieu  = element{name: diag.Msg("Quốc hiệu", "the Quốc hiệu"), min: 24, max: 26, bold: true, upper: true, upright: true, centr: true, caseOwned: true}
	elTieuNgu   = element{name: diag.Msg("Tiêu ngữ", "the Tiêu ngữ"), min: 26, max: 28, bold: true, upright: true, centr: true}
	elParent    = element{name: diag.Msg("tên cơ quan chủ quản", "the parent body"), min: 24, max: 26, notBold: true, upper: true, upright: true, centr: true}
	elIssuer    = element{name: diag.Msg("tên cơ quan ban hành", "the issuing body"), min: 24, max: 26, bold: true, upper: true, upright: true, centr: true}
	elIssuerAny = element{name: diag.Msg("tên cơ quan ban hành", "the issuing body"), min: 24, max: 26, upper: true, upright: true, centr: true}
	elNumber    = element{name: diag.Msg("Số, ký hiệu", "the number"), min: 26, max: 26, notBold: true, upright: true, centr: true}
	elPlaceDate = element{name: diag.Msg("địa danh và ngày tháng", "the place and date"), min: 26, max: 28, italic: true, centr: true}
	elTypeName  = element{name: diag.Msg("tên loại văn bản", "the type name"), min: 26, max: 28, bold: true, upper: true, upright: true, centr: true}
	elSubject   = element{name: diag.Msg("trích yếu", "the trích yếu"), min: 26, max: 28, bold: true, upright: true, centr: true}
	elVV        = element{name: diag.Msg("trích yếu V/v", "the V/v trích yếu"), min: 24, max: 26, notBold: true, upright: true, centr: true}
	elAddressee = element{name: diag.Msg("Kính gửi", "Kính gửi"), min: 26, max: 28, notBold: true, upright: true}
	elLabel     = element{name: diag.Msg("chữ \"Nơi nhận\"", "the \"Nơi nhận\" label"), min: 24, max: 24, bold: true, italic: true}
	elRecipient = element{name: diag.Msg("dòng nơi nhận", "a line of Nơi nhận"), min: 22, max: 22, notBold: true, upright: true}
	elSigner    = element{name: diag.Msg("quyền hạn, chức vụ người ký", "the signer's authority and title"), min: 26, max: 28, bold: true, upper: true, upright: true, centr: true, caseOwned: true}
	elName      = element{name: diag.Msg("họ tên người ký", "the signer's name"), min: 26, max: 28, bold: true, upright: true, centr: true}
	elAppendix  = element{name: diag.Msg("chữ \"Phụ lục\" và số thứ tự", "the \"Phụ lục\" heading"), min: 28, max: 28, bold: true, upright: true, centr: true}
	elAppendRef = element{name: diag.Msg("dòng \"(Kèm theo ...)\" của phụ lục", "the \"(Kèm theo ...)\" line of a phụ lục"), min: 26, max: 28, italic: true, centr: true}
)

// elementOf says which element a paragraph of the reading is, if any.
func (w *wordView) elementOf(i int, t DocType, issuers map[int]element) (element, bool) {
	wp := &w.paras[i]
	text := trimmed(wp.Text)
	switch wp.Kind {
	case plain.Header:
		switch {
		case cite.Fold(text) == cite.Fold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"):
			return elQuocHieu, true
		case strings.HasPrefix(cite.Fold(text), cite.Fold("Độc lập")):
			return elTieuNgu, true
		case numberLineRe().MatchString(text):
			return elNumber, true
		case (dateLineRe().MatchString(text) || draftDateRe().MatchString(text)) && strings.Contains(text, ","), slashPlaceDate(text):
			return elPlaceDate, true
		}
		el, ok := issuers[i]
		return el, ok
	case plain.Title:
		return elTypeName, true
	case plain.Subject:
		if t == CongVan {
			return elVV, true
		}
		return elSubject, true
	case plain.Addressee:
		return elAddressee, true
	case plain.Label:
		return elLabel, true
	case plain.Recipient:
		return elRecipient, true
	case plain.Signer, plain.Cosigner: // a joint notice's later signatures as the first
		return elSigner, true
	case plain.Name, plain.Coname:
		return elName, true
	case plain.Appendix:
		if m := appendixHeadRe().FindStringSubmatch(text); m != nil && m[2] == "" {
			return elAppendix, true
		}
		if strings.HasPrefix(text, "(Kèm theo") {
			return elAppendRef, true
		}
	}
	return element{}, false
}

// issuerLines tells the lines of the issuing body from those of its parent:
// the capital lines of the header's left column above "Số", and a line
// there in small letters that names a body ("Văn phòng", typed without
// capitals: a Word file keeps its case, so element-format says it). The last line
// is the issuer; a line above it is the parent only when both name bodies
// of their own ("UBND TỈNH LÀO CAI" over "VĂN PHÒNG", "BAN CƠ YẾU CHÍNH
// PHỦ" over "HỌC VIỆN KỸ THUẬT MẬT MÃ"), not one name written on two lines
// ("ỦY BAN NHÂN DÂN" over "HUYỆN LÝ SƠN"). A header with no "Số" line (a
// form of Phụ lục IV has none) ends where the header does: at the tên
// loại or the first line of text under it, and, when the issuer's lines
// stand in the header's table, at the first line across the page under
// that table (a tên loại the reading does not know is no issuer).
func (w *wordView) issuerLines() map[int]element {
	var idx []int
	for i, wp := range w.paras {
		if wp.Kind != plain.Header {
			if len(idx) > 0 && wp.Kind != plain.Page && wp.Kind != plain.Path {
				break // under the header: the issuer's block has ended
			}
			continue
		}
		text := trimmed(wp.Text)
		if numberLineRe().MatchString(text) {
			break
		}
		if len(idx) > 0 && w.inTable(idx[0]) && !w.inTable(i) {
			break // under the header's table
		}
		if wp.Col == plain.Right || !isUpper(text) && !namesBody(text) || cite.Fold(text) == cite.Fold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") {
			continue
		}
		idx = append(idx, i)
	}
	out := map[int]element{}
	for k, i := range idx {
		out[i] = elIssuerAny
		if k == len(idx)-1 {
			out[i] = elIssuer
		}
	}
	if len(idx) == 2 && namesBody(w.paras[idx[0]].Text) && namesBody(w.paras[idx[1]].Text) && !unitOf(w.paras[idx[1]].Text) {
		out[idx[0]] = elParent
	}
	return out
}

// inTable reports whether paragraph i of the reading was read from a
// table's cell of the Word file.
func (w *wordView) inTable(i int) bool {
	d := w.paras[i].docs
	return len(d) > 0 && d[0].Table != nil
}

// namesBody: the line starts with the name of a body that issues or
// governs: a state body ("SỞ", "BAN"), a school or institute ("HỌC VIỆN",
// "BỆNH VIỆN", "ĐÀI"), an enterprise.
func namesBody(s string) bool { return bodyHead(s) || issuerHead(s) || companyHead(s) }

// bodyHead: the line starts with the name of a body.
func bodyHead(s string) bool {
	f := cite.Fold(strings.ToLower(trimmed(s)))
	for _, h := range []string{"ubnd", "ủy ban", "uỷ ban", "bộ ", "sở ", "văn phòng", "cục", "tổng cục", "ban ", "phòng ", "trung tâm", "chi cục", "hội đồng", "đảng ủy", "tỉnh ủy", "huyện ủy", "trường", "viện", "công an", "thanh tra", "kho bạc", "bảo hiểm"} {
		if strings.HasPrefix(f, cite.Fold(h)) {
			return true
		}
	}
	return false
}

// unitOf: the line names an administrative unit, the second half of
// "ỦY BAN NHÂN DÂN / TỈNH QUẢNG NGÃI".
func unitOf(s string) bool {
	f := cite.Fold(strings.ToLower(trimmed(s)))
	for _, h := range []string{"tỉnh ", "huyện ", "xã ", "phường ", "thành phố ", "thị xã ", "quận ", "thị trấn ", "đặc khu "} {
		if strings.HasPrefix(f, cite.Fold(h)) {
			return true
		}
	}
	return false
}

func elementFormat(p *Pass) {
	w := p.View.Word
	if w == nil {
		typeNameCase(p) // type_name_case.go
		issuerStop(p)   // issuer_stop.go
		return
	}
	issuers := w.issuerLines()
	sizes := map[string]int{}
	var tieuNgu, placeDate *wordPara
	// An element of several lines (Nơi nhận, the signer's lines) with one
	// fault on each is one finding, at its first line.
	type fault struct {
		first *wordPara
		el    element
		what  diag.Text
		fix   diag.Text // what to do in Word, one step a fault
		lines int
	}
	var faults []*fault
	byKey := map[string]*fault{}
	for i := range w.paras {
		el, ok := w.elementOf(i, p.View.Type, issuers)
		wp := &w.paras[i]
		if !ok || wp.fmt.letters == 0 {
			continue
		}
		sizes[el.name.EN] = wp.fmt.size
		switch el.name.EN {
		case elTieuNgu.name.EN:
			tieuNgu = wp
		case elPlaceDate.name.EN:
			placeDate = wp
		}
		if fs, fixes := el.faults(wp); len(fs) > 0 {
			what := joinTexts(fs)
			key := el.name.EN + "|" + what.EN
			if f := byKey[key]; f != nil {
				f.lines++
				continue
			}
			f := &fault{first: wp, el: el, what: what, fix: joinTexts(fixes), lines: 1}
			byKey[key] = f
			faults = append(faults, f)
		}
	}
	for _, f := range faults {
		fix := diag.Msg("%s cho %s", "%s for %s", f.fix, f.el.name)
		if f.lines > 1 {
			p.Report(&f.first.seg, 0, diag.Msg("%s (%d dòng): %s", "%s (%d lines): %s", f.el.name, f.lines, f.what), fix)
		} else {
			p.Report(&f.first.seg, 0, diag.Msg("%s: %s", "%s: %s", f.el.name, f.what), fix)
		}
	}
	qh, tn := sizes[elQuocHieu.name.EN], sizes[elTieuNgu.name.EN]
	if tieuNgu != nil && qh != 0 && tn != 0 && tn != qh+2 && inRange(tn, elTieuNgu) && inRange(qh, elQuocHieu) {
		p.Report(&tieuNgu.seg, 0, diag.Msg("Tiêu ngữ cỡ %s, phải lớn hơn Quốc hiệu (cỡ %s) một cỡ", "the Tiêu ngữ is %s pt; it must be one point larger than the Quốc hiệu (%s pt)", pt(tn), pt(qh)),
			mottoSizeFix(qh, tn, sizes[elPlaceDate.name.EN]))
		return // the date is measured against a Tiêu ngữ of the right size
	}
	// The date is measured against the Tiêu ngữ only when both are of
	// their own lawful sizes: a Tiêu ngữ out of its range is the line to
	// fix (its own finding says so), and a lawful date is not told to
	// take its wrong size.
	if pd := sizes[elPlaceDate.name.EN]; placeDate != nil && tn != 0 && pd != 0 && pd != tn && inRange(pd, elPlaceDate) && inRange(tn, elTieuNgu) {
		p.Report(&placeDate.seg, 0, diag.Msg("địa danh và ngày tháng cỡ %s, phải bằng cỡ Tiêu ngữ (%s)", "the place and date are %s pt; they must be the size of the Tiêu ngữ (%s pt)", pt(pd), pt(tn)))
	}
}

func inRange(size int, el element) bool { return size >= el.min && size <= el.max }

// mottoSizeFix says the sizes that make a Quốc hiệu and a Tiêu ngữ one
// size apart (12 and 13, or 13 and 14; sizes in half points): the Tiêu
// ngữ set to the date line's size pd when that is one over the Quốc
// hiệu (the Tiêu ngữ is the line that slipped), else the Quốc hiệu one
// size under the Tiêu ngữ, else the Tiêu ngữ (and the date line with
// it) one size over the Quốc hiệu.
func mottoSizeFix(qh, tn, pd int) diag.Text {
	if pd == qh+2 && inRange(pd, elTieuNgu) {
		return diag.Msg("đặt Tiêu ngữ cỡ %s, bằng địa danh và ngày tháng (Quốc hiệu và Tiêu ngữ cỡ 12 và 13, hoặc 13 và 14)", "set the Tiêu ngữ to %s pt, the size of the place and date (the Quốc hiệu and the Tiêu ngữ 12 and 13 pt, or 13 and 14 pt)", pt(pd))
	}
	if inRange(tn-2, elQuocHieu) {
		return diag.Msg("đặt Quốc hiệu cỡ %s (Quốc hiệu và Tiêu ngữ cỡ 12 và 13, hoặc 13 và 14)", "set the Quốc hiệu to %s pt (the Quốc hiệu and the Tiêu ngữ 12 and 13 pt, or 13 and 14 pt)", pt(tn-2))
	}
	return diag.Msg("đặt Tiêu ngữ cỡ %s, địa danh và ngày tháng cùng cỡ (Quốc hiệu và Tiêu ngữ cỡ 12 và 13, hoặc 13 và 14)", "set the Tiêu ngữ to %s pt, the place and date the same (the Quốc hiệu and the Tiêu ngữ 12 and 13 pt, or 13 and 14 pt)", pt(qh+2))
}

// faults lists how a paragraph differs from its element, and for each
// what to do in Word.
func (el element) faults(wp *wordPara) (what, fix []diag.Text) {
	f := wp.fmt
	add := func(w, x diag.Text) {
		what, fix = append(what, w), append(fix, x)
	}
	if f.size != 0 && !inRange(f.size, el) {
		add(diag.Msg("cỡ %s, phải %s", "%s pt; it must be %s", pt(f.size), sizeRange(el)),
			diag.Msg("chọn cỡ chữ %s", "set the size to %s", sizeChoice(el)))
	}
	switch {
	case el.bold && !f.isBold():
		add(diag.Msg("không in đậm, phải in đậm", "not bold; it must be bold"),
			diag.Msg("in đậm (Ctrl+B)", "make it bold (Ctrl+B)"))
	case el.notBold && !f.notBold():
		add(diag.Msg("in đậm, phải chữ thường (không đậm)", "bold; it must not be"),
			diag.Msg("bỏ in đậm (Ctrl+B)", "remove the bold (Ctrl+B)"))
	}
	switch {
	case el.italic && !f.isItalic():
		add(diag.Msg("chữ đứng, phải chữ nghiêng", "upright; it must be italic"),
			diag.Msg("đặt chữ nghiêng (Ctrl+I)", "make it italic (Ctrl+I)"))
	case el.upright && f.isItalic():
		add(diag.Msg("chữ nghiêng, phải chữ đứng", "italic; it must be upright"),
			diag.Msg("bỏ chữ nghiêng (Ctrl+I)", "remove the italic (Ctrl+I)"))
	}
	if el.upper && f.lower > 0 && !el.caseOwned {
		add(diag.Msg("có chữ thường, phải in hoa", "has small letters; it must be in capitals"),
			diag.Msg("gõ lại bằng chữ in hoa", "type it again in capitals"))
	}
	if el.centr && f.align != "center" && !positionedBySpaces(wp) && !wp.shared {
		add(diag.Msg("canh %s, phải canh giữa", "aligned %s; it must be centred", alignName(f.align)),
			diag.Msg("canh giữa (Ctrl+E)", "centre it (Ctrl+E)"))
	}
	if el.centr && f.align == "center" && f.indent >= offCentreIndent && !wp.shared && wp.start == 0 {
		add(diag.Msg("canh giữa nhưng thụt dòng đầu %s cm, dòng lệch khỏi giữa; bỏ thụt dòng đầu", "centred but its first line is indented %s cm, off the centre; remove the first-line indent", cm(f.indent)),
			diag.Msg("bỏ thụt dòng đầu (Đoạn văn > Thụt lề > Đặc biệt: Không)", "remove the first-line indent (Paragraph > Indentation > Special: None)"))
	}
	return what, fix
}

// sizeChoice is the size or sizes to pick for el: "13", "13 hoặc 14".
func sizeChoice(el element) diag.Text {
	if el.min == el.max {
		return diag.Msg("%s", "%s pt", pt(el.min))
	}
	if el.max-el.min == 2 {
		return diag.Msg("%s hoặc %s", "%s or %s pt", pt(el.min), pt(el.max))
	}
	return diag.Msg("từ %s đến %s", "%s to %s pt", pt(el.min), pt(el.max))
}

// offCentreIndent is the first-line indent, in twips (0.635 cm), from
// which a centred line stands visibly right of the centre (by half of
// it): the body's 1.27 cm indent left on a centred tên loại or trích yếu
// moves it 0.6 cm.
const offCentreIndent = 360

func sizeRange(el element) diag.Text {
	if el.min == el.max {
		return diag.Msg("%s", "%s pt", pt(el.min))
	}
	return diag.Msg("%s đến %s", "%s to %s pt", pt(el.min), pt(el.max))
}

func joinTexts(ts []diag.Text) diag.Text {
	var vi, en []string
	for _, t := range ts {
		vi, en = append(vi, t.VI), append(en, t.EN)
	}
	return diag.Text{VI: strings.Join(vi, "; "), EN: strings.Join(en, "; ")}
}
