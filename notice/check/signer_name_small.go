package check

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// signerNameSmall finds a syllable of the signer's name written in small
// letters among capitalised ones ("Đỗ thị Thanh Hà", "Nguyễn văn An"):
// each syllable of a person's name takes its capital (Phụ lục I, Mục II,
// khoản 7, điểm đ). The name's line must be a name: two to six words of
// letters, the first capitalised, the others capitalised save the small
// ones, no word of a post or of a signature's note; a line in small
// letters from its first word ("đã ký") is none, unless that word is a
// surname ("nguyễn thị hà", the whole name small); every word must be
// spelt as a syllable (a word a PDF split, "Đặ ng", is the syllable
// rule's). A rank or degree before the name writes its second word
// small ("Đại tá Phạm Văn Sinh", "Tiến sĩ", "Kỹ sư"): the name after it
// is read, and the fix keeps the rank ("Đại tá Phan Đức thắng").
// A syllable in capitals among the others ("Trần Thị Kim OANH") is said
// the same way, when the name opens with a surname. A học hàm, học vị or
// honour written with its period before the name ("PGS.TS.", "NSƯT.") is
// set aside the same way, and kept by the fix. A rank whose second word
// takes a capital ("Trung Tá Nguyễn Mạnh Cường") is said by
// signerRankCase (signer_rank_case.go).
// rankWords are the small second words of a rank or a degree written
// before a name: "Đại tá", "Thiếu úy", "Trung tướng", "Tiến sĩ", "Kỹ sư".
var rankWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"tá": true, "úy": true, "uý": true, "tướng": true, "sĩ": true, "sư": true}
})

// rankFirst are the first words of a rank of the armed forces: "Thiếu
// tá", "Trung úy", "Thượng tướng", "Đại tá".
var rankFirst = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"Thiếu": true, "Trung": true, "Thượng": true, "Đại": true}
})

// innerA reports whether words[i] is "a" inside a name, neither its
// first word nor its last: the middle name "A" of the Hmong and other
// peoples ("Giàng A Chơ", "Sùng A Páo") typed small ("Giàng a Chơ",
// x101's probes). Any other word of one letter ("Nguyễn V. An") leaves
// the line unread.
func innerA(words []string, i int) bool {
	return words[i] == "a" && i > 0 && i < len(words)-1
}

// signerTitleRe is a run of học hàm, học vị and honours written with their
// periods before a signer's name: "PGS.TS. ", "ThS. ", "NSƯT. ", "NGƯT. ".
var signerTitleRe = lazyre.New(`^(?:(?:GS|PGS|TS|TSKH|ThS|Ths|THS|BS|BSCKI|BSCKII|DS|KS|KTS|CN|NGND|NGƯT|NSND|NSƯT|TTND|TTƯT|LS)\.\s*)+`)

func signerNameSmall(p *Pass) {
	n := p.View.Name
	if n == nil || p.View.FromTOML {
		return
	}
	text := n.Text
	rank := "" // "Đại tá ", "PGS.TS. ": the rank or title before the name, kept by the fix
	if m := signerTitleRe().FindString(text); m != "" {
		rank, text = m, text[len(m):]
	}
	words := strings.Fields(text)
	if len(words) > 3 && rankWords()[strings.ToLower(words[1])] && isUpperRune(firstRune(words[0])) &&
		(rankWords()[words[1]] || rankFirst()[words[0]]) {
		rank, words = rank+words[0]+" "+strings.ToLower(words[1])+" ", words[2:]
	}
	if len(words) < 2 || len(words) > 6 {
		return
	}
	var small, caps []string
	for i, w := range words {
		if titleWords()[strings.ToUpper(w)] || utf8.RuneCountInString(w) < 2 && !innerA(words, i) {
			return
		}
		if !vietSyllable(w) || rankWords()[w] {
			return
		}
		r, _ := utf8.DecodeRuneInString(w)
		if isUpperRune(r) {
			if w != nameCase([]string{w}) {
				if w != strings.ToUpper(w) {
					return // "NGuyễn": a name of its own
				}
				caps = append(caps, w) // "OANH" in "Trần Thị Kim OANH"; all of them, signerNameCase's
			}
			continue
		}
		if i == 0 && !surnames()[nameCase([]string{w})] {
			return
		}
		small = append(small, w)
	}
	if len(caps) > 0 {
		if len(small) == 0 && len(caps) < len(words) && surnames()[nameCase(words[:1])] {
			p.Report(n, 0, diag.Msg("họ tên người ký %q có chữ %q viết hoa toàn bộ; mỗi âm tiết của họ tên chỉ viết hoa chữ đầu", "the signer's name %q has %q in capitals; each syllable of the name takes only its first capital", n.Text, caps[0]),
				diag.Msg("viết %q", "write %q", rank+nameCase(words)))
		}
		return
	}
	if len(small) == 0 || len(small) == len(words)-1 && small[0] != words[0] {
		return
	}
	if len(small) == len(words) {
		p.Report(n, 0, diag.Msg("họ tên người ký %q viết chữ thường; mỗi âm tiết của họ tên viết hoa chữ đầu", "the signer's name %q is in small letters; each syllable of the name takes its capital", n.Text),
			diag.Msg("viết %q", "write %q", rank+nameCase(words)))
		return
	}
	p.Report(n, 0, diag.Msg("họ tên người ký %q có chữ %q viết thường; mỗi âm tiết của họ tên viết hoa chữ đầu", "the signer's name %q has %q in small letters; each syllable of the name takes its capital", n.Text, small[0]),
		diag.Msg("viết %q", "write %q", rank+nameCase(words)))
}
