package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// numberShape says what keeps a "Số:" line of a text from reading "Số:
// 05/TB-UBND", with the line as it should read. A draft's blank number is
// lawful (the văn thư fills it in when the notice is signed): the fix keeps
// it blank and never asks for a number.
func numberShape(line string) (int, diag.Text, diag.Text) {
	slash := strings.Index(line, "/")
	colon := strings.Index(line, ":")
	head, code := line, ""
	if slash >= 0 {
		head, code = line[:slash], line[slash+1:]
	}
	seq := strings.TrimSpace(head)
	small := strings.HasPrefix(seq, "số")
	seq = strings.TrimPrefix(strings.TrimPrefix(seq, "Số"), "số")
	seq = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(seq), ":"))
	blank := seq == ""
	code = codeOnly(code)
	// a mark typed after the code ("Số: 56/TB-CAX.") is no part of it: the
	// fix leaves it out
	bare := strings.TrimRight(code, ".,;: ")
	tail := strings.TrimSpace(code[len(bare):])
	// the parts of the code, parted by spaces, hyphens or dashes typed for
	// hyphens ("GDĐT –KT&KĐCL"): the fix joins them with "-"
	// or by a second "/" ("TB/SYT"), unless that stands after a year
	// ("2026/TB-UBND", a legal number's; "09/QĐ-UBND")
	slashed := strings.Contains(bare, "/") && !yearLed(bare)
	parts := strings.FieldsFunc(bare, func(r rune) bool {
		return r == ' ' || r == '-' || r == '–' || r == '—' || r == '\u00a0' || r == '/' && slashed
	})
	want := "Số: " + seq + "/" + strings.Join(parts, "-")
	if blank {
		want = "Số:      /" + strings.Join(parts, "-")
	}
	fix := diag.Msg("viết %q", "write %q", want)
	switch {
	case small:
		return 0, diag.Msg("dòng số, ký hiệu bắt đầu bằng \"Số:\" (chữ S viết hoa, có dấu hai chấm), không phải %q", "the number line starts with \"Số:\" (a capital S and a colon), not %q", numberHead(line, slash)), fix
	case colon < 0 || colon > slash && slash >= 0:
		return 0, diag.Msg("thiếu dấu hai chấm sau chữ \"Số\"", "the colon after \"Số\" is missing"), fix
	case strings.TrimSpace(line[:colon]) != "Số":
		return 0, diag.Msg("dòng số, ký hiệu bắt đầu bằng \"Số:\", không phải %q", "the number line starts with \"Số:\", not %q", line[:colon+1]), fix
	case slash < 0:
		return 0, diag.Msg("dòng số, ký hiệu %q thiếu dấu \"/\" giữa số và ký hiệu", "the number line %q lacks the \"/\" between number and code", line), slashFix(seq)
	case !blank && strings.HasSuffix(head, " "):
		return slash - 1, diag.Msg("có dấu cách giữa số %s và dấu \"/\"", "a space stands between the number %s and the \"/\"", seq), fix
	case strings.HasPrefix(code, " "):
		return slash + 1, diag.Msg("có dấu cách sau dấu \"/\"", "a space follows the \"/\""), fix
	case strings.ContainsFunc(strings.TrimSpace(code), unicode.IsSpace):
		if strings.ContainsAny(code, "–—") {
			return slash + 1, diag.Msg("các phần của ký hiệu %q nối bằng dấu cách và dấu gạch dài; nối bằng dấu gạch nối \"-\", không có dấu cách", "the parts of the code %q are joined by spaces and a dash; join them with a hyphen \"-\" and no space", strings.TrimSpace(code)), fix
		}
		if glued, ok := figuresApart(bare, want); ok {
			fix = diag.Msg("viết %q hoặc %q, theo cách cơ quan ghi ký hiệu của mình", "write %q or %q, as the office writes its code", glued, want)
		}
		return slash + 1, diag.Msg("các phần của ký hiệu %q nối bằng dấu cách; nối bằng \"-\"", "the parts of the code %q are joined by spaces; join them with \"-\"", strings.TrimSpace(code)), fix
	case slashed && len(parts) > 1:
		return slash + 1, diag.Msg("các phần của ký hiệu %q nối bằng dấu \"/\"; sau số chỉ có một dấu \"/\", các phần của ký hiệu nối bằng dấu gạch nối \"-\"", "the parts of the code %q are joined by \"/\"; one \"/\" follows the number, and the parts of the code are joined by a hyphen \"-\"", strings.TrimSpace(code)), fix
	case !blank && !allDigitsString(seq):
		return colon + 1, diag.Msg("số văn bản %q phải là chữ số", "the number %q must be digits", seq), digitsFix(seq, parts)
	}
	if groups, ok := dotJoined(bare); ok {
		want := "Số: " + seq + "/" + strings.Join(groups, "-")
		return slash + 1 + len(groups[0]), diag.Msg("ký hiệu %q nối hai nhóm chữ bằng dấu chấm; nối bằng dấu gạch nối \"-\"", "the code %q joins its two groups with a period; join them with a hyphen \"-\"", bare), diag.Msg("viết %q", "write %q", want)
	}
	if msg, fix, ok := oneGroup(seq, code); ok {
		return slash + 1, msg, fix
	}
	if tail != "" && bare != "" {
		return slash + 1 + len(bare), diag.Msg("dòng số, ký hiệu kết thúc bằng dấu %q; sau ký hiệu không có dấu", "the number line ends with %q; no mark follows the code", tail), fix
	}
	return 0, diag.Msg("dòng số, ký hiệu %q không đúng dạng \"Số: 05/TB-UBND\"", "the number line %q does not read \"Số: 05/TB-UBND\"", line), fix
}

