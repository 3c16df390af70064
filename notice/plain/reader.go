package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

var (
	// labelRe is the "Nơi nhận:" line, its tones slipped too ("Nơi nhân:",
	// "Noi nhan:"): a slip there is recipient-line's to say, and the lines
	// under it are still Nơi nhận, not the body (x91).
	labelRe    = lazyre.New(`(?i)^n[oơ]i nh[aáàảãạâấầẩẫậ]n\s*:?$`)
	appendixRe = lazyre.New(`(?i)^phụ lục(?:\s+[IVXLC\d]+)?$`)
	plainNote  = lazyre.New(`^\d{1,2} \p{Lu}`)
	// authorityRe starts an authority line, whatever its case: "Kt. Chánh
	// văn phòng" is a signer line written wrongly, not the name.
	authorityRe = lazyre.New(`(?i)^(?:TUQ|TM|KT|TL|Q)\s*\.`)
	// decorRe is a line drawn with characters: the rule under a trích yếu
	// typed as "_____", a Markdown thematic break.
	// isDecor, run on every line, stands for it (TestIsDecor).
	decorRe = lazyre.New(`^[_\-=–—~*·.\s]{3,}$`)
	// Parts of a header that has no title above the body (a Công văn, a
	// notice whose title was lost).
	numberRe = lazyre.New(`^Số\s*:`)
	// placeDateRe is the place and date line; "tháng" may be typed with
	// a wrong tone ("ngày 24 thảng 7 năm 2021"), a slip the date rules say.
	placeDateRe = lazyre.New(`(?i),\s*ngày\b.*th[aáàảãạ]ng.*năm(?:\s*\d{4}|\s*20[\s._…]*|[\s._…]*)$`)
	mottoRe     = lazyre.New(`(?i)^(?:cộng hòa|cộng hoà|độc lập)`)
	// aboutRe starts a Công văn's trích yếu under its number: "V/v ...",
	// or "Về: ..." as some offices write it (a legal library stacks it
	// between the number and the place and date).
	aboutRe     = lazyre.New(`^["“]?(?:V/v\b|Về\s*:)`)
	addresseeRe = lazyre.New(`(?i)^\s*kính\s*g[ửở]i\s*:`) // "Kínhgửi:" as a site glued it; "Kính gởi:" as the South writes it
	// openingRe starts the paragraph after a trích yếu: the meeting's date,
	// the grounds.
	openingRe = lazyre.New(`^(?:Ngày|Sáng|Chiều|Tối|Vào|Hôm nay|Thực hiện|Căn cứ|Theo|Trên cơ sở|Nhằm)\s`)
)

// pageMarkRe is a mark a web page leaves on a line of its own where it
// rendered a table's cell or an image: a lone "|", "![]()" (the image of a
// header's rule line). Under "Kính gửi:" it stands between the label and
// the names in the next cell, which go on with the Kính gửi.
var pageMarkRe = lazyre.New(`^(?:\||!\[[^\]]*\]\([^)]*\))$`)

// pathRe is a file path on a line of its own, as a drafter types where the
// file is kept under the Lưu line: "d:\2011\CV\SVH\T4\Bau cho Vinh Ha
// Long", "D\2017\CVUB\uy quyen CDDH", "D:\Văn bản\cv 454.doc".
var pathRe = lazyre.New(`^(?:[A-Za-z]:?\\|\\\\|[A-Za-z]:/)[^\\/]+[\\/]\S`)

type state int

const (
	inTop state = iota // the start of a text without a title: a header may stand there
	inHeader
	inSubject
	inBody
	inClosing // Nơi nhận and the signature
	inAfter
	inAppendix
)

type reader struct {
	f      *File
	layout Layout
	paras  []Para
	lines  []line
	at     int // index in lines of the line being read
	st     state
	// superscript marks were seen, so "6 Phân khai ..." is a footnote
	marks bool
	// the end so far: a signer line, the name, the "Lưu:" line
	signed, named, archived bool
	// parties: a record's parties sign side by side (record_parties.go)
	parties bool
	// form: the tên loại is a form's of Phụ lục IV ("PHIẾU GIẢI QUYẾT
	// VĂN BẢN ĐẾN"), whose fields may hold a "Kính gửi" line
	form bool
	// subjectLine is the length of the last line of the trích yếu
	subjectLine int
	// longest is the length of the longest line: the width hand-wrapped
	// text was wrapped to
	longest int
	// placeHead is the index of a header paragraph holding the start of a
	// place its date line goes on with, -1 if none
	placeHead int
	// unbroken: Blank text with no blank line, its paragraphs ending
	// where a line does (unbroken.go)
	unbroken bool
	// rebroken: Blank text with no blank line under its trích yếu, broken
	// at a library's width inside sentences; its paragraphs end where a
	// line ends a clause or stands in capitals (grounds_under.go)
	rebroken bool
	// other: the notice's version in another language has begun under
	// its "./." (other_language.go); the lines from there are the page's
	other bool
	// closed: the page's lines have begun under the body's "./."
	// (close_page.go); the lines from there are the page's
	closed bool
	// aboutEnd is the index in lines of the last line of a trích yếu
	// "Về ..." read under the number (about_under_number.go)
	aboutEnd int
	// paired: the end's rows hold signatures side by side; second keeps
	// the later ones' lines (pairCol: the cell of the first) until
	// the table ends (end_pair.go)
	paired  bool
	pairCol int
	second  []pairCell
	// pairTabs: the tabs before the first signature's cell on its row,
	// as Word saves a table as text (end_pair.go)
	pairTabs int
	// pairLeft: the signatures side by side stand beside Nơi nhận, whose
	// cells come before pairCol (end_pair_beside.go)
	pairLeft bool
	// stacked: the number of the later signature of a joint notice read
	// under a signature's name (one under the other, or under two side
	// by side); stackNamed: its name has come (end_stacked.go)
	stacked    int
	stackNamed bool
}

