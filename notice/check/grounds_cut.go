package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A Thông báo or a letter gives what it acts on in its opening sentence:
// "Căn cứ ..., thực hiện Chỉ thị số 15/CT-TTg ..., Công ty thông báo ..."
// (Phụ lục III, Mẫu 1.4 and 1.5). A ground closed by a full stop, with
// the sentence it grounds after it in the same paragraph ("... của Thủ
// tướng Chính phủ. Công ty thông báo ..."), is a phrase with no main
// clause: the stop cuts the sentence in two, where a comma belongs.

// cutGrounds reports, for grounds, in the body of a Thông báo or a letter,
// a sentence that opens with a ground ("Căn cứ ...", "Thực hiện" and a
// document or a direction) and has no clause of its own, closed by a
// full stop that another sentence follows in the same paragraph. A list
// item is left alone ("2. Thực hiện Kế hoạch số ... . Các đơn vị ..."
// gives a task), and so is a ground that goes on to its clause after a
// comma or a colon ("Căn cứ ..., các tổ dân phố đã ...").
func cutGrounds(p *Pass) {
	body := sentenceBody(p.View)
	if body == nil {
		otherCutGrounds(p)
		return
	}
	for i, seg := range body {
		if !runningProse(seg) {
			continue
		}
		s := seg.Text
		start := eachSentence(s, func(start, dot int) {
			g, next := s[start:dot], nextSentenceText(s[dot+1:])
			if groundFragment(g) || (theoGround(g) || namedGroundFragment(g)) && announces(next) {
				reportCutGround(p, seg, dot, s[start:dot])
			}
		})
		if at, ok := groundSemicolon(s); ok {
			p.Report(seg, at, diag.Msg("căn cứ %q nối với vế chính bằng dấu \";\"", "the ground %q is joined to its main clause with \";\"", short(strings.TrimSpace(s[:at]))),
				diag.Msg("thay dấu \";\" bằng dấu phẩy (\"Thực hiện ..., [tên cơ quan] thông báo ...\")", "put a comma for the \";\" (\"Thực hiện ..., [tên cơ quan] thông báo ...\")"))
		}
		if dot, ok := paragraphGroundCut(body, i, start); ok {
			reportCutGround(p, seg, dot, s[start:dot])
		}
	}
}

func reportCutGround(p *Pass, seg *Seg, dot int, ground string) {
	msg := diag.Msg("căn cứ %q khép bằng dấu chấm thành một câu không có vế chính", "the ground %q is closed with a full stop as a sentence with no main clause", short(ground))
	if strings.HasPrefix(ground, "Trả lời ") || strings.HasPrefix(ground, "Phúc đáp ") {
		msg = diag.Msg("vế mở đầu %q khép bằng dấu chấm thành một câu không có vế chính", "the leading phrase %q is closed with a full stop as a sentence with no main clause", short(ground))
	}
	p.Report(seg, dot, msg,
		diag.Msg("nối căn cứ với câu mà nó làm căn cứ bằng dấu phẩy (\"Căn cứ ..., [tên cơ quan] thông báo ...\")", "join the ground to the sentence it grounds with a comma (\"Căn cứ ..., [tên cơ quan] thông báo ...\")"))
}

