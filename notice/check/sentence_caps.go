package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "sentence-caps", Severity: diag.Warning, Ref: diag.RefCapitals + ", Mục I", Run: sentenceCaps,
		Title: diag.Msg("không viết hoa giữa câu: sau dấu chấm phẩy, dấu phẩy, trong ngoặc đơn", "no capital inside a sentence: after a semicolon or a comma, inside brackets"),
		Help:  diag.Msg("chỉ viết hoa chữ đầu câu (sau dấu chấm, chấm hỏi, chấm than và khi xuống dòng) và tên riêng", "capitalise only where a sentence begins (after a stop, a question or exclamation mark, a new line) and names")})
}

// afterSemicolon are words that open a point of a list run on with ";"
// and are no name: written with a capital after ";" inside a paragraph,
// the capital is wrong ("...; Kinh doanh bất động sản", "87 hộ; Tổng số
// 181 khẩu"). Each is two syllables, or "các", so that no name that
// starts with one ("Người" in "Người có công ..." is a phrase too) is
// taken: the list holds only what never heads a body's name.
var afterSemicolon = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"các": true, "những": true, "tổng số": true, "hình thức": true, "kinh doanh": true, "dịch vụ": true, "người dân": true,
		"trình độ": true, "nguồn lực": true}
})

// inBracket are words that open a bracket inside a sentence and are no
// name: "(tức là ngày ...)", "(để b/c)", "(gọi tắt là Nghị định số
// 07)", the short name a citation is given, and the Nơi nhận's purpose
// tags "(b/c)", "(t/h)".
var inBracket = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"để": true, "tức": true, "nhằm": true, "gọi": true, "b/c": true, "t/h": true, "đ/b": true, "p/h": true}
})

// inBracketMid are words that open a bracket and are no name, wrong with
// a capital only inside a sentence, after a word in small letters: "9
// trường hợp (Gồm 9 lô đất)" (round 60). After a heading in capitals a
// bracket's note takes its capital as the models' "(Kèm theo ...)" does
// ("A. CÁC KHOẢN THU (Gồm 5 khoản)").
var inBracketMid = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"gồm": true}
})

// midClause are words that join or go on with a clause and head no name
// (a conjunction, a word of time, a verb of request): after "," or ";"
// inside a paragraph their capital is wrong ("Sáng, Bắt đầu làm bài",
// "Bắt đầu từ quý II năm 2019, Để có kinh phí ...", "...; Nay, UBND
// phường ...", "...; Đề nghị các cơ quan ...", "...; Qua thẩm tra, ...",
// "...; Gắn với sự kiện ...", "... dành cho học sinh, Ban hành kèm theo
// Quyết định số ...": "ban hành" with "hành" small is the verb, no body;
// "..., Xem thêm Hướng dẫn ...": the verb sending the reader on; "...;
// Hưởng ứng phong trào ...", "...; Kịp thời kiểm tra ...": verbs and
// adverbs of manner that go on with the clause, r54b; "..., Mọi thông tin
// liên hệ ...": a determiner, r93). A word that may head a
// name ("Không quân") or a label ("Thời gian: ...") is not one.
var midClause = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"nay": true, "vậy": true, "để": true, "đến nay": true, "đề nghị": true, "bắt đầu": true, "có": true, "đối với": true, "nếu": true, "tuy nhiên": true,
		"nhưng": true, "đồng thời": true, "kể từ": true, "hoặc": true, "thì": true, "song": true, "riêng": true, "do đó": true, "vì vậy": true, "trong đó": true, "sau đó": true,
		"qua": true, "gắn với": true, "ban hành": true, "xem thêm": true, "hưởng ứng": true, "thiết thực": true, "kịp thời": true, "thường xuyên": true, "tích cực": true,
		"khẩn trương": true, "nghiêm túc": true, "chủ động": true, "mọi": true}
})