func (r *reader) read(ls []line) []Para {
	hasTitle := false
	for i, l := range ls {
		if l.page {
			continue // a page's line (a related post's title) is no title of the notice
		}
		_, counted := countedTitle(l.text)
		_, drafted := draftTitle(l.text)
		if isTitle(l.text) || slippedTitle(l.text) || markedTitle(l.text) || counted || drafted || i < topLines && cite.FormTitle(l.text) {
			hasTitle = true
		}
		if len(l.notes) > 0 {
			r.marks = true
		}
		for _, c := range l.cells {
			if len(c.notes) > 0 {
				r.marks = true
			}
		}
		r.longest = max(r.longest, utf8.RuneCountInString(l.text))
	}
	r.placeHead = -1
	r.st = inHeader
	if !hasTitle {
		r.st = inTop
	}
	r.lines = ls
	blank := true
	r.unbroken = r.layout == Blank && unbroken(ls)
	var pages []Para
	for i, l := range ls {
		if l.page {
			pages = append(pages, r.newPara(Page, l)) // page_lead.go
			blank = true
			continue
		}
		if l.text == "" && l.cells == nil || isDecor(l.text) {
			blank = true
			continue
		}
		if l.cells == nil && r.last(Addressee) && pageMarkRe().MatchString(l.text) {
			continue // the Kính gửi's cell mark, its names under it
		}
		if l.cells == nil && r.layout == Blank && strings.TrimSpace(l.text) == "|" {
			blank = true // a cell's end in text parted by blank lines: no line joins across it
			continue
		}
		if r.unbroken && i > 0 {
			blank = r.lineEndsPara(ls[i-1], l)
		}
		r.at = i
		if l.cells == nil && r.pairLine(l) { // end_pair.go
			blank = false
			continue
		}
		if l.cells == nil {
			r.pairFlush() // end_pair.go
		}
		if body, file, ok := signedFileRun(l); ok { // signed_file.go
			r.line(body, blank)
			r.add(Page, file)
		} else if to, body, ok := addresseeRun(l); ok {
			r.line(to, blank)
			r.line(body, true)
		} else if l.cells != nil {
			r.row(l, blank)
		} else {
			r.line(l, blank)
		}
		blank = false
	}
	r.pairFlush()
	return withPages(r.paras, pages)
}

// withPages puts the page's own lines among the paragraphs, each before
// the first paragraph of a later line.
func withPages(paras, pages []Para) []Para {
	if len(pages) == 0 {
		return paras
	}
	out := make([]Para, 0, len(paras)+len(pages))
	for _, p := range paras {
		for len(pages) > 0 && pages[0].Line < p.Line {
			out = append(out, pages[0])
			pages = pages[1:]
		}
		out = append(out, p)
	}
	return append(out, pages...)
}

