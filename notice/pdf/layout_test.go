package pdf

import (
	"errors"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/fonts"
	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/compose"
)

const tol = 0.05 // mm

func defaultSet(t testing.TB) *fonts.Set {
	t.Helper()
	s, err := fonts.Default()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func layFile(t testing.TB, path string, opts Options) (*compose.Document, *Layout) {
	t.Helper()
	n, err := notice.LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return layNotice(t, n, opts)
}

func layNotice(t testing.TB, n *notice.Notice, opts Options) (*compose.Document, *Layout) {
	t.Helper()
	d := compose.Compose(n)
	l, err := Lay(d, defaultSet(t), opts)
	if err != nil {
		t.Fatal(err)
	}
	return d, l
}

func laySource(t testing.TB, src string) *Layout {
	t.Helper()
	n, err := notice.Load("t.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	_, l := layNotice(t, n, Options{})
	return l
}

func seedPaths(t testing.TB) []string {
	t.Helper()
	paths, _ := filepath.Glob("../../testdata/seeds/*.toml")
	if len(paths) == 0 {
		t.Fatal("no seeds")
	}
	return append(paths, "../../templates/example.toml")
}

func near(a, b float64) bool { return math.Abs(a-b) <= tol }

// lines groups text boxes of a role into lines: same page, same baseline.
type textLine struct {
	page        int
	y           float64
	left, right float64
	boxes       []Box
}

func linesOf(l *Layout, roles ...Role) []textLine {
	want := map[Role]bool{}
	for _, r := range roles {
		want[r] = true
	}
	var out []textLine
	for _, b := range l.Boxes {
		if b.Kind != TextBox || !want[b.Role] {
			continue
		}
		if k := len(out) - 1; k >= 0 && out[k].page == b.Page && math.Abs(out[k].y-b.Y) < 2.5 {
			out[k].boxes = append(out[k].boxes, b)
			out[k].left = min(out[k].left, b.X)
			out[k].right = max(out[k].right, b.X+b.W)
			continue
		}
		out = append(out, textLine{page: b.Page, y: b.Y, left: b.X, right: b.X + b.W, boxes: []Box{b}})
	}
	return out
}

func (tl textLine) text() string {
	var parts []string
	for _, b := range tl.boxes {
		parts = append(parts, b.Text)
	}
	return strings.Join(parts, " ")
}

// §1.2: every box lies inside the margins, but the page numbers, which sit
// in the top margin.
func TestMargins(t *testing.T) {
	for _, p := range seedPaths(t) {
		_, l := layFile(t, p, Options{})
		for _, b := range l.Boxes {
			right := b.X + b.W
			if b.Kind == RuleBox {
				right = max(b.X, b.X2)
			}
			if b.X < MarginLeft-tol || right > PageW-MarginRight+tol {
				t.Errorf("%s: %s box %q at x %.2f..%.2f outside the side margins", p, b.Role, b.Text, b.X, right)
			}
			top, bottom := b.Y-ascent(b.Size), b.Y+descent(b.Size)
			if b.Kind == RuleBox {
				top, bottom = min(b.Y, b.Y2), max(b.Y, b.Y2)
			}
			if b.Role == RolePageNumber {
				if bottom > MarginTop || top < 0 {
					t.Errorf("%s: page number at %.2f..%.2f is not in the top margin", p, top, bottom)
				}
				continue
			}
			if top < MarginTop-tol || bottom > PageH-MarginBottom+tol {
				t.Errorf("%s: page %d: %s box %q at y %.2f..%.2f outside the top and bottom margins", p, b.Page, b.Role, b.Text, top, bottom)
			}
		}
	}
	if MarginTop < 20 || MarginTop > 25 || MarginBottom < 20 || MarginBottom > 25 || MarginLeft < 30 || MarginLeft > 35 || MarginRight < 15 || MarginRight > 20 {
		t.Error("margins outside the decree's ranges (§1.2)")
	}
}

// §3, §4, §5, §14: the header.
func TestHeader(t *testing.T) {
	src := strings.Replace(baseSrc, `date = "2024-04"`, `date = 2024-01-05`, 1)
	src = strings.Replace(src, `name = ["ỦY BAN NHÂN DÂN", "THỊ XÃ ĐỨC PHỔ"]`, "parent = [\"UBND TỈNH QUẢNG NGÃI\"]\nname = [\"VĂN PHÒNG\"]", 1)
	l := laySource(t, src)
	one := func(r Role) Box {
		bs := l.Find(r)
		if len(bs) == 0 {
			t.Fatalf("no %s box", r)
		}
		return bs[0]
	}
	country, motto, date := one(RoleCountry), one(RoleMotto), one(RolePlaceDate)
	lineBox := func(r Role) Box {
		ls := linesOf(l, r)
		if len(ls) == 0 {
			t.Fatalf("no %s line", r)
		}
		b := ls[0].boxes[0]
		b.X, b.W, b.Text = ls[0].left, ls[0].right-ls[0].left, ls[0].text()
		return b
	}
	issuer, parent, number := lineBox(RoleIssuer), lineBox(RoleParent), lineBox(RoleNumber)

	if country.Text != "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" || country.Style != fonts.Bold || country.Size < 12 || country.Size > 13 {
		t.Errorf("Quốc hiệu: %+v", country)
	}
	if motto.Text != "Độc lập - Tự do - Hạnh phúc" || motto.Style != fonts.Bold || motto.Size != country.Size+1 {
		t.Errorf("Tiêu ngữ: %+v", motto)
	}
	if date.Style != fonts.Italic || date.Size != motto.Size {
		t.Errorf("place and date: %+v (§1.4: the Tiêu ngữ's size, italic)", date)
	}
	if date.Text != "Đức Phổ, ngày 05 tháng 01 năm 2024" {
		t.Errorf("date %q: days below 10 and months 1-2 are padded (§5.2)", date.Text)
	}
	// Right column: country on the top line, motto under it centred, the
	// date centred under them; left column: issuer centred over "Số:".
	cx := func(b Box) float64 { return b.X + b.W/2 }
	if !near(cx(country), cx(motto)) || !near(cx(country), cx(date)) || country.X < TextLeft+0.4*TextW {
		t.Errorf("right column not centred: %.2f %.2f %.2f", cx(country), cx(motto), cx(date))
	}
	if !near(cx(issuer), cx(number)) || !near(cx(parent), cx(issuer)) || cx(issuer) > TextLeft+0.3*TextW {
		t.Errorf("left column not centred: %.2f %.2f %.2f", cx(parent), cx(issuer), cx(number))
	}
	if !near(parent.Y, country.Y) || parent.Style != fonts.Regular || issuer.Style != fonts.Bold || issuer.Size < 12 || issuer.Size > 13 {
		t.Errorf("parent %+v / issuer %+v (§3.3)", parent, issuer)
	}
	if parent.Y >= issuer.Y {
		t.Error("the parent body stands above the issuer")
	}
	if !near(number.Y, date.Y) || number.Size != 13 || number.Style != fonts.Regular || number.Text != "Số:"+blank+"/TB-UBND" {
		t.Errorf("Số %+v must share the row of the date %+v (§4.3)", number, date)
	}
	// Rules: under the issuer 1/3-1/2 of its line; under the motto as long as it.
	rules := l.Find(RoleRule)
	var issuerRule, mottoRule *Box
	for i, r := range rules {
		switch {
		case r.Y > issuer.Y && r.Y < number.Y && r.X < TextLeft+HeaderLeftW:
			issuerRule = &rules[i]
		case r.Y > motto.Y && r.Y < date.Y && r.X > TextLeft+HeaderLeftW-1:
			mottoRule = &rules[i]
		}
	}
	if issuerRule == nil || mottoRule == nil {
		t.Fatalf("missing header rules: %+v", rules)
	}
	if w := issuerRule.X2 - issuerRule.X; w < issuer.W/3-tol || w > issuer.W/2+tol || !near((issuerRule.X+issuerRule.X2)/2, cx(issuer)) {
		t.Errorf("issuer rule %.2f mm for a %.2f mm line (§3.3: 1/3-1/2, centred)", w, issuer.W)
	}
	if w := mottoRule.X2 - mottoRule.X; !near(w, motto.W) || !near(mottoRule.X, motto.X) {
		t.Errorf("motto rule %.2f mm for a %.2f mm line (§3.2: as long as the Tiêu ngữ)", w, motto.W)
	}
}

// §6.1, §13.1: THÔNG BÁO and the trích yếu.
func TestTitle(t *testing.T) {
	_, l := layFile(t, "../../testdata/seeds/004.toml", Options{})
	kind := l.Find(RoleKind)[0]
	if kind.Text != "THÔNG BÁO" || kind.Style != fonts.Bold || kind.Size < 13 || kind.Size > 14 || !near(kind.X+kind.W/2, TextLeft+TextW/2) {
		t.Errorf("tên loại %+v", kind)
	}
	lines := linesOf(l, RoleSubject)
	longest := 0.0
	for _, ln := range lines {
		for _, b := range ln.boxes {
			if b.Style != fonts.Bold || b.Size < 13 || b.Size > 14 {
				t.Errorf("trích yếu box %+v", b)
			}
		}
		if !near((ln.left+ln.right)/2, TextLeft+TextW/2) {
			t.Errorf("trích yếu line %q not centred", ln.text())
		}
		longest = max(longest, ln.right-ln.left)
	}
	last := lines[len(lines)-1]
	for _, r := range l.Find(RoleRule) {
		if r.Page == 1 && r.Y > last.y && r.Y < last.y+5 {
			if w := r.X2 - r.X; w < longest/3-tol || w > longest/2+tol {
				t.Errorf("trích yếu rule %.2f for a %.2f line (§6.1: 1/3-1/2)", w, longest)
			}
			return
		}
	}
	t.Error("no rule under the trích yếu")
}

// §7.2: body text.
func TestBodyText(t *testing.T) {
	for _, opts := range []Options{{}, {Small: true}} {
		_, l := layFile(t, "../../testdata/seeds/004.toml", opts)
		size := 14.0
		if opts.Small {
			size = 13
		}
		lines := linesOf(l, RoleBody, RoleHeading)
		justified, ragged, indented := 0, 0, 0
		for i, ln := range lines {
			for _, b := range ln.boxes {
				if b.Size != size {
					t.Fatalf("body box %q at %v pt, want %v", b.Text, b.Size, size)
				}
			}
			if near(ln.right, TextRight) {
				justified++
			} else {
				ragged++
			}
			if near(ln.left, TextLeft+Indent) {
				indented++
			}
			if i > 0 && lines[i-1].page == ln.page {
				gap := ln.y - lines[i-1].y
				lead := leading(size, LineFactor)
				if !near(gap, lead) && gap < lead+pt(6)-tol {
					t.Errorf("line %q: %.2f mm after the previous one; paragraphs need 6 pt more than %.2f", ln.text(), gap, lead)
				}
			}
		}
		if single*size*mmPerPt > leading(size, LineFactor) || leading(size, LineFactor) > 1.5*single*size*mmPerPt {
			t.Error("line spacing must be between single and 1.5 lines")
		}
		if justified < 3*ragged || indented < 20 {
			t.Errorf("%d justified, %d ragged, %d indented lines", justified, ragged, indented)
		}
	}
}

// §14: inline styles inside a justified paragraph; numbers, dates and
// citations never split at a line end.
func TestInlineStylesAndUnbreakables(t *testing.T) {
	_, l := layFile(t, "../../testdata/seeds/004.toml", Options{})
	lines := linesOf(l, RoleBody, RoleHeading, RoleNoteMark)
	var bold, italic int
	for k, ln := range lines {
		for _, b := range ln.boxes {
			if b.Role == RoleBody && b.Style == fonts.Bold {
				bold++
			}
			if b.Style == fonts.Italic {
				italic++
			}
		}
		if k+1 < len(lines) {
			checkBreak(t, ln, lines[k+1])
		}
	}
	if bold == 0 || italic == 0 {
		t.Errorf("bold %d, italic %d runs in the body", bold, italic)
	}
	// A long paragraph of dates: every "ngày" shares its line with its date.
	src := baseSrc + "[assessment]\nresults = [\"" + strings.Repeat("Thực hiện theo Quyết định số 26/QĐ-UBND ngày 09/01/2023 của Chủ tịch UBND huyện, ", 12) + "\"]\n"
	dated := linesOf(laySource(t, src), RoleBody)
	for k := 0; k+1 < len(dated); k++ {
		checkBreak(t, dated[k], dated[k+1])
	}
}

// checkBreak fails when the break between two lines splits a number from
// the word before it, or a document number or date in two.
func checkBreak(t *testing.T, ln, next textLine) {
	t.Helper()
	last := ln.boxes[len(ln.boxes)-1].Text
	first := next.boxes[0].Text
	startsDigit := first != "" && first[0] >= '0' && first[0] <= '9'
	if startsDigit && (last == "ngày" || last == "số" || last == "Số" || last == "tháng" || last == "năm") {
		t.Errorf("break between %q and %q: %q / %q", last, first, ln.text(), next.text())
	}
	if len(last) > 1 && (strings.HasSuffix(last, "-") || strings.HasSuffix(last, "/")) {
		t.Errorf("a number is split after %q", last)
	}
}

// §10.1: page numbers from page 2, centred in the top margin, 13-14 pt.
func TestPageNumbers(t *testing.T) {
	_, l := layFile(t, "../../testdata/seeds/004.toml", Options{})
	nums := l.Find(RolePageNumber)
	if l.Pages < 3 || len(nums) != l.Pages-1 {
		t.Fatalf("%d pages, %d numbers", l.Pages, len(nums))
	}
	for i, b := range nums {
		if b.Page != i+2 || b.Text != itoa(i+2) || b.Size < 13 || b.Size > 14 || !near(b.X+b.W/2, TextLeft+TextW/2) || b.Y > MarginTop {
			t.Errorf("page number %+v", b)
		}
	}
}

// Footnotes sit at the foot of the page that refers to them.
func TestFootnotesOnTheirPage(t *testing.T) {
	d, l := layFile(t, "../../testdata/seeds/004.toml", Options{})
	refPage := map[string]int{}
	for _, b := range l.Find(RoleNoteMark) {
		if _, seen := refPage[b.Text]; !seen {
			refPage[b.Text] = b.Page
		}
	}
	notes := linesOf(l, RoleNote)
	for _, n := range d.Notes {
		found := false
		for _, nl := range notes {
			if nl.boxes[0].Text == n.Number && nl.page == refPage[n.Number] {
				found = true
				if nl.y < Bottom-60 {
					t.Errorf("note %s at %.1f mm is not at the foot of the page", n.Number, nl.y)
				}
			}
		}
		if !found {
			t.Errorf("note %s is not on page %d, where it is referred to", n.Number, refPage[n.Number])
		}
	}
}

// §8, §9.3: Nơi nhận and the signature block.
func TestSignatureBlock(t *testing.T) {
	for _, p := range seedPaths(t) {
		d, l := layFile(t, p, Options{})
		label := l.Find(RoleLabel)
		auth := linesOf(l, RoleAuthority)
		names := l.Find(RoleName)
		if len(label) != 1 || len(auth) == 0 || len(names) == 0 {
			t.Fatalf("%s: label %v, authority %v, name %v", p, label, auth, names)
		}
		lb := label[0]
		if lb.Text != "Nơi nhận:" || lb.Size != 12 || lb.Style != fonts.Bold|fonts.Italic || !near(lb.X, TextLeft) {
			t.Errorf("%s: label %+v", p, lb)
		}
		if !near(lb.Y, auth[0].y) || lb.Page != auth[0].page {
			t.Errorf("%s: Nơi nhận at %.2f, first authority line at %.2f (§9.3: level)", p, lb.Y, auth[0].y)
		}
		rec := linesOf(l, RoleRecipient)
		var lastRec textLine
		starts := 0
		for _, r := range rec {
			for _, b := range r.boxes {
				if b.Size != 11 || b.Style != fonts.Regular {
					t.Errorf("%s: recipient box %+v", p, b)
				}
			}
			if strings.HasPrefix(r.boxes[0].Text, "-") {
				starts++
			}
			lastRec = r
		}
		if starts != len(d.Recipients)+1 || !strings.HasPrefix(lastRec.text(), "- Lưu: VT") || !strings.HasSuffix(lastRec.text(), ".") {
			t.Errorf("%s: %d recipient lines, last %q", p, starts, lastRec.text())
		}
		center := TextLeft + SigRightX + SigRightW/2
		for _, a := range auth {
			if !near((a.left+a.right)/2, center) || a.boxes[0].Style != fonts.Bold || a.boxes[0].Size < 13 || a.boxes[0].Text != strings.ToUpper(a.boxes[0].Text) {
				t.Errorf("%s: authority line %q", p, a.text())
			}
			if a.left < TextLeft+TextW/2-20 {
				t.Errorf("%s: authority line %q is not in the right half", p, a.text())
			}
		}
		nameLine := linesOf(l, RoleName)[0]
		name := nameLine.boxes[0]
		if name.Style != fonts.Bold || !near((nameLine.left+nameLine.right)/2, center) {
			t.Errorf("%s: name %q not centred", p, nameLine.text())
		}
		if gap := name.Y - auth[len(auth)-1].y; gap < 5*leading(SizeSignature, 1)-tol {
			t.Errorf("%s: %.1f mm to sign in, want at least four blank lines (§8.5)", p, gap)
		}
		// The block is not split, and not alone at the top of its page.
		if name.Page != lb.Page || lastRec.page != lb.Page {
			t.Errorf("%s: Nơi nhận and signature split over pages", p)
		}
		closing := linesOf(l, RoleBody)
		var last textLine
		for _, c := range closing {
			if c.page < lb.Page || c.page == lb.Page && c.y < lb.Y {
				last = c
			}
		}
		if last.page != lb.Page || !strings.HasSuffix(last.text(), "./.") {
			t.Errorf("%s: the block is alone on page %d; the closing line %q is on page %d", p, lb.Page, last.text(), last.page)
		}
	}
}

// The block goes to a new page with the last lines of the closing when it
// does not fit.
func TestSignatureKeepsWithClosing(t *testing.T) {
	for n := 10; n < 40; n++ {
		src := baseSrc + "[assessment]\nresults = [" + strings.Repeat("\"Đoạn văn dài để đẩy khối chữ ký xuống cuối trang, với đủ chữ cho hai dòng văn bản trên trang giấy A4 này.\",", n) + "]\n"
		l := laySource(t, src)
		lb := l.Find(RoleLabel)[0]
		var sameClosing int
		for _, c := range linesOf(l, RoleBody) {
			if c.page == lb.Page && c.y < lb.Y {
				sameClosing++
			}
		}
		if sameClosing == 0 || l.Find(RoleName)[0].Page != lb.Page {
			t.Fatalf("%d paragraphs: the signature block is alone or split", n)
		}
	}
}

// §10.2: an appendix starts a page, numbered anew, with a table whose
// header row repeats on every page.
func TestAppendix(t *testing.T) {
	_, l := layFile(t, "../../testdata/seeds/003.toml", Options{})
	app := l.Find(RoleAppendix)
	if len(app) == 0 || app[0].Text != "Phụ lục" || app[0].Size != 14 || app[0].Style != fonts.Bold {
		t.Fatalf("appendix heading %+v", app)
	}
	start := app[0].Page
	if !near(app[0].Y, MarginTop+ascent(14)) {
		t.Errorf("the appendix does not start at the top of a page: %.2f", app[0].Y)
	}
	for _, b := range l.Boxes {
		if b.Page < start && b.Role == RoleCell {
			t.Error("table before the appendix page")
		}
	}
	for _, n := range l.Find(RolePageNumber) {
		if n.Page == start {
			t.Error("the appendix's first page shows a number")
		}
		if n.Page == start+1 && n.Text != "2" {
			t.Errorf("the appendix's second page is numbered %s, want 2", n.Text)
		}
	}
	headers := map[int]bool{}
	for _, ln := range linesOf(l, RoleCell) {
		if ln.boxes[0].Text == "Chỉ" && strings.HasPrefix(ln.text(), "Chỉ số, tiêu chí") && ln.boxes[0].Style == fonts.Bold {
			headers[ln.page] = true
		}
	}
	for p := start; p <= l.Pages; p++ {
		if !headers[p] {
			t.Errorf("page %d of the table has no header row", p)
		}
	}
	if l.Pages-start < 1 {
		t.Error("the table should run over two pages")
	}
}

func TestPageLimit(t *testing.T) {
	src := baseSrc + "[assessment]\nresults = [" + strings.Repeat("\""+strings.Repeat("chữ ", 400)+"\",", 600) + "]\n"
	n, err := notice.Load("t.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Lay(compose.Compose(n), defaultSet(t), Options{}); !errors.Is(err, ErrTooManyPages) {
		t.Fatalf("err = %v, want the page limit", err)
	}
}

// TestOverflow: what cannot fit where the decree puts it is an error naming
// the element, never text off the page; a long place name wraps.
func TestOverflow(t *testing.T) {
	set := defaultSet(t)
	long := strings.Repeat("rất dài ", 400)
	d := fuzzDoc("x")
	d.Header.Issuer = []string{long}
	_, err := Lay(d, set, Options{})
	var le *LayoutError
	if !errors.As(err, &le) || !errors.Is(err, ErrOverflow) || le.Rule != "layout-overflow" || !strings.Contains(le.Message.VI, "tên cơ quan ban hành") {
		t.Fatalf("err = %v, want an overflow of the issuer", err)
	}
	d = fuzzDoc("x")
	d.Header.Place = strings.Repeat("Thành phố Hồ Chí Minh ", 6)
	l, err := Lay(d, set, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if lines := l.Find(RolePlaceDate); len(lines) < 2 {
		t.Errorf("a long place name takes %d lines, want it wrapped", len(lines))
	}
}

func itoa(i int) string {
	s := ""
	for {
		s = string(rune('0'+i%10)) + s
		i /= 10
		if i == 0 {
			return s
		}
	}
}

const baseSrc = `number = "/TB-UBND"
place = "Đức Phổ"
date = "2024-04"
subject = "Kết luận của đồng chí Bùi Văn Lý, Chủ tịch UBND thị xã"

[issuer]
name = ["ỦY BAN NHÂN DÂN", "THỊ XÃ ĐỨC PHỔ"]

[meeting]
date = 2024-04-12
name = "cuộc họp"

[meeting.chair]
name = "Bùi Văn Lý"
title = "Chủ tịch UBND thị xã"

[closing]
text = "Văn phòng thông báo để các cơ quan, đơn vị biết, thực hiện"
recipients = ["TT Thị ủy", "UBND các xã, phường"]
archive = "VT"

[signer]
authority = ["TL. CHỦ TỊCH"]
title = "CHÁNH VĂN PHÒNG"
name = "Võ Minh Châu"
`

// §9.3: Nơi nhận runs as wide as the left cell of the end block in Word
// (the cell less its padding), so that a line fits where it fits in Word,
// and a longer one wraps under the text after "- ", where a person would
// wrap it.
func TestRecipientsColumn(t *testing.T) {
	if w := RecipientsW; w < 72 || w > 73 || SigRightX < SigLeftW || !near(SigRightX+SigRightW, TextW) {
		t.Fatalf("end block columns %.2f | %.2f | %.2f mm", SigLeftW, SigRightX-SigLeftW, SigRightW)
	}
	src := strings.Replace(baseSrc, `recipients = ["TT Thị ủy", "UBND các xã, phường"]`,
		`recipients = ["Sở Nông nghiệp và Phát triển nông thôn", "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ngãi"]`, 1)
	l := laySource(t, src)
	lines := linesOf(l, RoleRecipient)
	var got []string
	for _, ln := range lines {
		got = append(got, ln.text())
		if ln.right > TextLeft+RecipientsW+tol {
			t.Errorf("recipient line %q runs to %.2f mm, past the cell (%.2f)", ln.text(), ln.right-TextLeft, RecipientsW)
		}
	}
	if len(lines) != 4 || got[0] != "- Sở Nông nghiệp và Phát triển nông thôn;" || !strings.HasPrefix(got[1], "- Sở Văn hóa") {
		t.Fatalf("recipient lines %q: a line as long as Word's cell holds (65.9 mm) must stay whole", got)
	}
	if got[2] != "tỉnh Quảng Ngãi;" {
		t.Errorf("recipient wrapped as %q / %q: a place stays with its unit word", got[1], got[2])
	}
	dash := defaultSet(t).Face(fonts.Regular).Width("- ") * SizeRecipients * mmPerPt
	if !near(lines[1].left, TextLeft) || !near(lines[2].left, TextLeft+dash) {
		t.Errorf("a wrapped recipient hangs at %.2f mm, want %.2f (under the text after \"- \")", lines[2].left-TextLeft, dash)
	}
}