// figuresApart reports whether a code's only space parts its letters from
// the figures that end it ("TB-VKS 41"), and gives the line asked for,
// want, with those figures glued to the letters ("Số: 38/TB-VKS41"): an
// office writes such a code glued or with a "-" ("VKS41", "CAT-PV01"), and
// nothing in the line says which (x100's 20: the fix "TB-VKS-41" chose).
func figuresApart(code, want string) (string, bool) {
	left, right, ok := strings.Cut(code, " ")
	if !ok || right == "" || left == "" || !allDigitsString(right) || !strings.HasSuffix(want, "-"+right) {
		return "", false
	}
	if last, _ := utf8.DecodeLastRuneInString(left); !unicode.IsUpper(last) {
		return "", false
	}
	return strings.TrimSuffix(want, "-"+right) + right, true
}

// yearLed reports whether a code after the number's "/" opens with a
// year, or figures typed for one, and a "/": "2026/TB-UBND", "09/QĐ-UBND".
func yearLed(code string) bool {
	y, _, ok := strings.Cut(strings.TrimSpace(code), "/")
	return ok && y != "" && allDigitsString(y)
}

// digitsFix is the fix for a number that is not all digits: the number
// with the marks typed around it taken away ("50." -> "50"), or, when a
// letter or a mark inside it leaves the number unknown ("12a", "1.5"),
// what a number is, with no number invented.
func digitsFix(seq string, parts []string) diag.Text {
	if d := strings.Trim(seq, ".,;:-_'\"*() "); allDigitsString(d) {
		want := "Số: " + d + "/" + strings.Join(parts, "-")
		return diag.Msg("viết %q", "write %q", want)
	}
	if d, letters, ok := digitsThenCode(seq); ok {
		want := "Số: " + d + "/" + strings.Join(append([]string{letters}, parts...), "-")
		return diag.Msg("số và ký hiệu ngăn nhau bằng dấu \"/\": viết %q", "the number and the code are parted by a \"/\": write %q", want)
	}
	return diag.Msg("ghi số văn bản bằng chữ số Ả Rập, như \"Số: 05/%s\"", "write the number in Arabic digits, as \"Số: 05/%s\"", strings.Join(parts, "-"))
}

// slashFix is the fix of a number line with no "/": the number's digits,
// a "/" and the code after them ("Số: 03QĐ-UBND" -> "Số: 03/QĐ-UBND"),
// or, when the line opens with no digits, the form alone (rv60: the fix
// was the line with a "/" put at its end, "Số: 03QĐ-UBND/").
func slashFix(seq string) diag.Text {
	d := seq[:len(seq)-len(strings.TrimLeft(seq, "0123456789"))]
	code := strings.Join(strings.FieldsFunc(codeOnly(strings.TrimSpace(seq[len(d):])), func(r rune) bool { return r == ' ' || r == '-' || r == '–' || r == '\u00a0' }), "-")
	if d == "" || code == "" {
		return diag.Msg("ghi số, dấu \"/\" rồi ký hiệu, như \"Số: 05/TB-UBND\"", "write the number, a \"/\" and the code, as \"Số: 05/TB-UBND\"")
	}
	return diag.Msg("viết %q", "write %q", "Số: "+d+"/"+code)
}

// digitsThenCode splits a number typed with the first letters of its code
// glued to it ("1728TM" of "Số: 1728TM/XNK") into the digits and the
// capital letters, which belong after the "/". A small letter ("12a") or
// any other mark leaves the number unknown.
func digitsThenCode(seq string) (digits, letters string, ok bool) {
	i := strings.IndexFunc(seq, func(r rune) bool { return r < '0' || r > '9' })
	if i <= 0 {
		return "", "", false
	}
	letters = strings.TrimLeft(seq[i:], " -")
	for _, r := range letters {
		if !unicode.IsUpper(r) {
			return "", "", false
		}
	}
	return seq[:i], letters, letters != ""
}

// codeOnly is the code of a number line up to the first word that no code
// holds (a word with a small letter or a comma): the place and date of a
// header read on the number's line ("QĐ-BQL Lào Cai, ngày 14 ...") are
// not part of it.
func codeOnly(code string) string {
	at, first := 0, true
	for _, w := range strings.SplitAfter(code, " ") {
		word := strings.TrimSpace(w)
		if word != "" && !first && (strings.ContainsFunc(word, unicode.IsLower) || strings.Contains(word, ",")) {
			return code[:at]
		}
		if word != "" {
			first = false
		}
		at += len(w)
	}
	return code
}

func allDigitsString(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// numberHead is what a number line writes before its number: "số",
// "số:".
func numberHead(line string, slash int) string {
	if slash >= 0 {
		line = line[:slash]
	}
	return strings.TrimRightFunc(strings.TrimRight(line, "0123456789 "), unicode.IsSpace)
}

// dotJoined reads a ký hiệu whose two groups a period joins where the
// hyphen goes, the first the tên loại's ("TB.TTCĐS", "QĐ.UBND"): its
// groups, in capitals both.
func dotJoined(code string) ([]string, bool) {
	first, second, ok := strings.Cut(code, ".")
	if !ok || first == "" || second == "" || strings.ContainsAny(second, ".-–— /") || strings.ToUpper(code) != code || !cite.IsTypeCode(first, cite.Admin) {
		return nil, false
	}
	return []string{first, second}, true
}