// line assigns one line (or, laid out, one paragraph) to a paragraph;
// newPara says a blank line came before it.
func (r *reader) line(l line, newPara bool) {
	switch {
	case pathRe().MatchString(l.text):
		r.add(Path, l) // never joined to the Lưu line above it
	case r.last(Addressee) && r.addresseeOpen() && (r.dash(l.text) || startsLower(l.text)) && !(newPara && r.layout == Blank),
		r.last(Addressee) && r.addresseeListed() && r.dash(l.text):
		r.join(l, " ") // the Kính gửi list, a line per addressee
	case r.st == inTop && r.top(l):
	case r.st == inTop:
		r.st = inBody
		r.line(l, newPara)
	case r.last(Addressee) && !newPara && strings.HasSuffix(strings.TrimSpace(r.paras[len(r.paras)-1].Text), ","):
		r.join(l, " ") // an addressee wrapped on the page
	case r.st == inHeader && addresseeRe().MatchString(l.text):
		r.add(Addressee, l) // a page put the Kính gửi above the header
	case r.st == inBody && addresseeRe().MatchString(l.text) && r.lastBody() < 0 && r.lastKind(Addressee) < 0:
		r.add(Addressee, l) // the Kính gửi under the trích yếu
	case r.st == inBody && r.form && addresseeRe().MatchString(l.text) && r.lastKind(Addressee) < 0:
		r.add(Addressee, l) // a form's "Kính gửi" among its fields
	case r.st == inBody && startsWithByte(l.text, 'k') && addresseeRe().MatchString(l.text) && r.onlyHeading():
		r.add(Addressee, l) // the Kính gửi under a post's heading line
	case r.st == inBody && r.lateAddressee(l):
		r.add(Addressee, l) // the Kính gửi under a month, the header lost
	case r.titleWithCount(l):
	case r.titleWithDraft(l): // "DỰ THẢO BÁO CÁO"
	case r.st == inHeader && (isTitle(l.text) || slippedTitle(l.text) || markedTitle(l.text)): // "THÔNG BAO": the tên loại with a mark lost; "THÔNG BÁO:"
		r.add(Title, l)
		r.st = inSubject
	case r.st == inHeader && cite.FormTitle(l.text):
		r.add(Title, l) // "PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN", a form of Phụ lục IV:
		r.st = inBody   // its fields follow, no trích yếu
		r.form = true
	case r.headerPiece(l): // "CỘNG" / "HÒA XÃ HỘI ...", "Sơn" / "La, ngày 16 tháng 11" / "năm 2018"
	case r.dateApart(l): // "Sóc Trăng, ngày" / "27 tháng 09 năm 2022"
	case r.st == inHeader && r.codeUnderNumber(l):
		r.join(l, " ") // "Số:" / "/TTr - THCS", a preview's header cell
	case r.st == inHeader:
		r.add(Header, l)
	case r.st == inSubject && r.issuerHeading(l): // "THÔNG BÁO" / "UBND XÃ ... THÔNG BÁO"
	case r.st == inSubject:
		r.subject(l, newPara)
	case r.st == inBody && r.byline(l): // a newspaper's "TNĐT" under its repost
	case r.st == inBody && r.closeTail(l): // a note, a credit or a lone "." under the closing "./."
	case r.otherVersion(l): // the notice again in English under its "./."
		r.add(Page, l)
	case r.st == inBody && r.closedPage(l): // the office's contacts, a portal's sections under the "./."
		r.add(Page, l)
	case r.st == inBody && r.labelSigner(l):
	case r.st <= inBody && r.inlineRecipients(l):
	case labelRe().MatchString(l.text) && r.st <= inBody:
		r.add(Label, l)
		r.st = inClosing
	case r.st == inBody && authorityLine(l.text) && capsTitle(l.text) && utf8.RuneCountInString(l.text) < 60:
		r.st = inClosing // the signature stands before Nơi nhận
		r.closing(l)
	case r.st == inBody && r.spacedSigner(l):
		r.st = inClosing // the right column pushed by spaces, above Nơi nhận
		r.closing(l)
	case r.st == inBody && r.ordinaryAuthority(l.text):
		r.st = inClosing // "TM các trường ..." over "HIỆU TRƯỞNG"
		r.add(Signer, l)
		r.signed = true
	case r.st == inBody && (r.footDate(l) || r.footSlashDate(l)):
		r.add(Header, l) // the place and date typed at the foot, above the signer
	case r.st == inBody && r.signedCopy(l): // "Chi cục Trưởng" / "đã kí" / the name, the page's lines under it
		r.st = inClosing
		r.closing(l)
	case r.st == inBody && r.signatureTail(l):
		r.st = inClosing // a copy cut inside the signature: the title, "(Đã ký)"
		r.closing(l)
	case r.st == inBody && r.footSigner(l): // the office's name alone at the foot, pushed right
	case r.st == inClosing:
		r.closing(l)
	case r.st >= inAfter && (l.note != "" || (r.marks || r.layout == OnePerLine) && plainNote().MatchString(l.text)):
		// after the signature, a line "1 Text" is a footnote as Word and the
		// listing of a .docx write them
		r.note(l)
	case r.st == inAfter && appendixRe().MatchString(l.text), r.st == inAppendix:
		r.st = inAppendix
		r.block(Appendix, l, newPara)
	case r.st == inAfter:
		r.block(Appendix, l, newPara)
		r.st = inAppendix
	default:
		r.body(l, newPara)
	}
}

// headerStartsRe starts an element of a header, which never continues a
// trích yếu.
var headerStartsRe = lazyre.New(`(?i)^(?:số\s*:|cộng hòa|cộng hoà|độc lập|[^,]{2,40},\s*ngày\b)`)

// addresseeOpen reports whether the Kính gửi paragraph goes on: it is
// "Kính gửi:" alone, or its last addressee ends with ";" or a word.
func (r *reader) addresseeOpen() bool {
	t := strings.TrimSpace(r.paras[len(r.paras)-1].Text)
	return !strings.HasSuffix(t, ".")
}

// addresseeListed reports whether the Kính gửi paragraph announces or
// goes on with a list: "Kính gửi:" alone, or an addressee ending with ";".
// Its next line of a dash goes on with it even after blank lines, as a
// web page parts the lines of a list.
func (r *reader) addresseeListed() bool {
	t := strings.TrimSpace(r.paras[len(r.paras)-1].Text)
	return strings.HasSuffix(t, ":") || strings.HasSuffix(t, ";")
}

// top reads a line at the start of a text without a title, and reports
// whether it belongs to a header there.
func (r *reader) top(l line) bool {
	t := l.text
	switch {
	case aboutRe().MatchString(t):
		r.add(Subject, l)
	case r.last(Subject) && r.at <= r.aboutEnd:
		r.join(l, " ") // "Về thực hiện chế độ thông tin," / "báo cáo định kỳ."
	case r.aboutUnderNumber(l): // "Số: 21/TTVH" / "Về thực hiện ...", the Quốc hiệu below
	case r.subjectWraps(l):
		r.join(l, " ") // "V/v: Chuẩn bị Tổng kết ..." / "và triển khai ...", the Quốc hiệu below
	case addresseeRe().MatchString(t):
		r.add(Addressee, l)
		r.st = inBody
	case r.dateApart(l): // "Hà Nội, ngày" / "28 tháng 02 năm 2017"
	case r.headerPiece(l): // "Hà Nội, ngày 14" / "tháng 05 năm 2013"
	case r.looseHeader(l):
	case r.smallTitle(l), r.smallTitleUnder(l): // "Thông báo" over "Về việc ...", a portal's sentence case; under the header, typed without capitals
		r.add(Title, l)
		r.st = inSubject
	case numberRe().MatchString(t), placeDateRe().MatchString(t), mottoRe().MatchString(t), r.dateBrokenBelow(t),
		isUpper(t) && !cite.HasMarker(t) && utf8.RuneCountInString(t) < 60 && !authorityRe().MatchString(t),
		r.longIssuer(t):
		r.add(Header, l)
	default:
		return false
	}
	return true
}