// paragraphGroundCut reports the full stop that ends the paragraph
// body[i] when its last sentence, from start, is a ground with no clause
// of its own and the sentence it grounds stands apart in the next
// paragraph ("Thực hiện Kế hoạch số 327/KH-UBND ... năm 2022." then "UBND
// phường thông báo ..."). A ground of a block of grounds is left alone
// (the last of "Căn cứ ...;" lines ends with "." as a Quyết định's does,
// NĐ 30, Phụ lục I, Mục II, khoản 6, điểm a), and so is a ground over
// the issuer's "... THÔNG BÁO" in capitals on a line of its own, a block
// of one set as a Quyết định sets its căn cứ over "QUYẾT ĐỊNH:" (the
// line's own slip is announce-line's), and one the next paragraph does
// not follow on from: another ground, a list item, a table.
func paragraphGroundCut(body []*Seg, i, start int) (int, bool) {
	s := body[i].Text
	t := strings.TrimRight(s, " \t")
	if !strings.HasSuffix(t, ".") || strings.HasSuffix(t, "..") || strings.HasSuffix(t, "/.") || start >= len(t)-1 {
		return 0, false
	}
	dot := len(t) - 1
	if i+1 >= len(body) || loneBlock(s, start) {
		return 0, false
	}
	next := body[i+1]
	nt := strings.TrimSpace(next.Text)
	if capsAnnounce(nt) == 0 {
		return 0, false // over "ỦY BAN NHÂN DÂN PHƯỜNG ... THÔNG BÁO" (capsAnnounce): the block of căn cứ, its last closed by "." (Phụ lục I, Mục II, khoản 6, điểm a)
	}
	g := s[start:dot]
	if groundBeforeGround(body, i, g, nt) {
		return dot, true
	}
	switch {
	case theoGround(g):
		if !announces(nt) {
			return 0, false
		}
	case listedGrounds(g):
		if !strings.HasPrefix(g, "Căn cứ ") && !announces(nt) {
			return 0, false
		}
	case namedGroundFragment(g) && namedSingleGround(g) && (!groundFragment(g) || !singleGround(g)):
		if !announces(nt) {
			return 0, false
		}
	case !groundFragment(g) || !singleGround(g):
		return 0, false
	}
	if !runningProse(next) || nt == "" || groundHead(strings.ToLower(nt)) || strings.HasPrefix(nt, "Xét ") {
		return 0, false
	}
	if i > 0 && groundStartRe().MatchString(strings.TrimSpace(body[i-1].Text)) {
		return 0, false
	}
	return dot, true
}

// groundBeforeGround reports whether g, the last sentence of body[i],
// closed by a full stop, is a "Thực hiện" ground with no clause of its
// own that another ground follows in the next paragraph, nt ("Thực hiện
// Văn bản số 2008/VQH-NCĐTQT ... năm 2065." then "Thực hiện Thông báo số
// 1436/TB-UBND ..., UBND xã thông báo ..."): the stop cuts the grounds
// from each other and from the clause they lead into, as it does inside
// one paragraph (cutGrounds). A "Căn cứ" paragraph is a block of its own,
// its "." the decree's (loneBlock), whatever follows it; a ground after a
// Quyết định's block ("Căn cứ ...;" over it) is that block's last; a list
// item or a table is no ground.
func groundBeforeGround(body []*Seg, i int, g, nt string) bool {
	next := body[i+1]
	if !runningProse(next) || !strings.HasPrefix(g, "Thực hiện ") {
		return false
	}
	if !groundFragment(g) || !singleGround(g) && !listedGrounds(g) {
		return false
	}
	if !strings.HasPrefix(nt, "Căn cứ ") && !(strings.HasPrefix(nt, "Thực hiện ") && groundObject(nt[len("Thực hiện "):])) {
		return false
	}
	if i > 0 {
		prev := strings.TrimSpace(body[i-1].Text)
		if groundStartRe().MatchString(prev) && lastRune(prev) == ";" {
			return false // the last of a block of grounds "Căn cứ ...;"
		}
	}
	return true
}