// afterWord are words that never head a name and take no capital right
// after another word: "lịch tiếp công dân Của Chủ tịch", "Công văn số
// 821/SXD-QHHT5 ... của Sở Xây dựng Hà Tĩnh Về việc lấy ý kiến". A
// trích yếu typed on the tên loại's line ("THÔNG BÁO Về việc ...") is
// left alone.
var afterWord = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"của": true, "về việc": true}
})

// auxiliaries are the words that go before a verb or an adjective to say
// negation, time, need or degree ("không", "đã", "sẽ", "phải", "rất"):
// they head no name, so a capital on one right after a word in small
// letters is a slip ("tuyệt đối Không đi lại"). "Không" before "quân",
// "gian", "lực" or "phận" heads a name ("lực lượng Không quân", "Không
// gian văn hóa ...") and is left alone; "cần" is left out ("thành phố Cần
// Thơ").
var auxiliaries = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"không": true, "phải": true, "được": true, "đã": true, "sẽ": true, "đang": true, "chưa": true, "hãy": true, "đều": true, "cũng": true, "vẫn": true, "rất": true, "bị": true}
})

// auxiliaryHeads are the words after "Không" that make a name of it.
var auxiliaryHeads = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"quân": true, "gian": true, "lực": true, "phận": true}
})

// capsHeads are the words sentenceCapsWord may say, in small letters:
// the first word (up to a space or a "/") of each of its lists' words,
// and the words it reads by name. A capitalised word not among them is
// none it says (s94: it was asked of every capitalised word of the
// prose, some 0.08M instructions a seed in its lists' maps and
// strings).
var capsHeads = newWordSet(func(x *lexeme) bool { return capsHeadWords[x.lowered()] })

var capsHeadWords = func() map[string]bool {
	m := setOf("ngày", "trọng", "về", "thông", "số")
	for _, set := range []map[string]bool{afterSemicolon(), inBracket(), inBracketMid(), midClause(), afterWord(), auxiliaries()} {
		for w := range set {
			if i := strings.IndexAny(w, " /"); i >= 0 {
				w = w[:i]
			}
			m[w] = true
		}
	}
	return m
}()

// sentenceCaps reports a word in a capital inside a sentence where it can
// be no name: after ";" in the middle of a paragraph, one of
// afterSemicolon; after "," or ";", one of midClause; right after a
// word, one of afterWord, or after a word in small letters one of
// auxiliaries, or "Trọng" after "Trân" (the closing "Trân Trọng!", one
// word); right after "(", one of inBracket; "Số" after a colon
// where the list goes on "; số ..." in small letters.
func sentenceCaps(p *Pass) {
	v := p.View
	segs := v.textSegs()
	if v.Addressee != nil {
		segs = append(segs, v.Addressee) // "Kính gửi: Công đoàn Giáo dục các huyện; Các Công đoàn cơ sở"
	}
	inQuote := p.View.quotationsIn(segs).inside
	for _, seg := range segs {
		if seg.Role == RoleArchive || !hasLower(seg.Text) || !v.FromTOML && inQuote[seg.PosAt(0)] {
			continue
		}
		x := v.index(seg.Text)
		for i := 1; i < len(x.words); i++ {
			if !(x.lex[i].title() || len(x.words[i].text) == 1 && startsUpper(x.words[i].text)) || !x.lex[i].in(capsHeads) || quoted(seg.Text, x.words[i].off) {
				continue
			}
			gap := strings.TrimSpace(seg.Text[x.words[i-1].end:x.words[i].off])
			w := sentenceCapsWord(seg.Text, x, i, gap)
			if w == "" {
				continue
			}
			lower := strings.ToLower(w[:len(x.words[i].text)]) + w[len(x.words[i].text):]
			if strings.ToLower(w) == "về việc" {
				lower = "về việc" // "Về Việc": both words
			}
			written := "(" + w
			switch {
			case clauseBreak(gap):
				written = gap[len(gap)-1:] + " " + w
			case gap == "":
				written = x.words[i-1].text + " " + w
			case gap == ":":
				written = ": " + w
			case allDigits(gap):
				written = gap + " " + w // "Sơn Kim 2 Thông báo"
			}
			p.Report(seg, x.words[i].off, diag.Msg("%q: chữ giữa câu không viết hoa, viết %q", "%q: a word inside a sentence takes no capital, write %q", strings.TrimSpace(written), lower),
				diag.Msg("viết %q", "write %q", lower))
		}
	}
}