// subjectWraps reports whether a short line in small letters goes on
// with a trích yếu read at the top, the header's left column whole before
// its right one ("V/v: Chuẩn bị Tổng kết công tác năm 2011" / "và triển
// khai Chương trình công tác năm 2012" / "CỘNG HOÀ ..."), or a line from
// a capital that is no header's line ("V/v tạm hoãn tổ chức Giải Bóng đá"
// / "Thiếu niên, Nhi đồng năm 2021" / "Lạng Sơn, ngày ..."): only when a
// line of the header's right column follows it.
func (r *reader) subjectWraps(l line) bool {
	if !r.last(Subject) || !startsLower(l.text) && (isUpper(l.text) || headerShaped(l.text)) || cite.HasMarker(l.text) ||
		utf8.RuneCountInString(l.text) >= 100 || utf8.RuneCountInString(r.paras[len(r.paras)-1].Text) >= 200 ||
		finished(l.text) {
		return false
	}
	for _, n := range r.lines[r.at+1:] {
		if n.text == "" && n.cells == nil || isDecor(n.text) {
			continue
		}
		return mottoRe().MatchString(n.text) || placeDateRe().MatchString(n.text) || headerStartsRe().MatchString(n.text)
	}
	return false
}

// subject reads the trích yếu: in Blank text, the lines up to a blank
// one; written one paragraph per line, the short lines it was broken
// into up to the first long paragraph.
func (r *reader) subject(l line, newPara bool) {
	if !r.last(Subject) && addresseeRe().MatchString(l.text) {
		r.st = inBody // the Kính gửi right under the tên loại: no trích yếu
		r.line(l, newPara)
		return
	}
	if !r.last(Subject) && bodyOpening(l.text) {
		r.st = inBody // the body's opening under the tên loại: no trích yếu (subject_opening.go)
		r.line(l, newPara)
		return
	}
	if !r.last(Subject) {
		r.add(Subject, l)
		r.subjectLine = utf8.RuneCountInString(l.text)
		return
	}
	prev := r.paras[len(r.paras)-1].Text
	var more bool
	switch r.layout {
	case Blank:
		more = !newPara || r.capsSubjectGoesOn(l) || r.lowerSubjectGoesOn(l)
		if r.breaksFromSubject(l, newPara) {
			r.unbroken = true
			newPara = true
		}
		if r.groundsUnder(l, newPara) {
			r.unbroken, r.rebroken = true, true
			r.st = inBody
			r.line(l, true)
			return
		}
		if r.unbroken {
			more = r.wrappedSubjectGoesOn(l)
		}
	case OnePerLine:
		n := utf8.RuneCountInString(l.text)
		more = !newPara && r.subjectLine < 100 && n < 100 && !finished(prev) && (!finished(l.text) || r.lastSubjectLine(l)) &&
			!cite.HasMarker(l.text) && !labelRe().MatchString(l.text) && !openingRe().MatchString(l.text) &&
			isUpper(prev) == isUpper(l.text) && // a Quyết định's authority in capitals under its trích yếu
			!bodyUnderShortSubject(r.subjectLine, l.text) && // subject_body_width.go
			l.num != r.paras[len(r.paras)-1].Line // parts of a run-in line (run_in.go)
		r.subjectLine = n
	}
	if more && !r.decisionAuthority(l) { // "HỘI ĐỒNG THÀNH VIÊN" under a trích yếu in capitals
		r.join(l, " ")
		return
	}
	r.st = inBody
	r.line(l, newPara)
}

// loneAbbrev reports whether t is one word in capitals, short as an
// abbreviation is ("TNCT", "GTGT"): a trích yếu wrapped in its cell may
// leave it alone on the last line. An abbreviation's letters carry no
// mark ("UBND", "QSDĐ"): a word with one is a word, as the mark of
// urgency or secrecy under the trích yếu ("KHẨN", "MẬT"), rv72b.
func loneAbbrev(t string) bool {
	if strings.ContainsAny(t, " \t") || utf8.RuneCountInString(t) > 8 {
		return false
	}
	for _, r := range t {
		if r >= utf8.RuneSelf && r != 'Đ' {
			return false
		}
	}
	return true
}

// row reads a table row, each cell where it belongs: header cells in the
// header, Nơi nhận (left) and the signature (right) at the end, table
// cells in the body and the appendix.
func (r *reader) row(l line, newPara bool) {
	if (r.st == inBody || r.st == inClosing) && r.pairRow(l) {
		r.st = inClosing
		r.pairEnd(l) // end_pair.go
		return
	}
	switch r.st {
	case inTop, inHeader:
		l = expand(l, false)
		for _, c := range l.cells {
			switch {
			case c.text == "":
			case c.col == Left && r.last(Subject) && !headerStartsRe().MatchString(c.text) && (!isUpper(c.text) || loneAbbrev(c.text)):
				r.join(c, " ") // a Công văn's trích yếu over several lines under the number, its last word perhaps an abbreviation alone ("TNCT")
			case isTitle(c.text):
				r.add(Title, c)
				r.st = inSubject
			case r.st == inTop && aboutRe().MatchString(c.text):
				r.add(Subject, c)
			default:
				r.add(Header, c)
			}
		}
	case inSubject, inBody:
		end := expand(l, true)
		if r.partiesRow(end) {
			r.parties = true
		} else if !r.endsBody(end) {
			r.st = inBody
			r.block(Body, l, true)
			return
		}
		r.st = inClosing
		r.endRow(end)
	case inClosing:
		r.endRow(expand(l, true))
	default:
		r.block(Appendix, l, newPara)
		if r.st == inAfter {
			r.st = inAppendix
		}
	}
}

