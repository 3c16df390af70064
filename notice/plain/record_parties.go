package plain

import (
	"strings"
	"unicode/utf8"
)

// partiesRow reports whether l, a row of two cells or more in capitals
// right under the body's closing "./.", heads the signatures of a
// record's parties side by side ("BÊN GIAO" | "BÊN NHẬN", "THƯ KÝ" |
// "CHỦ TỌA"): a Biên bản signs so above its Nơi nhận (NĐ 30/2020/NĐ-CP,
// Phụ lục III, Mẫu 1.9), no authority ("TM.", "KT.") before them. A
// table's head row stands under a sentence announcing it, never under
// the "./.". Only a Biên bản is so signed: a Thông báo or a Công văn
// whose end reads so is signed by no one who may sign it, and is said
// to be (record).
func (r *reader) partiesRow(l line) bool {
	if !r.record() {
		return false
	}
	i := r.lastBody()
	if i < 0 || i != len(r.paras)-1 || !strings.HasSuffix(strings.TrimSpace(r.paras[i].Text), "./.") {
		return false
	}
	n := 0
	for _, c := range l.cells {
		if c.text == "" {
			continue
		}
		if !isUpper(c.text) || utf8.RuneCountInString(c.text) >= 60 {
			return false
		}
		n++
	}
	return n >= 2
}

// partyName reports whether the left cell c is the name under a party's
// signature of the left column (partiesRow), not a recipient: no Nơi
// nhận has begun, and the cell is no recipient's line.
func (r *reader) partyName(c line) bool {
	return r.parties && r.lastRecipient() < 0 && r.lastKind(Label) < 0 && !r.dash(c.text)
}

// record reports whether the document's tên loại is "BIÊN BẢN".
func (r *reader) record() bool {
	i := r.lastKind(Title)
	return i >= 0 && strings.HasPrefix(strings.ToUpper(strings.TrimSpace(r.paras[i].Text)), "BIÊN BẢN")
}