// listedGrounds reports whether t, a paragraph's last sentence, is a
// "Thực hiện" or "Căn cứ" ground that lists the documents it rests on
// parted by ";" ("Thực hiện Công điện số 87/CĐ-TTg ...; Công điện số
// 02/CĐ-BCH ... về việc ứng phó bão số 3."; "Căn cứ Kế hoạch số
// 84/KH-UBND ...; Điều lệ số 117/ĐL-BTC ..."), each part after a ";"
// citing a document by its tên loại, or a name, and its number, and no
// comma leading into a clause. Unlike a block of "Căn cứ" lines, it stands
// in one paragraph; for "Thực hiện", which also opens a task, the caller
// asks besides that the next paragraph be the one that announces or asks.
func listedGrounds(t string) bool {
	if !strings.HasPrefix(t, "Thực hiện ") && !strings.HasPrefix(t, "Căn cứ ") || !groundFragment(t) {
		return false
	}
	var n nesting
	parts := 0
	for i, r := range t {
		n.step(r)
		if r != ';' || !n.outside() {
			continue
		}
		after := strings.TrimLeft(t[i+1:], " ")
		if !citedAfter(after) && !citedAfter(capitalize(after)) && !numberedDocRe().MatchString(after) && !attachedDocAfter(after) {
			return false
		}
		parts++
	}
	if parts == 0 {
		return false
	}
	for _, part := range strings.Split(t, ";") {
		if !singleGround(part) {
			return false
		}
	}
	return true
}

// numberedDocRe matches a document cited by a name no tên loại list
// holds, then its number and ký hiệu: "Điều lệ số 117/ĐL-BTC", "Phương án
// số 12/PA-UBND".
var numberedDocRe = lazyre.New(`^\p{Lu}\p{Ll}*(?: \p{Ll}+){0,2} số:? ?\d+/\p{Lu}`)

// sentenceStops returns the byte offsets of the full stops in s that end
// a sentence another follows in the same paragraph: a "." outside
// brackets and quotation marks, then a space and a capital. The stop of
// an initial ("M. alternifolia") or of a short name in capitals ("TP.
// Hà Nội") ends no sentence.
//
// Every such stop has a space after it: a text with no ". " has none. The
// text is walked byte by byte, the curly quotation marks found by their
// three bytes (no byte of theirs starts or continues another character's).
func sentenceStops(s string) []int {
	if !containsLit(s, ". ") {
		return nil
	}
	var out []int
	var n nesting
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '(' || c == ')':
			n.step(rune(c))
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D): // “ ”
			n.step(rune(0x2000 | rune(s[i+2]-0x80)))
			i += 2
		case c == '.' && n.outside() && capitalAfter(s[i+1:]) && !shortCapsBefore(s[:i]):
			out = append(out, i)
		}
	}
	return out
}

// nesting follows, character by character, the round brackets and the
// curly quotation marks a text stands in.
type nesting struct {
	depth int
	quote bool
}

func (n *nesting) step(r rune) {
	switch r {
	case '(':
		n.depth++
	case ')':
		n.depth = max(0, n.depth-1)
	case '“':
		n.quote = true
	case '”':
		n.quote = false
	}
}

// outside reports whether the text is outside brackets and quotation
// marks.
func (n nesting) outside() bool { return n.depth == 0 && !n.quote }

// capitalAfter reports whether s starts with a space, then a capital.
func capitalAfter(s string) bool {
	t := strings.TrimLeft(s, " ")
	if len(t) == len(s) || t == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return isUpperRune(r)
}

// shortCapsBefore reports whether head ends with a word of at most four
// letters, all capitals: an initial or a short name ("M", "TP", "UBND")
// whose "." may be an abbreviation's.
func shortCapsBefore(head string) bool {
	i := strings.LastIndexFunc(head, func(r rune) bool { return !isLetter(r) })
	w := head[i+1:]
	if i >= 0 {
		_, n := utf8.DecodeRuneInString(head[i:])
		w = head[i+n:]
	}
	return w != "" && utf8.RuneCountInString(w) <= 4 && strings.ToUpper(w) == w
}

// groundFragment reports whether t, a sentence, is a ground with no
// clause of its own: it opens with "Căn cứ", with "Thực hiện" and what
// a ground names (a document, "chỉ đạo", "ý kiến", "tinh thần"), or
// with "Trả lời" or "Phúc đáp" and the letter a Công văn answers, and no
// clause follows a comma or a colon in it. A comma is a ground's where a
// ground follows it (", thực hiện ...") or it falls inside the cited
// document's trích yếu (after "về").
func groundFragment(t string) bool { return groundFragmentIn(t, false) }