// endRow reads a row of the end block: Nơi nhận on the left, the
// signature on the right.
func (r *reader) endRow(l line) {
	for _, c := range l.cells {
		if c.col == Left {
			r.left(c)
		} else {
			r.right(c)
		}
	}
}

// endsBody reports whether a row starts Nơi nhận or the signature.
func (r *reader) endsBody(l line) bool {
	for _, c := range l.cells {
		if labelRe().MatchString(c.text) || c.col == Right && authorityRe().MatchString(c.text) {
			return true
		}
	}
	return false
}

// left reads a cell of the left column at the end: Nơi nhận.
func (r *reader) left(c line) {
	t := c.text
	switch {
	case t == "":
	case labelRe().MatchString(t):
		r.add(Label, c)
	case c.hang && r.lastRecipient() >= 0:
		r.joinAt(r.lastRecipient(), c, " ") // a recipient's wrapped end, indented under it
	case r.dash(t):
		r.recipient(c)
	case r.recipientGroup(t):
		r.add(Label, c) // "Bản điện tử:" heads the recipients below it
	case r.lastRecipient() >= 0:
		r.joinAt(r.lastRecipient(), c, " ") // a recipient wrapped on the page
	case authorityRe().MatchString(t) || isUpper(t):
		r.right(c)
	case r.partyName(c):
		r.add(Name, c) // the left party's name under its title (record_parties.go)
	default:
		r.recipient(c)
	}
}

// dash reports whether a line starts as a Nơi nhận line does.
func (r *reader) dash(t string) bool {
	return strings.HasPrefix(t, "-") || strings.HasPrefix(t, "+") || listMarked(t)
}

var archiveRe = lazyre.New(`(?i)^[-+•◦▪●·–]?\s*lưu\s*:`)

// recipient adds a Nơi nhận line; the "Lưu:" line is the last one.
func (r *reader) recipient(l line) {
	r.add(Recipient, l)
	if archiveRe().MatchString(l.text) {
		r.archived = true
	}
}

// recipientsEnded reports whether the last Nơi nhận line is the "Lưu:"
// line and ends the list with ".": what follows ("Ghi chú:") is no
// group of recipients.
func (r *reader) recipientsEnded() bool {
	return r.archived && len(r.paras) > 0 && strings.HasSuffix(strings.TrimSpace(r.paras[len(r.paras)-1].Text), ".")
}

// signNoteRe is a note in place of the signature on a copy: "(Đã ký)",
// "[đã ký]", "(Ký, đóng dấu)"; it is neither a title nor the name.
var signNoteRe = lazyre.New(`(?i)^[(\[]\s*(?:đã\s+)?k[ýí](?:\s+tên)?(?:\s*(?:,|và)\s*(?:ghi rõ họ tên|đóng dấu|ghi rõ họ tên,? đóng dấu))?\s*[)\]]$|^đã k[ýí]$`)

// SignNote reports whether a line, trimmed, is a note in place of the
// signature on a copy ("(Đã ký)", "[đã ký]", "(Ký, đóng dấu)").
func SignNote(line string) bool {
	return signNoteRe().MatchString(strings.TrimSpace(line))
}

// right reads a cell of the right column at the end: the signature.
func (r *reader) right(c line) {
	t := c.text
	switch {
	case t == "" || signNoteRe().MatchString(t):
	case r.signed && !r.named && !r.underAuthority() && !r.titleNamesAfter() && capsName(t):
		r.add(Name, c) // "LÊ VĂN DŨNG" under "BÍ THƯ": the name in capitals, said by signer-case
		r.named = true
	case authorityRe().MatchString(t) || capsTitle(t):
		r.add(Signer, c)
		r.signed = true
	case r.paired && r.titleUnder(Signer, t):
		r.add(Signer, c) // end_pair.go
	case !r.named && !r.signed && ordinaryTitle(t):
		r.add(Signer, c) // "Chánh Văn phòng" beside "- Lưu: VT.": the title in small letters, said by signer-case
		r.signed = true
	case !r.named && r.underAuthority() && ordinaryTitle(t):
		r.add(Signer, c) // "Cục trưởng Cục Quản lý công sản" under "TL. BỘ TRƯỞNG", said by signer-case
	case !r.named:
		r.add(Name, c)
		r.named = true
	default:
		r.joinAt(r.lastKind(Name), c, " ")
	}
}

// titleNamesAfter reports whether the last line of the signer's title
// read ends with the kind of a body or a place named after a person
// ("HIỆU TRƯỞNG TRƯỜNG THPT" over "LÊ QUÝ ĐÔN", "CHỦ TỊCH UBND PHƯỜNG"
// over "NGUYỄN TRÃI"), or is a head's word alone ("TRƯỞNG" over "ĐOÀN
// KIỂM TRA"): a line in capitals under it goes on the title, no
// signer's name.
func (r *reader) titleNamesAfter() bool {
	i := r.lastKind(Signer)
	if i < 0 {
		return false
	}
	ws := strings.Fields(r.paras[i].Text)
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	if last == "TRƯỞNG" && (len(ws) == 1 || len(ws) == 2 && ws[0] == "PHÓ") {
		return true // "TRƯỞNG" over "ĐOÀN KIỂM TRA": a head of what the next line names
	}
	return namedAfterKinds[last] || last == "SỞ" && len(ws) > 1 && ws[len(ws)-2] == "CƠ"
}