// sentenceCapsWord returns the words from word i that sentenceCaps says,
// as written, or "".
func sentenceCapsWord(s string, x *textIndex, i int, gap string) string {
	if opensName(s, x, i) {
		return ""
	}
	one := x.lex[i].lowered()
	two := ""
	if i+1 < len(x.words) && x.spaced[i+1] && !x.lex[i+1].title() && !x.lex[i+1].allCaps() {
		two = one + " " + x.lex[i+1].lowered()
	}
	switch {
	case clauseBreak(gap) && midClause()[two] && !actionBody(x, i):
		return s[x.words[i].off:x.words[i+1].end]
	case clauseBreak(gap) && midClause()[one]:
		return x.words[i].text
	case clauseBreak(gap) && one == "ngày" && dayFollows(s[x.words[i].end:]):
		return x.words[i].text // "đến hết ngày 01/5, Ngày 02/5 học lại"
	case gap == "" && one == "trọng" && x.lex[i-1].lowered() == "trân":
		return x.words[i].text // "Trân Trọng!": the closing is one word of two syllables, its second in small letters
	case gap == "" && one == "về" && i+1 < len(x.words) && x.spaced[i+1] && x.lex[i+1].title() && x.lex[i+1].lowered() == "việc" && !typeNameBefore(s[:x.words[i].off]):
		return s[x.words[i].off:x.words[i+1].end] // "nhân viên Về Việc cho học sinh": both words capitalised
	case gap == "" && afterWord()[two] && !typeNameBefore(s[:x.words[i].off]):
		return s[x.words[i].off:x.words[i+1].end]
	case gap == "" && afterWord()[one] && !typeNameBefore(s[:x.words[i].off]):
		return x.words[i].text
	case gap == "" && auxiliaries()[one] && startsLower(x.words[i-1].text) && !(i+1 < len(x.words) && auxiliaryHeads()[x.lex[i+1].lowered()]):
		return x.words[i].text
	case (gap == "" || allDigits(gap)) && two == "thông báo" && verbNotify(x, i):
		return s[x.words[i].off:x.words[i+1].end] // "UBND xã Sơn Kim 2 Thông báo cho các hộ gia đình"
	case gap == ":" && one == "số" && containsLit(s[x.words[i].end:], "; số "):
		return x.words[i].text // "các Quyết định: Số 645/QĐ-TTg ...; số 1813/QĐ-TTg"
	case strings.HasSuffix(gap, ";") && strings.Count(gap, ";") == 1 && !strings.ContainsAny(gap, ".:"):
		if afterSemicolon()[two] {
			return s[x.words[i].off:x.words[i+1].end]
		}
		if afterSemicolon()[one] && i+1 < len(x.words) && x.spaced[i+1] {
			return x.words[i].text
		}
	case strings.HasSuffix(gap, "("):
		if i+1 < len(x.words) && s[x.words[i].end:x.words[i+1].off] == "/" {
			one += "/" + x.lex[i+1].lowered()
			if inBracket()[one] {
				return s[x.words[i].off:x.words[i+1].end]
			}
		}
		if inBracket()[one] || inBracketMid()[one] && i > 0 && startsLower(x.words[i-1].text) {
			return x.words[i].text
		}
	}
	return ""
}