// namedGroundFragment reports whether t is a ground with no clause of its
// own when a capital after a comma inside the cited document's trích yếu
// may open a name of the subject's list ("... về việc treo cờ Tổ quốc và
// nghỉ giỗ Tổ Hùng Vương, Ngày chiến thắng 30/4, ngày Quốc tế Lao động
// 01/5"), not a clause: no body that acts opens it and no verb of a main
// clause follows before the next comma (nameInSubject). A clause's subject
// has a capital too, so the caller asks besides that the sentence after
// the stop announce or ask: that is the clause the ground leads into.
func namedGroundFragment(t string) bool { return groundFragmentIn(t, true) }

// groundFragmentIn is groundFragment; with names, a capital after a comma
// inside the cited trích yếu that nameInSubject reads as a name is the
// ground's.
func groundFragmentIn(t string, names bool) bool {
	var rest string
	switch {
	case strings.HasPrefix(t, "Căn cứ "):
		rest = t[len("Căn cứ "):]
	case strings.HasPrefix(t, "Thực hiện "):
		rest = t[len("Thực hiện "):]
		if !groundObject(rest) {
			return false
		}
	case strings.HasPrefix(t, "Trả lời "), strings.HasPrefix(t, "Phúc đáp "):
		_, rest, _ = strings.Cut(t, " ")
		_, rest, _ = strings.Cut(rest, " ") // the letter answered: "Trả lời Công văn số ... của Cục Hải quan ..."
		if !startsWithTypeName(capitalize(rest)) {
			return false
		}
	default:
		return false
	}
	subject := len(rest)
	for _, w := range []string{" về ", " v/v ", " V/v ", " Về việc "} { // "Về việc" with the capital a cited trích yếu keeps mid-line (sentence-caps says it)
		if i := strings.Index(rest, w); i >= 0 && i < subject {
			subject = i
		}
	}
	var n nesting
	for i, r := range rest {
		n.step(r)
		if !n.outside() {
			continue
		}
		switch r {
		case ';':
			after := strings.TrimLeft(rest[i+1:], " ")
			if capitalAfter(rest[i+1:]) && !startsWithTypeName(after) && !citedAfter(after) && !numberedDocRe().MatchString(after) && !attachedDocAfter(after) && !groundHead(strings.ToLower(after)) && !(i > subject && nameInSubject(after)) {
				return false // "...; UBND quận Cầu Giấy tổ chức ...": a clause after the semicolon, no other document nor a name of the cited trích yếu ("v/v nghỉ giỗ Tổ ...; Chiến thắng 30/4")
			}
		case ':':
			if capitalAfter(rest[i+1:]) && !strings.HasSuffix(strings.ToLower(rest[:i]), "về việc") && !(i > subject && !clauseAfterColon(rest[i+1:])) {
				return false // "...: Công ty sẽ có thông báo cụ thể sau"; "về việc: Phát động ..." is the cited trích yếu
			}
		case ',':
			after := strings.TrimLeft(rest[i+1:], " ")
			if purposeAfter(after) {
				return purposeFragment(capitalize(after))
			}
			if i > subject && toldClauseAfter(after) { // grounds_told_subject.go
				return false
			}
			if names && i > subject && nameInSubject(after) {
				continue
			}
			if i < subject && issuersComma(rest, i, subject) {
				continue
			}
			if capitalAfter(rest[i+1:]) && !citedAfter(after) || i < subject && !groundHead(after) && !citationGoesOn(after) && !citedAfter(after) {
				return false
			}
		}
	}
	return true
}

// clauseAfterColon reports whether what follows a colon inside a cited
// document's trích yếu may be a clause of the ground's own: a verb of
// clauseWords anywhere in it. A project's name after "phê duyệt dự án:"
// ("về việc phê duyệt dự án: Nâng cấp nghĩa trang ...") has none.
func clauseAfterColon(after string) bool {
	padded := " " + strings.ToLower(after) + " "
	for _, w := range clauseWords {
		if strings.Contains(padded, " "+w+" ") {
			return true
		}
	}
	return false
}