// namedAfterKinds end a title whose body or place a person's name may
// name on the next line: a school, a ward, a commune, a street.
var namedAfterKinds = map[string]bool{"TRƯỜNG": true, "THPT": true, "THCS": true, "TH": true, "PTDTNT": true, "HỌC": true,
	"NON": true, "GIÁO": true, "THÔNG": true, "TRÚ": true, "PHƯỜNG": true, "XÃ": true, "ĐƯỜNG": true, "ĐỘI": true}

// underAuthority reports whether the last line of the signature read is
// its authority ("TL. BỘ TRƯỞNG", "KT. GIÁM ĐỐC"), the title of the one
// who signs still to come.
func (r *reader) underAuthority() bool {
	i := r.lastKind(Signer)
	if i < 0 {
		return false
	}
	t := strings.TrimSpace(r.paras[i].Text)
	return authorityRe().MatchString(t) || slashAuthority(t) // a Party notice's "T/M BAN THƯỜNG VỤ", a slip's "T/L BỘ TRƯỞNG"
}

// closing reads a whole line at the end: Nơi nhận, the signature, then
// what follows the name.
func (r *reader) closing(l line) {
	t := l.text
	switch {
	case signNoteRe().MatchString(t):
	case r.closingPicture(l): // closing_picture.go
	case labelRe().MatchString(t):
		r.add(Label, l)
	case r.named && r.last(Recipient) && !r.recipientsEnded() && r.recipientGroup(t):
		r.add(Label, l) // "Bản điện tử:" in a Nơi nhận set under the name: a group of its own, its lines under it
		r.archived = false
	case r.named && r.stackedSign(l): // end_stacked.go
	case r.named && !(r.dash(t) && !r.archived):
		r.st = inAfter
		r.line(l, true)
	case r.spacedColumns(l):
	case r.dash(t):
		r.recipient(l)
	case r.signed && capsName(t):
		r.add(Name, l) // "HIỆU TRƯỞNG" over "TRẦN PHƯỚC ĐỨC"
		r.named = true
	case r.bareAuthority() && isUpper(t):
		r.join(l, " ") // "TM." over "ỦY BAN NHÂN DÂN TỈNH", broken by a library
	case authorityRe().MatchString(t) || capsTitle(t) || !r.named && ordinaryTitle(t):
		r.add(Signer, l)
		r.signed = true
	case r.recipientGroup(t):
		// "Bản điện tử:", a group of Nơi nhận under its own heading; in
		// a listing of rows the signer's title may stand in the right
		// cell above it, but the group follows a recipient, never a title
		r.add(Label, l)
	case !r.signed && r.last(Recipient) && !r.pushedRight(l):
		r.join(l, " ") // a recipient wrapped by hand
	default:
		r.add(Name, l)
		r.named = true
	}
}

// bareAuthority reports whether the last paragraph is a signer's line
// holding only its authority ("TM.", "KT.", "TL."), the rest of it on
// the next line.
func (r *reader) bareAuthority() bool {
	if !r.last(Signer) {
		return false
	}
	return bareAuthorityLineRe().MatchString(strings.TrimSpace(r.paras[len(r.paras)-1].Text))
}

// bareAuthorityLineRe is an authority alone on its line.
var bareAuthorityLineRe = lazyre.New(`^(?:TUQ|TM|KT|TL|Q)\s*\.$`)

// note reads a footnote written after the body.
func (r *reader) note(l line) {
	p := r.newPara(Note, l)
	if p.Number == "" {
		n, _, _ := strings.Cut(l.text, " ")
		p.Number = n
		p.Rest = len(n) + 1
	}
	r.paras = append(r.paras, p)
}

// body places a line of the body: a footnote, a new paragraph, or the
// continuation of one cut by a page break.
func (r *reader) body(l line, newPara bool) {
	isNote := l.note != "" || r.marks && (newPara || r.layout != Blank) && plainNote().MatchString(l.text)
	if isNote {
		r.note(l)
		return
	}
	if r.layout != Blank {
		if startsLower(l.text) && !cite.HasMarker(l.text) && r.last(Body) && !pointStart(l.text) ||
			r.last(Body) && wrapsOn(r.paras[len(r.paras)-1].Text, l.text) ||
			r.last(Body) && r.numberOver(l) {
			r.join(l, " ") // a line broken inside its paragraph
			return
		}
		r.add(Body, l) // a line is a paragraph
		return
	}
	marker := cite.HasMarker(l.text)
	switch {
	case !newPara && !marker && r.last(Body) && !r.headingEnds(l) && !r.indentedAnew(l) && !r.enactAnew(l) && !r.groundAnew(l) && !pointStart(l.text): // enact_anew.go, grounds_break.go
		r.join(l, " ")
	case newPara && !marker && !r.rebroken && !l.star && r.lastBody() >= 0 && (startsLower(l.text) || brokenBefore(r.paras[r.lastBody()].Text, l.text)):
		// A heading has no final stop either, but it is short.
		r.joinAt(r.lastBody(), l, " ") // a paragraph cut by a page break
	case newPara && !marker && r.noteCut() >= 0 && r.nextIsNote(l):
		r.joinAt(r.noteCut(), l, "") // a footnote cut by a page break
	default:
		r.add(Body, l)
	}
}

// numeralCommaRe starts a line with a Roman numeral and a comma, the
// end of a name a line break cut ("thôn Cốc Pại / II, xã Niêm Tòng"): no
// heading's number, which a stop or a dash follows.
var numeralCommaRe = lazyre.New(`^[IVX]+,\s`)

// joinWords end no paragraph: a word that wants the rest of its phrase
// after it ("các sở, ngành: Nông nghiệp và / Phát triển nông thôn").
var joinWords = map[string]bool{"của": true, "và": true, "với": true, "cho": true, "tại": true, "các": true, "những": true}