// actionBody reports whether "Ban hành" at word i is the head of a body's
// name, "Ban hành động ..." (an action committee), not the verb.
func actionBody(x *textIndex, i int) bool {
	return i+2 < len(x.words) && x.spaced[i+2] && x.lex[i].lowered() == "ban" && x.lex[i+2].lowered() == "động"
}

// verbNotify reports whether "Thông báo" at word i is the verb of its
// sentence, told to whom or of what: "cho", "đến", "tới", "về" or "như
// sau" right after it ("Trường THCS Tân Thành Thông báo về các khoản thu"), and
// before it the end of the issuer's name (a capital, an abbreviation, or
// a figure, which is no word of x: "UBND xã Sơn Kim 2 Thông báo cho", "Phòng GD&ĐT Thông báo
// đến") or "trân trọng", "xin", "và" ("và Thông báo cho Nhân dân"). A
// document's tên loại is sent or issued ("gửi Thông báo cho"), so after
// any other word in small letters it is left alone.
func verbNotify(x *textIndex, i int) bool {
	if i+2 >= len(x.words) || !x.spaced[i+2] || !notifyTo()[x.lex[i+2].lowered()] && !asFollows(x, i+2) {
		return false
	}
	return !startsLower(x.words[i-1].text) || notifyBefore()[x.lex[i-1].lowered()] && (x.lex[i-1].lowered() != "trọng" || i >= 2 && x.lex[i-2].lowered() == "trân")
}

// asFollows reports whether words i and i+1 of x are "như sau", what
// the verb announces ("UBND xã Hiệp Hòa Thông báo như sau:"); a tên loại
// named by the words before it ("nội dung Thông báo như sau") is left by
// verbNotify's word before.
func asFollows(x *textIndex, i int) bool {
	return i+1 < len(x.words) && x.spaced[i+1] && x.lex[i].lowered() == "như" && x.lex[i+1].lowered() == "sau"
}

var (
	notifyTo = sync.OnceValue(func() map[string]bool {
		return map[string]bool{"cho": true, "đến": true, "tới": true, "về": true}
	})
	notifyBefore = sync.OnceValue(func() map[string]bool {
		return map[string]bool{"trọng": true, "xin": true, "và": true}
	})
)

// eventNouns are the words after which a capital opens an event's name:
// "ngày Không tiền mặt", "tuần Văn hóa".
var eventNouns = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"ngày": true, "tuần": true, "tháng": true, "năm": true}
})

// opensName reports whether word i of x opens a name: it follows a person's
// title ("ông Được") or a word of time that an event's name follows
// ("ngày Không tiền mặt"). A capital on the next word too tells no name:
// "; Các Sở", "dân Của Ban" are slips before a body's name.
func opensName(s string, x *textIndex, i int) bool {
	if mayFollowTitle(s, x, i) && personTitleAt(s, x.words[i].off) {
		return true
	}
	return i > 0 && x.spaced[i] && eventNouns()[x.lex[i-1].lowered()]
}

// clauseBreak reports whether the gap before a word ends with the ","
// or ";" that parts two clauses of one sentence: the last run of the gap
// (a number, "2019,", or the mark alone) holds no other stop.
func clauseBreak(gap string) bool {
	last, _ := fieldBefore(gap, len(gap))
	if last == "" {
		return false
	}
	return (strings.HasSuffix(last, ",") || strings.HasSuffix(last, ";")) && !strings.ContainsAny(last[:len(last)-1], ".:;,!?…")
}

// dayFollows reports whether s, after a word, goes on with the number of a
// day: " 02/5", " 15 tháng 8".
func dayFollows(s string) bool {
	s = strings.TrimLeft(s, " ")
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// typeNameBefore reports whether head, the start of a paragraph, is a
// document's tên loại alone ("THÔNG BÁO", "Thông báo").
func typeNameBefore(head string) bool {
	head = strings.ToLower(strings.TrimSpace(head))
	for _, t := range cite.TypeNames() {
		if head == strings.ToLower(t) {
			return true
		}
	}
	return false
}