// groundObject reports whether rest, after "Thực hiện", names what a
// ground rests on: a document by its tên loại ("các Quyết định" of a
// plural head too), or a direction.
func groundObject(rest string) bool {
	rest = strings.TrimPrefix(rest, "các ")
	low := lowerLead(rest, groundLowLen) // the words below are all it reads
	for _, w := range groundManner {
		low = strings.TrimPrefix(low, w) // "Thực hiện nghiêm chỉ đạo ...", "Thực hiện theo sự chỉ đạo ..."
	}
	for _, w := range groundDirections {
		if strings.HasPrefix(low, w) {
			return true
		}
	}
	if m := lawPartRe().FindString(rest); m != "" {
		rest = rest[len(m):] // "Điều 43 của Luật Đất đai ...": a part of the document cited
	}
	if tail, ok := strings.CutPrefix(capitalize(rest), "Văn bản số "); ok && tail != "" && isDigit(tail[0]) {
		return true // "Thực hiện Văn bản số 3551/UBND-KGVX ...": a document cited by its number under the common name
	}
	return startsWithTypeName(capitalize(rest))
}

// groundManner are the words groundObject passes before a direction, in
// turn; groundDirections the directions it reads after them.
var (
	groundManner     = []string{"nghiêm túc ", "nghiêm ", "theo "}
	groundDirections = []string{"chỉ đạo ", "ý kiến chỉ đạo ", "sự chỉ đạo ", "tinh thần "}
)

// groundLowLen is the most bytes of rest in small letters groundObject
// reads: every word of groundManner and the longest direction
// (TestGroundLowLen). Lowering the whole of rest, a paragraph at times,
// was 0.06M instructions a seed.
const groundLowLen = 50

// lawPartRe matches the part of a document a ground rests on, before the
// document's tên loại: "Điều 43 của ", "khoản 2 Điều 5 ", "điểm a khoản 1
// Điều 12 của ".
var lawPartRe = lazyre.New(`^(?:[Đđ]iểm [a-zđ] )?(?:[Kk]hoản \d+ )?Điều \d+[a-zđ]? (?:của )?`)

