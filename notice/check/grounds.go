package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

func init() {
	register(
		&Rule{ID: "grounds", Severity: diag.Warning, Ref: diag.RefGrounds, Run: grounds,
			Title: diag.Msg("mỗi căn cứ ban hành một dòng, bắt đầu bằng \"Căn cứ\", kết thúc bằng dấu \";\", dòng cuối bằng dấu \".\"", "each ground of issue is a line that starts with \"Căn cứ\" and ends with \";\", the last with \".\""),
			Help:  diag.Msg("viết \"Căn cứ <tên văn bản>;\" ở mỗi dòng; dòng căn cứ cuối cùng kết thúc bằng dấu chấm", "write \"Căn cứ <document>;\" on each line; end the last ground with a period")},
		&Rule{ID: "enacting-line", Severity: diag.Warning, Ref: diag.RefMau, Run: enactingLine,
			Title: diag.Msg("dòng \"QUYẾT ĐỊNH:\" trước các điều có dấu hai chấm", "the line \"QUYẾT ĐỊNH:\" before the articles ends with a colon"),
			Help:  diag.Msg("viết \"QUYẾT ĐỊNH:\" (\"QUYẾT NGHỊ:\") trên một dòng, sau các căn cứ", "write \"QUYẾT ĐỊNH:\" (\"QUYẾT NGHỊ:\") on a line of its own after the grounds")},
	)
}

// A Quyết định, and a Nghị quyết, gives the grounds it is issued on one
// per line after the authority that issues it ("Căn cứ Luật ...;",
// "Xét đề nghị của ...;", "Theo đề nghị của ...."), then "QUYẾT ĐỊNH:"
// (or "QUYẾT NGHỊ:") on a line of its own, then the articles (Phụ lục I,
// Mục II, khoản 6, điểm a; Phụ lục III, Mẫu 1.1 to 1.3).

// enactingRe is the line that introduces the articles.
var enactingRe = lazyre.New(`^QUYẾT (?:ĐỊNH|NGHỊ)\s*(:?)$`)

// groundsBlock returns the index in the body of the enacting line, and of
// the first ground before it ("Căn cứ ..."); ok false when the text has
// none.
func groundsBlock(v *View) (from, enact int, ok bool) {
	from = -1
	for i, s := range v.Body {
		t := strings.TrimSpace(s.Text)
		if from < 0 && strings.HasPrefix(t, "Căn cứ") {
			from = i
		}
		if enactingRe().MatchString(t) {
			return from, i, from >= 0
		}
	}
	return 0, 0, false
}

// groundStartRe starts a ground as written: "Căn cứ", "Xét", "Theo đề
// nghị", "Trên cơ sở", "Thực hiện".
var groundStartRe = lazyre.New(`^(?:Căn cứ|Xét|Theo|Trên cơ sở|Thực hiện|Sau khi|Để)\s`)

// grounds reports, in the grounds before "QUYẾT ĐỊNH:", a ground that
// names a document without "Căn cứ" before it ("Luật Xây dựng ngày
// 10/12/2025;"), a ground that ends with neither ";" nor "." (the last
// with "."), and a sentence of its own standing as the last ground
// (statementBeforeEnacting); grounds run into one paragraph after ";" are
// joinedGrounds'.
func grounds(p *Pass) {
	v := p.View
	joinedGrounds(p) // grounds_joined.go
	cutGrounds(p)    // grounds_cut.go
	groundRunsOn(p)  // grounds_run_on.go
	from, enact, ok := groundsBlock(v)
	if !ok {
		noticeGrounds(p) // a Thông báo's grounds before the sentence that announces
		return
	}
	if v.FromTOML || enact-from < 2 {
		return
	}
	for i := from; i < enact; i++ {
		s := &v.Body[i]
		t := strings.TrimSpace(s.Text)
		if i > from && !groundStartRe().MatchString(t) && startsWithTypeName(t) && endsGround(v.Body[i-1].Text) {
			groundLacksHead(p, s, 0, t)
		}
		next := ""
		if i+1 < enact {
			next = strings.TrimSpace(v.Body[i+1].Text)
		}
		if i+1 < enact && !groundStartRe().MatchString(next) && !endsGround(t) {
			continue // a ground the reading split, or one that runs on: its parts are not grounds
		}
		if statementBeforeEnacting(v, i, from, enact) {
			p.Report(s, 0, diag.Msg("đoạn %q đứng giữa các căn cứ và \"QUYẾT ĐỊNH:\" mà không phải là căn cứ", "the paragraph %q stands between the grounds and \"QUYẾT ĐỊNH:\" and is no ground", short(t)),
				diag.Msg("đưa nội dung này vào các điều của quyết định, hoặc viết thành căn cứ (\"Căn cứ ...\", \"Xét đề nghị của ...\"); căn cứ cuối cùng kết thúc bằng dấu \".\"", "move it into the articles, or write it as a ground (\"Căn cứ ...\", \"Xét đề nghị của ...\"); end the last ground with \".\""))
			continue
		}
		end := lastRune(t)
		switch {
		case i == enact-1 && end != ".":
			p.Report(s, len(s.Text)-1, groundEnd(t, end, "."))
		case i < enact-1 && end != ";" && end != ".":
			p.Report(s, len(s.Text)-1, groundEnd(t, end, ";"))
		case i < enact-1 && end == "." && midGroundStop(v, i, from, enact):
			p.Report(s, len(s.Text)-1, groundEnd(t, end, ";"))
		}
	}
}

