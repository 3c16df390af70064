package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "purpose-cut", Severity: diag.Warning, Ref: diag.Practice, Run: purposeCut,
		Title: diag.Msg("vế chỉ mục đích, dịp, tình hình mở đầu câu (\"Để ...\", \"Nhằm ...\", \"Nhân dịp ...\", \"Trước tình hình ...\") đi liền với vế chính, không đứng thành câu riêng", "a phrase of purpose, occasion or circumstance that opens a sentence (\"Để ...\", \"Nhằm ...\", \"Nhân dịp ...\", \"Trước tình hình ...\") is joined to its main clause, not set as a sentence of its own"),
		Help:  diag.Msg("nối vế mục đích với câu sau bằng dấu phẩy (\"Để bảo đảm an toàn, [tên cơ quan] thông báo ...\")", "join the purpose phrase to the next sentence with a comma (\"Để bảo đảm an toàn, [tên cơ quan] thông báo ...\")")})
}

// A purpose phrase that opens a sentence ("Để bảo đảm an toàn cho học
// sinh", "Nhằm hạn chế lây lan dịch bệnh") leads into the clause it gives
// the purpose of, after a comma. Closed by a full stop, it stands as a
// sentence with no main clause, and the clause that announces or asks
// ("Ủy ban nhân dân xã yêu cầu:", "Bệnh viện thông báo ...") starts a new
// sentence after it: the stop cuts one sentence in two.

// purposeCut reports, in the body, a sentence that opens with "Để" or
// "Nhằm", holds no clause of its own, and ends with a full stop, when the
// sentence after it (in the same paragraph, or the next paragraph) is
// the one that announces or asks. A list item is left alone.
func purposeCut(p *Pass) {
	body := sentenceBody(p.View)
	for i, seg := range body {
		if !runningProse(seg) {
			continue
		}
		s := seg.Text
		if at, ok := purposeSemicolon(s); ok {
			reportPurposeSemicolon(p, seg, at) // purpose_semicolon.go: "Để ...; Ủy ban nhân dân huyện đề nghị"
		}
		start := eachSentence(s, func(start, dot int) {
			if purposeFragment(s[start:dot]) && announces(nextSentenceText(s[dot+1:])) {
				reportPurposeCut(p, seg, dot, s[start:dot])
			}
		})
		t := strings.TrimRight(s, " \t")
		if i+1 >= len(body) || !strings.HasSuffix(t, ".") || strings.HasSuffix(t, "..") || start >= len(t)-1 {
			continue
		}
		next := body[i+1]
		if !runningProse(next) {
			continue
		}
		if dot := len(t) - 1; purposeFragment(s[start:dot]) && announces(next.Text) {
			reportPurposeCut(p, seg, dot, s[start:dot])
		}
	}
}

func reportPurposeCut(p *Pass, seg *Seg, dot int, phrase string) {
	p.Report(seg, dot, diag.Msg("vế mở đầu %q khép bằng dấu chấm thành một câu không có vế chính", "the leading phrase %q is closed with a full stop as a sentence with no main clause", short(phrase)),
		diag.Msg("thay dấu chấm bằng dấu phẩy, nối với câu sau (\"Để ..., [tên cơ quan] thông báo ...\")", "put a comma for the full stop, joining it to the next sentence (\"Để ..., [tên cơ quan] thông báo ...\")"))
}

// nextSentenceText is the sentence rest starts with, up to its own full
// stop.
func nextSentenceText(rest string) string {
	if stops := sentenceStops(rest); len(stops) > 0 {
		return rest[:stops[0]]
	}
	return rest
}

// announceWords are what the sentence a purpose phrase leads into says
// its issuer does: announces, asks, submits.
var announceWords = []string{"thông báo", "đề nghị", "yêu cầu", "kính trình", "trân trọng"}

// announces reports whether s says what the issuer announces or asks.
func announces(s string) bool {
	low := strings.ToLower(s)
	for _, w := range announceWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// leadOpeners open a phrase that leads into a sentence: its purpose ("Để
// bảo đảm ...", "Nhằm hạn chế ..."), its occasion ("Nhân kỷ niệm 46 năm
// ...", "Nhân dịp ..."), the state of things it answers ("Trước tình
// hình dịch bệnh ...", "Trước diễn biến ...").
var leadOpeners = []string{"Để", "Nhằm", "Nhân dịp", "Nhân kỷ niệm", "Trước tình hình", "Trước diễn biến"}

// purposeFragment reports whether t, a sentence, is a purpose phrase (or
// one of occasion or circumstance) with no clause of its own: it opens
// with one of leadOpeners ("Để" and "Nhằm" with a verb, a small letter), and no part after a comma or a semicolon reads as a clause: a
// capital after it, or a verb of a main clause ("..., nhà trường đề
// nghị ...", "..., học sinh được nghỉ ...").
func purposeFragment(t string) bool {
	var rest, opener string
	for _, w := range leadOpeners {
		if strings.HasPrefix(t, w+" ") {
			rest, opener = t[len(w)+1:], w
			break
		}
	}
	if rest == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(rest); (opener == "Để" || opener == "Nhằm") && !isLowerRune(r) {
		return false // a verb follows "Để" and "Nhằm"
	}
	var n nesting
	from := len(rest)
	for i, r := range rest {
		n.step(r)
		if !n.outside() {
			continue
		}
		switch r {
		case ':':
			return false
		case ',', ';':
			if from < len(rest) && clausePart(rest[from:i]) {
				return false
			}
			from = i + 1
		}
	}
	return from == len(rest) || !clausePart(rest[from:])
}

// subjectWords start a main clause's subject after a purpose phrase's
// comma ("Để được tiêm phòng miễn phí, người dân đăng ký ..."), where the
// parts of the phrase itself start with a verb ("..., giảm thiểu ùn tắc").
var subjectWords = []string{"các", "những", "mọi", "mỗi", "toàn thể", "tất cả", "người", "nhân dân", "học sinh", "sinh viên", "cán bộ", "nhà trường", "đơn vị", "chúng tôi", "quý"}

// clausePart reports whether part, what follows a comma or a semicolon,
// reads as a clause: it starts with a capital or with a subject, or holds
// a verb of a main clause.
func clausePart(part string) bool {
	if clauseVerb(part) {
		return true
	}
	part = strings.TrimLeft(part, " ")
	for _, w := range subjectWords {
		if strings.HasPrefix(part, w+" ") {
			return true
		}
	}
	return false
}
