package check

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// archiveKeepers reads the bodies an archive line names in words, as a
// Party document writes it ("- Lưu Văn phòng Thị ủy.", HD 36-HD/VPTW):
// the office that keeps the copy holds the document, and work given to it
// needs no other Nơi nhận line. An archive line of codes ("- Lưu: VT,
// TH.") names units by their letters only, and gives nothing.
func archiveKeepers(v *View) recipientSet {
	var lines []string
	for _, r := range v.Recips {
		if r.Role != RoleArchive {
			continue
		}
		rest := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(r.Text), "-–+ "))
		for _, lead := range []string{"Lưu", "lưu", "LƯU"} {
			rest = strings.TrimPrefix(rest, lead)
		}
		rest = strings.TrimSpace(strings.TrimLeft(rest, ": "))
		if strings.ContainsFunc(rest, unicode.IsLower) {
			lines = append(lines, normal(rest))
		}
	}
	return readRecipients(lines)
}

// keptBy reports whether the archive line names body in words
// (archiveKeepers, read into *keepers on first use).
func keptBy(v *View, body string, keepers **recipientSet) bool {
	if *keepers == nil {
		k := archiveKeepers(v)
		*keepers = &k
	}
	return len((*keepers).lines) > 0 && coveredBy(body, **keepers)
}

// unitHeads open the name of a unit of the issuer itself, which the
// archive line may name by its code ("Lưu: VT, VP." for its Văn phòng).
var unitHeads = []string{"Văn phòng", "Phòng", "Ban"}

// selfWords name the issuer itself after a unit's name ("Văn phòng Sở",
// "Phòng Tổ chức cán bộ Cục"): they are no part of the unit's code.
var selfWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"Sở": true, "Cục": true, "Bộ": true, "Ban": true, "Viện": true, "Trường": true, "UBND": true, "Tổng cục": true}
})

// keptByCode reports whether the archive line's code of the drafting
// unit names body, a unit of the issuer itself: the code ("VP", "KHTC",
// "KH-TC", "TCCB(Lan)") holds the initials of the unit's name, its head
// "Phòng" or "Ban" counted or not, the issuer's own word after it
// ("Sở") and "và" left out: "Văn phòng Sở" is kept by "Lưu: VT, VP.",
// "Phòng Kế hoạch - Tài chính" by "Lưu: VT, KHTC.".
func keptByCode(v *View, body string) bool {
	if v.Archive == nil {
		return false
	}
	words := strings.Fields(body)
	if n := len(words); n > 2 && selfWords()[words[n-1]] {
		words = words[:n-1]
	}
	if issuersOffice(v, words) {
		words = words[:2] // "Văn phòng HĐND và UBND xã" is the issuer's "VP"
	}
	head := ""
	for _, h := range unitHeads {
		if hw := strings.Fields(h); len(words) >= len(hw) && strings.EqualFold(strings.Join(words[:len(hw)], " "), h) {
			head = h
			break
		}
	}
	if head == "" {
		return false
	}
	full := initials(words)
	name := words[len(strings.Fields(head)):]
	short := initials(name)
	bare := initials(withoutIssuersTail(v, name))
	for _, code := range archiveCodes(v.Archive.Text) {
		if code == full || head != "Văn phòng" && (code == short || code == bare) {
			return true
		}
	}
	return false
}

// issuersOffice reports whether the words of a body name the issuer's
// own Văn phòng by the issuer's name: "Văn phòng HĐND và UBND xã" (or
// "Văn phòng UBND xã Tân Uyên") in a notice of the UBND xã Tân Uyên,
// whose archive code is "VP" like a Sở's "Văn phòng Sở".
func issuersOffice(v *View, words []string) bool {
	if len(words) < 3 || !strings.EqualFold(words[0]+" "+words[1], "Văn phòng") {
		return false
	}
	rest := strings.TrimSpace(normal(strings.Join(words[2:], " ")))
	rest = strings.TrimPrefix(rest, "hội đồng nhân dân và ")
	issuer := issuerKey(v)
	return strings.HasPrefix(rest, "ủy ban nhân dân ") && (issuer == rest || strings.HasPrefix(issuer, rest+" "))
}

// initials are the first letters of words in capitals without their
// marks ("án" gives "A", "Đ" is read as "D" as codes write it), "và" and
// dashes left out; a unit's number
// stays whole ("Phòng Quản lý dự án 2" is "QLDA2").
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case isDigits(w):
			b.WriteString(w)
		case w == "và" || !unicode.IsLetter(r):
		default:
			b.WriteString(stripMarks(string(unicode.ToUpper(r))))
		}
	}
	return b.String()
}

// isDigits reports whether w is a number written in digits only.
func isDigits(w string) bool {
	return w != "" && strings.Trim(w, "0123456789") == ""
}

func foldD(r rune) rune {
	if r == 'Đ' {
		return 'D'
	}
	return r
}

// archiveCodes are the codes of an archive line after "VT": "Lưu: VT,
// KH-TC(Lan)." gives "KHTC" ("-" and "." left out, the drafter's name
// in brackets too, "Đ" read as "D").
func archiveCodes(line string) []string {
	_, rest, ok := strings.Cut(line, ":")
	if !ok {
		return nil
	}
	var out []string
	for _, f := range strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || r == ';' || r == ' ' }) {
		if c, ok := codeOf(f); ok && c != "VT" {
			out = append(out, c)
		}
	}
	return out
}

// codeOf reads one field of an archive line as a unit's code: capitals,
// "-" and "." between them, a unit's number after them ("QLDA2"), a
// drafter's name in brackets after them.
func codeOf(f string) (string, bool) {
	if i := strings.IndexByte(f, '('); i >= 0 {
		f = f[:i]
	}
	var b strings.Builder
	for _, r := range f {
		switch {
		case r == '-' || r == '.':
		case unicode.IsUpper(r):
			b.WriteRune(foldD(r))
		case unicode.IsDigit(r) && b.Len() > 0:
			b.WriteRune(r)
		default:
			return "", false
		}
	}
	return b.String(), b.Len() >= 2
}