// placeKinds end no point of a dashed list: the kind of a unit wants its
// name after it ("+ Chủ động phối hợp với UBND huyện / Vị Xuyên"); a
// numbered heading may end so, naming its own unit.
var placeKinds = map[string]bool{"huyện": true, "xã": true, "tỉnh": true, "thôn": true, "phường": true, "quận": true}

// wrapsOn reports whether a line starting with a capital goes on with the
// paragraph above it, broken by a library where the sentence goes on: the
// paragraph leaves a bracket open that the line closes before it opens
// any ("(do UBND huyện / Su Phì làm chủ đầu tư)"), or it ends with no
// mark and the line, no point of its own, starts with a name's numeral
// (numeralCommaRe), or the paragraph ends with a word that wants more
// (joinWords, placeKinds).
func wrapsOn(prev, s string) bool {
	if end := lastRune(prev); end == "" || strings.Contains(".;:!?", end) {
		return false
	}
	if cite.HasMarker(s) {
		return false
	}
	w := lastWord(prev)
	if numeralCommaRe().MatchString(s) || joinWords[w] || placeKinds[w] && (strings.HasPrefix(prev, "+ ") || strings.HasPrefix(prev, "- ")) {
		return true
	}
	open := strings.LastIndex(prev, "(")
	if open < 0 || strings.Contains(prev[open:], ")") {
		return false
	}
	c := strings.Index(s, ")")
	return c > 0 && !strings.Contains(s[:c], "(")
}

// pointStartRe starts a point in small letters that no wrapped line of a
// paragraph starts so: a Word bullet a page turned into its font's letter
// ("v Trước tết:", "ü", "q", "Ø", "§" before a capital), or a point
// lettered with a full stop ("a. Cắt, giảm nước ...", for "a)").
var pointStartRe = lazyre.New(`^(?:[vüqØ§]|[a-zđ]\.)\s+\p{Lu}`)

// pointStart reports whether a line starts a point (pointStartRe), never
// the rest of the line above.
func pointStart(t string) bool { return pointStartRe().MatchString(t) }

// closingOpenerRe starts the closing sentence of a body, which never goes
// on with the paragraph above it even when that one lacks its final mark
// ("5. Giao Trung tâm ... thông báo này" over "Với nội dung trên, ...").
var closingOpenerRe = lazyre.New(`^(?:Với (?:những |các )?nội dung (?:trên|nêu trên)|Trên đây là|Trân trọng|Nơi nhận)\b`)

// headingEnds reports whether the last paragraph is a heading written on
// one line that a line starting in capitals follows, and the first word of
// that line would have fitted after the heading: the heading was not cut
// by wrapping ("II. NHIỆM VỤ TRỌNG TÂM" over the paragraph after it). A
// number a page left alone on its line ends nothing when the line under
// it is a part's title or a point's field (colonLed).
func (r *reader) headingEnds(l line) bool {
	p := r.paras[len(r.paras)-1]
	if p.PosAt(0).Line != p.PosAt(len(p.Text)-1).Line {
		return false // already joined: a paragraph
	}
	m := p.Marker
	if r.numberOver(l) {
		return false
	}
	heading := m != "" && m != "-" && m != "+" || isUpper(p.Text)
	first, _ := utf8.DecodeRuneInString(l.text)
	word, _, _ := strings.Cut(l.text, " ")
	fits := utf8.RuneCountInString(p.Text)+1+utf8.RuneCountInString(word) <= r.longest
	return heading && fits && !strings.ContainsAny(lastRune(p.Text), ",;-") &&
		(unicode.IsUpper(first) || unicode.IsDigit(first))
}

// numberOver reports whether the last paragraph is a number a page left
// alone on its line ("II.", "2.") over the line l, the part's title or
// the point's field (colonLed): "II." over "Lệ phí tham dự xét tuyển
// ...:", "2." over "Địa điểm: ...".
func (r *reader) numberOver(l line) bool {
	p := r.paras[len(r.paras)-1]
	m := p.Marker
	return m != "" && m != "-" && m != "+" && strings.TrimSpace(p.Text) == m &&
		!cite.HasMarker(l.text) && colonLed(l.text)
}

// colonLedRe is a heading that leads into its points ("Lệ phí tham dự
// xét tuyển, tài liệu ôn tập:") or a point's field, a label of a few
// words and its colon ("Địa điểm: Tầng 12, ..."): the words a number
// stands over, never a sentence of its own.
var colonLedRe = lazyre.New(`^\p{Lu}[^.;:!?]*:$|^\p{Lu}\S*(?:\s+\S+){0,3}:\s`)

// colonLed reports whether a line is a heading or a field (colonLedRe).
func colonLed(t string) bool { return colonLedRe().MatchString(strings.TrimSpace(t)) }

func lastRune(s string) string {
	_, w := utf8.DecodeLastRuneInString(s)
	return s[len(s)-w:]
}

// block places an appendix line: table cells one by one, other lines
// joined into paragraphs when the text is Blank.
func (r *reader) block(k Kind, l line, newPara bool) {
	if len(l.src) == 0 && l.cells == nil {
		return
	}
	if l.cells != nil {
		for _, c := range l.cells {
			if c.text != "" {
				r.add(Cell, c)
			}
		}
		return
	}
	if r.layout == Blank && !newPara && r.last(k) && numberLower(r.paras[len(r.paras)-1].Text, l.text) {
		r.join(l, " ") // "điểm số diện" over "1.2 của thí sinh."
		return
	}
	if r.layout == Blank && !newPara && !cite.HasMarker(l.text) && r.last(k) &&
		(!isUpper(l.text) || capsGoesOn(r.paras[len(r.paras)-1].Text, l.text)) && !r.blockHeadingEnds(l) {
		r.join(l, " ")
		return
	}
	if i := r.blockCut(k, l); newPara && i >= 0 {
		r.joinAt(i, l, " ") // a paragraph cut by a blank line or a page's number
		return
	}
	r.add(k, l)
}