// statementBeforeEnacting reports whether paragraph i of the body, the
// last before "QUYẾT ĐỊNH:", is a sentence of its own and no ground: it
// opens with a capital and neither as a ground nor with a tên loại
// ("Trường mầm non Tuổi Thơ hướng dẫn thực hiện Quy chế ..."), after a
// ground that ends with ";". A ground the reading split goes on in small
// letters or figures, after a line that does not end with ";".
func statementBeforeEnacting(v *View, i, from, enact int) bool {
	if i != enact-1 || i <= from {
		return false
	}
	t := strings.TrimSpace(v.Body[i].Text)
	return startsUpper(t) && !groundStartRe().MatchString(t) && !startsWithTypeName(t) && lastRune(strings.TrimSpace(v.Body[i-1].Text)) == ";"
}

// groundLacksHead says that the ground t, standing at byte off of s, lacks
// its "Căn cứ".
func groundLacksHead(p *Pass, s *Seg, off int, t string) {
	p.Report(s, off, diag.Msg("căn cứ %q thiếu chữ \"Căn cứ\" ở đầu dòng", "the ground %q lacks \"Căn cứ\" at its start", short(t)),
		diag.Msg("viết \"Căn cứ %s\"", "write \"Căn cứ %s\"", short(t)))
}

// endsGround reports whether a paragraph ends as a ground does, with ";"
// or ".".
func endsGround(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, ";") || strings.HasSuffix(s, ".")
}

// startsWithTypeName reports whether a text starts with the name of a
// type of document in ordinary case: "Luật", "Nghị định số".
func startsWithTypeName(t string) bool {
	for _, n := range cite.TypeNames() {
		if strings.HasPrefix(t, n+" ") {
			return true
		}
	}
	return strings.HasPrefix(t, "Bộ luật ")
}

// enactingLine reports "QUYẾT ĐỊNH" written without its colon on the line
// that introduces the articles.
func enactingLine(p *Pass) {
	v := p.View
	if v.FromTOML {
		return
	}
	if _, enact, ok := groundsBlock(v); ok {
		s := &v.Body[enact]
		t := strings.TrimSpace(s.Text)
		if m := enactingRe().FindStringSubmatch(t); m != nil && m[1] == "" {
			p.Report(s, len(s.Text)-1, diag.Msg("%q thiếu dấu hai chấm: %q", "%q lacks its colon: %q", t, t+":"),
				diag.Msg("viết %q", "write %q", t+":"))
		}
	}
}

// lastRune is the last character of s, as a string.
func lastRune(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

// groundEnd says how a ground ends when it should end with mark: with
// another mark, named, or with no mark at all after its last word.
func groundEnd(t, end, mark string) diag.Text {
	r, _ := utf8.DecodeRuneInString(end)
	if isLetter(r) || unicode.IsDigit(r) || unicode.IsPunct(r) && strings.ContainsRune(")\"”", r) {
		words := strings.Fields(t)
		last := words[len(words)-1]
		if mark == "." {
			return diag.Msg("dòng căn cứ cuối cùng thiếu dấu \".\" ở cuối, sau %q", "the last ground lacks its final \".\", after %q", last)
		}
		return diag.Msg("căn cứ thiếu dấu \";\" ở cuối, sau %q", "the ground lacks its final \";\", after %q", last)
	}
	if mark == "." {
		return diag.Msg("dòng căn cứ cuối cùng kết thúc bằng dấu \".\", không phải %q", "the last ground ends with \".\", not %q", end)
	}
	return diag.Msg("căn cứ kết thúc bằng dấu \";\", không phải %q", "a ground ends with \";\", not %q", end)
}
