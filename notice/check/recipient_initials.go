package check

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// initialsLine reports whether a Nơi nhận line, in its normal form's
// words rw, names the body of form f by the initials of its name between
// the words they share at the head and at the end: "- Phòng KT, HT và
// ĐT;" (or "Phòng KT,HT&ĐT") for "Phòng Kinh tế, Hạ tầng và Đô thị",
// "- Phòng VH-XH;" for "Phòng Văn hóa - Xã hội", "- Trung tâm PVHCC
// xã;" for "Trung tâm Phục vụ hành chính công xã", "- Chi cục
// TT&BVTV;" for "Chi cục Trồng trọt và Bảo vệ thực vật". The line and
// the body open with the same word or words; every word of the line
// between them and the end they share is a code (eight letters at most,
// "&" and "-" inside it left out), and the codes' letters, "và" left
// out, are the first letters of the body's words there, "và" left out
// too: two letters at least, of two words at least. The line may name
// other bodies before or after it ("- Chi cục TT&BVTV; Chi cục Thủy
// lợi;").
func (f bodyForm) initialsLine(rw []string) bool {
	bw := f.words
	for s := range rw {
		head := 0
		for s+head < len(rw) && head < len(bw) && rw[s+head] == bw[head] {
			head++
		}
		if head == 0 || s+head >= len(rw) || !initialMeets(rw[s+head], bw[head:]) {
			continue
		}
		for t := len(bw); t >= head+2; t-- {
			if codedAt(rw[s+head:], initialsOf(bw[head:t]), bw[t:]) {
				return true
			}
		}
	}
	return false
}

// initialMeets reports whether a line's word after a body's head may open
// its initials: its first letter is the first letter of the name's first
// word after the head ("và" left out), or it is "và", which codedAt
// passes over. Asked before initialsOf builds the initials of every
// length, of every Nơi nhận line against every body.
func initialMeets(code string, words []string) bool {
	if code == "và" {
		return true
	}
	for _, w := range words {
		if w == "và" {
			continue
		}
		a, _ := utf8.DecodeRuneInString(strings.TrimLeft(code, "&-,")) // codeReplacer's marks
		b, _ := utf8.DecodeRuneInString(w)
		return a == b
	}
	return false
}

// initialsOf are the first letters of words, "và" left out; "" for fewer
// than two words.
func initialsOf(words []string) string {
	var b strings.Builder
	n := 0
	for _, w := range words {
		if w == "và" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(r)
		n++
	}
	if n < 2 {
		return ""
	}
	return b.String()
}

// codedAt reports whether rw opens with codes whose letters are want,
// then the words tail: a body's initials and the end of its name the
// line writes in full ("pvhcc xã").
func codedAt(rw []string, want string, tail []string) bool {
	if want == "" {
		return false
	}
	got := ""
	for k, w := range rw {
		if w == "và" && got != "" {
			continue
		}
		c, ok := codeLetters([]string{w})
		if !ok || !strings.HasPrefix(want, got+c) {
			return false
		}
		got += c
		if got == want {
			rest := rw[k+1:]
			return len(rest) >= len(tail) && slices.Equal(rest[:len(tail)], tail)
		}
	}
	return false
}

// codeReplacer drops what joins the parts of a code: "HT&ĐT", "VH-XH".
var codeReplacer = strings.NewReplacer("&", "", "-", "", ",", "")

// codeLetters joins the letters of words read as codes ("kt", "ht&đt"),
// "và" between them left out; false when a word is too long for a code.
func codeLetters(words []string) (string, bool) {
	var b strings.Builder
	for _, w := range words {
		if w == "và" {
			continue
		}
		w = codeReplacer.Replace(w)
		if w == "" || utf8.RuneCountInString(w) > 8 {
			return "", false
		}
		b.WriteString(w)
	}
	return b.String(), true
}