func (r *reader) newPara(k Kind, l line) Para {
	p := Para{Kind: k, Text: l.text, src: l.src, Notes: l.notes, Number: l.note, Line: l.num, Col: l.col, nfd: l.nfd, file: r.f, Pict: l.pict, pictAt: l.pictAt}
	if k == Recipient {
		p.Text = markerTab(p.Text) // "-\tLưu: VT."
	}
	if k == Body || k == Appendix {
		p.Marker, p.Rest = marker(l.text)
		p.Text = markerTab(p.Text)
		if p.Marker == "" {
			p.Bullet = bullet(l)
		}
		if p.Marker == "" && p.Bullet == "" && l.pict != "" {
			p.Bullet = l.pict
		}
	}
	return p
}

func (r *reader) add(k Kind, l line) {
	r.paras = append(r.paras, r.newPara(k, l))
}

func (r *reader) last(k Kind) bool {
	return len(r.paras) > 0 && r.paras[len(r.paras)-1].Kind == k
}

// lastKind is the index of the last paragraph of kind k, -1 if none.
func (r *reader) lastKind(k Kind) int {
	for i := len(r.paras) - 1; i >= 0; i-- {
		if r.paras[i].Kind == k {
			return i
		}
	}
	return -1
}

// lastRecipient is the index of the last Nơi nhận line when no label came
// after it, -1 if none.
func (r *reader) lastRecipient() int {
	for i := len(r.paras) - 1; i >= 0; i-- {
		switch r.paras[i].Kind {
		case Recipient:
			return i
		case Label:
			return -1
		}
	}
	return -1
}

func (r *reader) join(l line, sep string) { r.joinAt(len(r.paras)-1, l, sep) }

func (r *reader) joinAt(i int, l line, sep string) {
	if i < 0 || len(l.src) == 0 {
		return
	}
	p := &r.paras[i]
	if sep != "" {
		p.Text += sep
		p.src = append(p.src, l.src[0])
	}
	if p.nfd == 0 && l.nfd > 0 {
		p.nfd = len(p.Text) + l.nfd
	}
	p.Text += l.text
	p.src = append(p.src, l.src...)
	p.Notes = append(p.Notes, l.notes...)
}

// lastBody is the index of the last body paragraph, -1 if none.
func (r *reader) lastBody() int {
	for i := len(r.paras) - 1; i >= 0; i-- {
		switch r.paras[i].Kind {
		case Body:
			return i
		case Note:
			continue
		}
		return -1
	}
	return -1
}

// noteCut is the index of the last footnote when it ends mid-word ("58/QĐ-"),
// cut by a page break; else -1.
func (r *reader) noteCut() int {
	for i := len(r.paras) - 1; i >= 0; i-- {
		if r.paras[i].Kind == Note {
			if strings.HasSuffix(r.paras[i].Text, "-") {
				return i
			}
			return -1
		}
	}
	return -1
}

// nextIsNote reports whether the next paragraph after the current line is
// a footnote: the continuation of a footnote cut by a page break stands at
// the foot of the next page, just before that page's own notes.
func (r *reader) nextIsNote(line) bool {
	blank := false
	for _, l := range r.lines[r.at+1:] {
		if l.text == "" && l.cells == nil {
			blank = true
			continue
		}
		return blank && (l.note != "" || r.marks && plainNote().MatchString(l.text))
	}
	return false
}

func marker(s string) (string, int) { return cite.ParseMarker(s) }

// markerTab is s with the tab right after its list marker made a space:
// Word's numbering saved as text writes the marker and a tab ("-\tSở Tài
// chính"), and the tab is the marker's space.
func markerTab(s string) string {
	m, _ := marker(s)
	if n := len(m); n > 0 && n < len(s) && s[n] == '\t' {
		return s[:n] + " " + s[n+1:]
	}
	return s
}

// unfinished reports whether a paragraph stops mid-sentence: it is long
// (a heading is short and has no final stop either) and ends in a word.
func unfinished(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return (unicode.IsLetter(r) || unicode.IsDigit(r) || r == ',') && len(strings.Fields(s)) >= 20
}

// isUpper reports whether s has letters and none in lower case.
func isUpper(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters = true
		}
	}
	return letters
}

// slippedTitle reports a tên loại line written with a mark lost or wrong
// ("THÔNG BAO", "QUYÊT ĐỊNH") or with every mark lost ("THONG BAO"): read
// where the tên loại stands, and said by phrase-typo.
func slippedTitle(s string) bool {
	_, _, ok := cite.TitleSlip(s)
	if !ok {
		_, _, ok = cite.BareTitle(s)
	}
	return ok
}

// isTitle reports a tên loại line: "THÔNG BÁO", or the name of another
// type of Phụ lục III in capitals ("QUYẾT ĐỊNH", "KẾ HOẠCH").
func isTitle(s string) bool {
	_, ok := cite.TitleType(s)
	return ok
}

// markedTitle reports a tên loại line with a stop typed after it
// ("THÔNG BÁO:"), read where the tên loại stands and said by
// title-punct.
func markedTitle(s string) bool {
	_, _, ok := cite.TitleMark(s)
	return ok
}