// groundHead reports whether s opens another ground: "thực hiện",
// "căn cứ", "theo".
func groundHead(s string) bool {
	for _, w := range []string{"thực hiện ", "căn cứ ", "theo "} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// clauseWords tell a main clause after a ground's comma: the verb that
// announces or asks ("..., đề nghị các đơn vị ...", "..., nhà trường
// thông báo ..."), a tense or a passive ("..., Bộ đã chủ trì ...", "...,
// cán bộ và sinh viên được nghỉ ..."), an order with no subject ("Để biết
// thêm chi tiết, liên hệ Văn phòng ...").
var clauseWords = []string{"thông báo", "đề nghị", "yêu cầu", "trân trọng", "kính", "đã", "sẽ", "xin", "cần", "phải", "được", "đang", "liên hệ", "vui lòng", "hãy", "truy cập"}

// singleGround reports whether t, a ground closed by a full stop at the
// end of its paragraph, is one ground and no more: no ";" parts it from
// another (the grounds of a block, the last of which ends with "."), and
// no comma leads into what reads as its clause: a capital after it, even
// with no space ("...biên chế\",Bộ Nội vụ đã ..."), or a verb of a main
// clause in the part up to the next comma ("..., cán bộ, giảng viên và
// sinh viên được nghỉ ...").
func singleGround(t string) bool { return singleGroundIn(t, false) }

// namedSingleGround is singleGround where a part after a comma inside the
// cited document's trích yếu that nameInSubject reads as a name is the
// ground's, as namedGroundFragment reads it; the caller asks besides that
// the paragraph after announce or ask.
func namedSingleGround(t string) bool { return singleGroundIn(t, true) }

func singleGroundIn(t string, names bool) bool {
	subject := len(t)
	if names {
		for _, w := range []string{" về ", " v/v ", " V/v ", " Về việc "} {
			if i := strings.Index(t, w); i >= 0 && i < subject {
				subject = i
			}
		}
	}
	var n nesting
	var parts []string
	var starts []int
	from := 0
	for i, r := range t {
		n.step(r)
		if !n.outside() {
			continue
		}
		switch r {
		case ';':
			return false
		case ',':
			parts = append(parts, t[from:i])
			starts = append(starts, from)
			from = i + 1
		}
	}
	parts = append(parts, t[from:])
	starts = append(starts, from)
	trich := len(t) // the cited trích yếu, for issuersComma
	if i := strings.Index(t, " về "); i >= 0 {
		trich = i
	}
	for k, part := range parts[1:] {
		after := strings.TrimLeft(part, " ")
		if names && starts[k+1] > subject && nameInSubject(after) {
			continue
		}
		if starts[k+1] <= trich && issuersComma(t, starts[k+1]-1, trich) {
			continue
		}
		if clauseVerb(part) && !citedAfter(after) {
			return false
		}
	}
	return true
}

// clauseVerb reports whether part, what follows a comma, reads as a main
// clause by its first letter or its verb: a capital, or one of
// clauseWords as a whole word.
func clauseVerb(part string) bool {
	part = strings.TrimLeft(part, " ")
	if c, _ := utf8.DecodeRuneInString(part); isUpperRune(c) {
		return true
	}
	padded := " " + part + " "
	for _, w := range clauseWords {
		if strings.Contains(padded, " "+w+" ") && !nounUse(padded, w) {
			return true
		}
	}
	return false
}

// nounUse reports whether every use of w in padded is a noun's: "yêu
// cầu" and "đề nghị" after "đáp ứng" or "theo" are what is asked, not
// the verb of a clause ("..., đáp ứng yêu cầu công việc của Bệnh viện").
func nounUse(padded, w string) bool {
	if w != "yêu cầu" && w != "đề nghị" {
		return false
	}
	rest := padded
	for {
		i := strings.Index(rest, " "+w+" ")
		if i < 0 {
			return true
		}
		if !strings.HasSuffix(rest[:i], " đáp ứng") && !strings.HasSuffix(rest[:i], " theo") {
			return false
		}
		rest = rest[i+len(w)+1:]
	}
}

// theoGround reports whether t, a sentence, is a ground that opens with
// "Theo" and a document by its tên loại ("Theo Thông báo số 308/TB-ĐLHTr
// ... về việc ngừng cấp điện") and has no clause of its own. "Theo" also
// opens a sentence's own statement ("Theo Kế hoạch, các trường ..."), so
// the caller asks besides that the sentence after it be the one that
// announces or asks.
func theoGround(t string) bool {
	rest, ok := strings.CutPrefix(t, "Theo ")
	return ok && startsWithTypeName(rest) && groundFragment("Căn cứ "+rest) && singleGround(rest)
}

// groundSemicolon reports the ";" that joins a paragraph's opening ground
// to the clause it grounds ("Thực hiện Công văn số 1285/UBND-NN ... trên
// địa bàn huyện; UBND xã Ngũ Phúc thông báo lịch tiêm phòng ..."): the
// ground, with no clause of its own, is followed after the ";" by a
// subject in a capital that announces or asks, not by another ground
// ("; Kế hoạch số ...", "; Căn cứ ...").
func groundSemicolon(s string) (int, bool) {
	t := strings.TrimLeft(s, " \t")
	lead := len(s) - len(t)
	if !strings.HasPrefix(t, "Thực hiện ") && !strings.HasPrefix(t, "Căn cứ ") {
		return 0, false
	}
	i, after, ok := leadSemicolon(t, groundFragment)
	if !ok {
		return 0, false
	}
	if w, _, _ := strings.Cut(after, " "); strings.HasSuffix(w, ",") {
		return 0, false // "; Nay, UBND phường ...": sentence-caps says the capital of the word after ";"
	}
	if !announces(clauseAfter(after)) {
		return 0, false
	}
	return lead + i, true
}

// leadSemicolon finds in t, a paragraph that opens with a lead phrase
// (a ground, a purpose), the first ";" outside brackets before any full
// stop, and reports it with what follows it when the words before it
// are a lead with no clause of its own (fragment) and the words after it
// open in a capital with no other ground or cited document ("; Kế hoạch
// số ...", "; Căn cứ ...", "; Nội quy ... ban hành kèm theo Quyết định
// số ...": attachedDocAfter).
func leadSemicolon(t string, fragment func(string) bool) (int, string, bool) {
	var n nesting
	for i, r := range t {
		n.step(r)
		if r == '.' && n.outside() && capitalAfter(t[i+1:]) {
			return 0, "", false // the first sentence ends before any ";"
		}
		if r != ';' || !n.outside() {
			continue
		}
		after := strings.TrimLeft(t[i+1:], " ")
		if !capitalAfter(t[i+1:]) || groundHead(strings.ToLower(after)) || startsWithTypeName(after) || attachedDocAfter(after) || !fragment(t[:i]) {
			return 0, "", false
		}
		return i, after, true
	}
	return 0, "", false
}

// clauseAfter is the clause after a lead's ";", up to its sentence's end
// or its next ";" or ":".
func clauseAfter(after string) string {
	clause := nextSentenceText(after)
	if end := strings.IndexAny(clause, ";:"); end >= 0 {
		clause = clause[:end]
	}
	return clause
}

// citationGoesOn reports whether what follows a comma inside a ground
// goes on citing the document: its date or its issuer, set off by a
// comma citation-form speaks of ("Thông báo số 86/TB-VP, ngày 30 tháng 9
// năm 2020 của ...", "ngày 18/4/2014, của Bộ trưởng ..."), not a clause.
func citationGoesOn(after string) bool {
	for _, w := range []string{"ngày ", "của ", "về việc "} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return amendedYearRe().MatchString(after)
}

// amendedYearRe matches the amendment a law's citation gives after a
// comma: "Luật Tổ chức chính quyền địa phương năm 2015, sửa đổi, bổ sung
// năm 2019".
var amendedYearRe = lazyre.New(`^(sửa đổi,? bổ sung|sửa đổi|bổ sung) năm \d{4}\b`)

// citedAfter reports whether after, what follows a ground's comma, cites
// another document by its tên loại and number ("..., Thông báo số
// 32/TB-HĐND ngày 09/6/2021 ..."): the ground lists what it rests on.
func citedAfter(after string) bool {
	for _, n := range cite.TypeNames() {
		if tail, ok := strings.CutPrefix(after, n+" số "); ok {
			r, _ := utf8.DecodeRuneInString(tail)
			return r >= '0' && r <= '9'
		}
	}
	return false
}

// purposeAfter reports whether after, what follows a ground's comma, is a
// purpose phrase in small letters ("..., để tiếp tục phòng, chống dịch
// bệnh ..."): the ground and the phrase together lead into a clause.
func purposeAfter(after string) bool {
	return strings.HasPrefix(after, "để ") || strings.HasPrefix(after, "nhằm ")
}

// eachSentence calls fn with the start and the full stop of each sentence
// of s that a stop closes (sentenceStops), its leading spaces left out,
// and returns where the text after the last stop starts.
func eachSentence(s string, fn func(start, dot int)) int {
	start := len(s) - len(strings.TrimLeft(s, " \t"))
	for _, dot := range sentenceStops(s) {
		fn(start, dot)
		start = dot + 1 + len(s[dot+1:]) - len(strings.TrimLeft(s[dot+1:], " "))
	}
	return start
}

// sentenceBody is the body whose sentences grounds and purpose-cut read:
// none for a text laid out in columns, of no kind or a form.
func sentenceBody(v *View) []*Seg {
	if v.Columns || v.Type == Other || v.Type == Form {
		return nil
	}
	return v.bodySegs()
}

// runningProse reports whether seg is a paragraph of running prose: no
// table cell and no list item.
func runningProse(seg *Seg) bool {
	return seg.Role != RoleCell && seg.Marker == ""
}

// subjectHeads open the subject of a main clause after a ground's comma:
// a body that acts ("..., Ủy ban nhân dân xã thông báo", "..., Nhà trường
// tổ chức ..."), or "Nay".
var subjectHeads = []string{"Ủy ban", "Uỷ ban", "UBND", "Ban ", "Hội đồng", "HĐND", "Nhà trường", "Trường", "Công ty", "Sở ", "Phòng ", "Trung tâm", "Bệnh viện", "Cục ", "Chi cục", "Bộ ", "Văn phòng", "Đảng ủy", "Đảng uỷ", "Huyện ủy", "Tỉnh ủy", "Thành ủy", "Đoàn ", "Hội ", "Liên đoàn", "Công an", "Viện ", "Tổng cục", "Đài ", "Chúng tôi", "Nay", "Vì ", "Do ", "Theo ", "Tuy "}

// nameInSubject reports whether after, what follows a comma inside a
// cited trích yếu, reads as one more name of the subject's list up to the
// next comma, semicolon or colon: no subjectHeads opens it, each name in
// it ("Chiến thắng 30/4 và Quốc tế Lao động 1/5" holds two) is short
// (nameWordsMost words of letters at most: "Ngày Chiến thắng 30/4",
// "Trưởng ấp năm 2012") and no verb of clauseWords stands in it. A longer
// part is a clause whose body no list holds ("Mặt trận Tổ quốc xã phát
// động nhân dân ra quân", "Trạm Y tế xã trực cấp cứu").
func nameInSubject(after string) bool {
	for _, h := range subjectHeads {
		if strings.HasPrefix(after, h) {
			return false
		}
	}
	if k := strings.IndexAny(after, ",;:"); k >= 0 {
		after = after[:k]
	}
	for _, name := range strings.Split(citedTail(after), " và ") {
		if letterWords(name) > nameWordsMost {
			return false
		}
	}
	padded := " " + strings.ToLower(after) + " "
	for _, w := range clauseWords {
		if strings.Contains(padded, " "+w+" ") {
			return false
		}
	}
	return true
}

// citedTail cuts from a name of a cited trích yếu's list the citation's
// own date and issuer that follow it ("Quốc tế Lao động 1/5 ngày 8/4/2016
// của Sở Giáo dục và Đào tạo" is the name "Quốc tế Lao động 1/5").
func citedTail(name string) string {
	if k := strings.Index(name, " của "); k >= 0 {
		name = name[:k]
	}
	for from := 0; ; {
		k := strings.Index(name[from:], " ngày ")
		if k < 0 {
			return name
		}
		k += from
		if rest := name[k+len(" ngày "):]; rest != "" && isDigit(rest[0]) {
			return name[:k]
		}
		from = k + 1
	}
}

// nameWordsMost is how many words of letters a name in a cited trích
// yếu's list holds at most ("Ngày Giải phóng hoàn toàn miền Nam").
const nameWordsMost = 6

// letterWords counts the words of t that hold a letter: "30/4" and "-"
// are not counted.
func letterWords(t string) int {
	n := 0
	for _, w := range strings.Fields(t) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n
}

// loneBlock reports whether the paragraph s, whose last sentence starts
// at start, is one "Căn cứ ..." ground and nothing else: a căn cứ
// standing as a paragraph of its own over the statement is a block of
// one, its "." the decree's (NĐ 30, Phụ lục I, Mục II, khoản 6, điểm a:
// one ground a line, the last closed by "."), and left as a block of two
// is (the lead's call 3 on round 68). A "Thực hiện ..." paragraph is no
// căn cứ of that block, and a ground after another sentence of the same
// paragraph stands in no block.
func loneBlock(s string, start int) bool {
	return start == len(s)-len(strings.TrimLeft(s, " \t")) && strings.HasPrefix(s[start:], "Căn cứ ")
}
