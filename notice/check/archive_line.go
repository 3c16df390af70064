package check

import (
	"github.com/thongbao/thongbao/notice/plain"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// archiveFault is one thing wrong with a "- Lưu:" line, and where.
type archiveFault struct {
	off int
	msg diag.Text
}

// archiveFaults reads a "- Lưu: VT, TH." line written in a text and says
// exactly what is wrong with it (NĐ 30, Phụ lục I, Mục II, khoản 9, điểm
// d: "- Lưu: VT, <đơn vị soạn thảo>[ (số bản)]." and, where the office
// wants it, the drafter's initials after the unit, "TH(Lan)."), with the
// line as it should read. A line with nothing wrong gives no faults.
func archiveFaults(line string) ([]archiveFault, string) {
	var out []archiveFault
	unsure := false
	add := func(off int, vi, en string, args ...any) {
		out = append(out, archiveFault{off, diag.Msg(vi, en, args...)})
	}
	rest := strings.TrimLeft(line, " ")
	if !strings.HasPrefix(rest, "-") {
		add(0, "dòng lưu không bắt đầu bằng \"- \"", "the archive line does not start with \"- \"")
	}
	rest = plain.TrimListMark(rest) // "• Lưu VT.": the mark is said above
	i := indexLit(line, "Lưu")
	if i < 0 {
		i = 0
	}
	rest = strings.TrimPrefix(rest, "Lưu")
	if !strings.HasPrefix(strings.TrimLeft(rest, " "), ":") {
		add(i, "thiếu dấu hai chấm sau \"Lưu\"", "the colon after \"Lưu\" is missing")
	} else if rest[0] == ' ' {
		add(i, "có dấu cách trước dấu hai chấm sau \"Lưu\"", "a space before the colon after \"Lưu\"") // "- Lưu : VT."
	} else if len(rest) > 1 && rest[1] != ' ' {
		add(i, "thiếu dấu cách sau dấu hai chấm của \"Lưu:\"", "no space after the colon of \"Lưu:\"") // "- Lưu:VT."
	}
	rest = strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(rest, " "), ":"), " ")
	body, end := archiveEnd(rest)
	units, semi := semicolonUnits(splitUnits(body))
	if semi {
		add(strings.Index(line, ";"), "dấu chấm phẩy \";\" ngăn các đơn vị; giữa các đơn vị là dấu phẩy", "a semicolon \";\" parts the units; a comma goes between them")
	}
	units, bracketed := unbracket(units)
	vtFirst := len(units) > 1 && units[0] == "VT" // a repeat is read on a line that opens as it should
	at := func(s string) int {
		if k := strings.LastIndex(line, s); k >= 0 && s != "" {
			return k
		}
		return max(0, len(line)-1)
	}
	switch {
	case len(units) == 0:
		add(at(rest), "dòng lưu không ghi \"VT\" (văn thư)", "the archive line does not name VT (văn thư)")
		units = emptyArchiveUnits // the fix names what is missing
	case jointKeepers(units): // archive_joint.go
	case slices.Index(units, "VT") > 0: // "VP, VT.": the order slipped, VT is there
		k := slices.Index(units, "VT")
		add(max(0, strings.Index(line, units[0])), "\"VT\" (văn thư) ghi sau %q; \"VT\" đứng đầu, sau đó là đơn vị soạn thảo", "\"VT\" (văn thư) follows %q; \"VT\" comes first, then the drafting unit", units[0])
		units = append([]string{"VT"}, slices.Delete(slices.Clone(units), k, k+1)...)
	case units[0] == "VP":
		add(at(" VP")+1, "ghi \"VP\" ở chỗ của \"VT\" (văn thư)", "\"VP\" is written where \"VT\" (văn thư) belongs")
		units[0] = "VT"
	case strings.HasPrefix(units[0], "VT.") && len(units[0]) > 3:
		add(at(units[0])+2, "dấu chấm sau \"VT\" trong %q: giữa các đơn vị là dấu phẩy, dấu chấm chỉ ở cuối dòng", "a period after \"VT\" in %q: a comma goes between the units, the period only at the line's end", units[0])
		units = append([]string{"VT", strings.TrimSpace(units[0][3:])}, units[1:]...)
	case units[0] == "VT." && len(units) > 1: // "VT., TH."
		add(at("VT.")+2, "dấu chấm thừa sau \"VT\": giữa các đơn vị chỉ có dấu phẩy, dấu chấm chỉ ở cuối dòng", "a stray period after \"VT\": only a comma goes between the units, the period only at the line's end")
		units[0] = "VT"
	case len(units) > 1 && copyCountAfterVT(units[0]): // "VT (02b), TH."
		count := strings.TrimSpace(units[0][2:])
		add(at(units[0])+2, "số bản lưu %q ghi sau \"VT\"; ghi sau đơn vị soạn thảo, cuối dòng", "the number of copies %q follows \"VT\"; write it after the drafting unit, at the line's end", count)
		units = append([]string{"VT"}, units[1:]...)
		units[len(units)-1] += " " + count
	case units[0] != "VT":
		add(at(units[0]), "đơn vị đầu tiên phải là \"VT\" (văn thư), không phải %q", "the first entry must be \"VT\" (văn thư), not %q", units[0])
		units = append([]string{"VT"}, units...)
	}
	for _, b := range bracketed {
		add(at(b), "%q: sau \"VT,\" là chữ viết tắt của đơn vị soạn thảo, không đặt trong ngoặc; tên người soạn thảo (nếu có) viết trong ngoặc liền sau, như \"TH(Lan)\"", "%q: after \"VT,\" comes the drafting unit's abbreviation, not in brackets; the drafter's name, if any, follows it in brackets, as in \"TH(Lan)\"", b)
	}
	if k := strayComma(body); k >= 0 {
		add(strings.Index(line, body)+k, "dấu phẩy thừa trong %q: giữa hai dấu phẩy hoặc trước dấu chấm cuối không có đơn vị nào", "a stray comma in %q: no unit between it and the next comma or the final period", strings.TrimSpace(rest))
	} else if k := commaGlued(body); k >= 0 {
		add(strings.Index(line, body)+k, "thiếu dấu cách sau dấu phẩy trong %q", "a space is missing after the comma in %q", strings.TrimSpace(body))
	}
	for k := 1; k < len(units); k++ {
		if smallUnit(units[k]) {
			add(at(units[k]), "chữ viết tắt %q trong dòng lưu viết thường; tên đơn vị soạn thảo và ký hiệu người soạn thảo đều viết hoa", "the abbreviation %q in the archive line is in small letters; the drafting unit and the drafter's initials are both written in capitals", units[k])
			units[k] = strings.ToUpper(units[k])
		}
		if fixed, ok := gluedDrafter(units[k]); ok {
			add(at(units[k]), "tên người soạn thảo viết sau dấu chấm trong %q; viết liền sau đơn vị, trong ngoặc: %q", "the drafter's name follows a period in %q; put it after the unit, in brackets: %q", units[k], fixed)
			units[k] = fixed
		} else if strings.HasPrefix(units[k], "(") {
			add(at(units[k]), "%q: sau \"VT,\" là chữ viết tắt của đơn vị soạn thảo, không đặt trong ngoặc; tên người soạn thảo (nếu có) viết trong ngoặc liền sau, như \"TH(Lan)\"", "%q: after \"VT,\" comes the drafting unit's abbreviation, not in brackets; the drafter's name, if any, follows it in brackets, as in \"TH(Lan)\"", units[k])
			unsure = true // what the brackets hold is not read: no line to copy
		}
	}
	if k := repeatedUnit(units); vtFirst && k > 0 {
		add(at(units[k]), "%q ghi hai lần trong dòng lưu", "%q is written twice in the archive line", units[k])
		units = append(units[:k:k], units[k+1:]...)
	}
	if k := blankCount(line); k >= 0 {
		add(k, "số bản lưu để trống trong %q", "the number of copies kept is left blank in %q", line[k:k+strings.IndexByte(line[k:], ')')+1])
		unsure = true // the count is the office's to write: no line to copy
	}
	switch end {
	case "":
		add(len(line)-1, "dòng lưu không có dấu chấm cuối", "the archive line has no final period")
	case "..":
		add(at(".."), "dòng lưu kết thúc bằng hai dấu chấm", "the archive line ends with two periods")
	case ";":
		add(len(line)-1, "dòng lưu kết thúc bằng \";\"; dòng cuối của nơi nhận kết thúc bằng dấu chấm", "the archive line ends with \";\"; the last line of Nơi nhận ends with a period")
	case ",":
		add(len(line)-1, "dòng lưu kết thúc bằng \",\" thay cho dấu chấm", "the archive line ends with \",\" instead of a period")
	case "./.":
		add(at("./."), "dòng lưu kết thúc bằng \"./.\"; \"./.\" chỉ đặt sau câu cuối của phần nội dung, dòng lưu kết thúc bằng dấu chấm", "the archive line ends with \"./.\"; \"./.\" closes the body's last sentence only, and the archive line ends with a period")
	}
	if unsure {
		return out, ""
	}
	return out, "- Lưu: " + strings.Join(units, ", ") + "."
}

// smallUnit reports whether u, a unit after "VT", is an abbreviation in
// small letters alone ("vp", "kt"; or a drafter's initials, "ntl", which
// Phụ lục I, Mục V, khoản 11 writes in capitals too): one word of two to
// five letters. A unit of words ("hồ sơ") or with a capital is left.
func smallUnit(u string) bool {
	n := utf8.RuneCountInString(u)
	if n < 2 || n > 5 {
		return false
	}
	for _, r := range u {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// repeatedUnit is the index of the first unit written again after itself
// ("VT, KT, KT."), or -1: a unit is kept once.
func repeatedUnit(units []string) int {
	for k := 1; k < len(units); k++ {
		for j := 0; j < k; j++ {
			if units[j] == units[k] {
				return k
			}
		}
	}
	return -1
}

// copyCountAfterVT reports whether u is "VT" with the number of copies
// kept in brackets after it ("VT (02b)", "VT(2b)", "VT (03 bản)").
func copyCountAfterVT(u string) bool {
	rest, ok := strings.CutPrefix(u, "VT")
	rest = strings.TrimSpace(rest)
	if !ok || !strings.HasPrefix(rest, "(") || !strings.HasSuffix(rest, ")") {
		return false
	}
	inner := strings.TrimSpace(rest[1 : len(rest)-1])
	n := 0
	for n < len(inner) && inner[n] >= '0' && inner[n] <= '9' {
		n++
	}
	tail := strings.TrimSpace(inner[n:])
	return n > 0 && (tail == "b" || tail == "B" || tail == "bản")
}

// blankCount is the offset of a bracket of the line that holds the mark
// of copies with no number ("GSTT (  b)", "(...b)", "( bản)"), the count
// a template left for the clerk to fill; -1 when none. "(02b)" has it.
func blankCount(line string) int {
	for i := strings.IndexByte(line, '('); i >= 0; {
		inner, _, ok := strings.Cut(line[i+1:], ")")
		if ok {
			t := strings.TrimRight(strings.Trim(inner, " .…_"), " ")
			if t == "b" || t == "bản" || t == "B" {
				return i
			}
		}
		j := strings.IndexByte(line[i+1:], '(')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return -1
}

// unbracket reads the units a line put in brackets where the drafting
// unit goes: a list of abbreviations ("(VP ; KT&KĐCL)") is those units,
// a unit and a name ("(P.TH – Hùng)") the unit and its drafter
// ("P.TH(Hùng)"). It returns the units as they should read and the
// bracketed units it read; a bracket it cannot read stays as written.
func unbracket(units []string) (out, bracketed []string) {
	for _, u := range units {
		inner, open := strings.CutPrefix(u, "(")
		inner, closed := strings.CutSuffix(inner, ")")
		if !open || !closed || strings.ContainsAny(inner, "()") {
			out = append(out, u)
			continue
		}
		parts := strings.FieldsFunc(inner, func(r rune) bool { return r == ';' || r == ',' || r == ' ' })
		codes := len(parts) > 0
		for _, p := range parts {
			codes = codes && isCapsCode(p)
		}
		unit, name, dashed := cutDash(inner)
		switch {
		case codes:
			out = append(out, parts...)
		case dashed && isCapsCode(unit) && isName(name):
			out = append(out, unit+"("+name+")")
		default:
			out = append(out, u)
			continue
		}
		bracketed = append(bracketed, u)
	}
	return out, bracketed
}

// cutDash cuts "P.TH – Hùng" at its dash.
func cutDash(s string) (before, after string, ok bool) {
	for _, d := range []string{" – ", " - ", " — "} {
		if b, a, found := strings.Cut(s, d); found {
			return strings.TrimSpace(b), strings.TrimSpace(a), true
		}
	}
	return s, "", false
}

// archiveEnd splits the final punctuation off the list of units: "." is
// right, "" none, ".." doubled, ";" or "," the wrong mark.
func archiveEnd(s string) (body, end string) {
	s = strings.TrimRight(s, " ")
	switch {
	case strings.HasSuffix(s, "./."):
		return strings.TrimSuffix(s, "./."), "./."
	case strings.HasSuffix(s, "..") && !strings.HasSuffix(s, "..."):
		return strings.TrimRight(s, "."), ".."
	case strings.HasSuffix(s, "."):
		return strings.TrimSuffix(s, "."), "."
	case strings.HasSuffix(s, ";"), strings.HasSuffix(s, ","):
		return s[:len(s)-1], s[len(s)-1:]
	}
	return s, ""
}

// splitUnits splits "VT, TH(Lan), NN (2)" at the commas outside brackets.
func splitUnits(s string) []string {
	var out []string
	start := 0
	for _, i := range outerCommas(s) {
		out = appendUnit(out, s[start:i])
		start = i + 1
	}
	return appendUnit(out, s[start:])
}

// outerCommas are the offsets of the commas of s outside brackets: a comma
// inside ("TH(Lan,Hùng)") is the drafters' own.
func outerCommas(s string) []int {
	var out []int
	depth := 0
	for i, r := range s {
		switch r {
		case '(':
			depth++
		case ')':
			depth = max(0, depth-1)
		case ',':
			if depth == 0 {
				out = append(out, i)
			}
		}
	}
	return out
}

func appendUnit(out []string, u string) []string {
	if u = strings.TrimSpace(u); u != "" {
		out = append(out, u)
	}
	return out
}

// gluedDrafter reads a unit with the drafter's name put after a period,
// "TH. Lan", "TH.Lan" or "NLN.M.Cường", and returns it as it should read,
// "TH(Lan)", "NLN(M.Cường)". An abbreviation with a period inside,
// "P.CTHĐND", is no drafter: what follows the unit must be a name, a
// capitalised word in lower case after its capital, with or without
// initials.
func gluedDrafter(u string) (string, bool) {
	i := strings.Index(u, ".")
	if i <= 0 || i == len(u)-1 {
		return "", false
	}
	unit, name := strings.TrimSpace(u[:i]), strings.TrimSpace(u[i+1:])
	if unit == "" || !isCapsCode(unit) || !isName(name) {
		return "", false
	}
	return unit + "(" + name + ")", true
}

// isCapsCode reports whether s is an abbreviation in capitals: "TH",
// "KGVX", "P.TH".
func isCapsCode(s string) bool {
	for _, r := range s {
		if !isUpperRune(r) && r != '.' && r != '&' && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isName reports whether s is a person's name, as drafters sign the
// archive line: "Lan", "Minh Hùng", "M.Cường", "N.T. Lan".
func isName(s string) bool {
	words := strings.Fields(strings.ReplaceAll(s, ".", ". "))
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for k, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		if !isUpperRune(r) {
			return false
		}
		initial := w[n:] == "."
		if initial && k == len(words)-1 || !initial && (len(w) == n || !allLower(w[n:])) {
			return false
		}
	}
	return true
}

// joinFaults says every fault of one line in one message.
func joinFaults(fs []archiveFault) diag.Text {
	var vi, en []string
	for _, f := range fs {
		vi, en = append(vi, f.msg.VI), append(en, f.msg.EN)
	}
	return diag.Text{VI: strings.Join(vi, "; "), EN: strings.Join(en, "; ")}
}

// commaGlued is the offset of the first comma of a Lưu line's list that a
// unit follows with no space ("VT,TH"), -1 when there is none; a comma
// inside brackets ("TH(Lan,Hùng)") is the drafters' own.
func commaGlued(s string) int {
	for _, i := range outerCommas(s) {
		if i+1 < len(s) && s[i+1] != ' ' {
			return i
		}
	}
	return -1
}

// strayComma is the offset of a comma of s with no unit after it, before
// the next comma or the end ("VT, TH, ." "VT,, TH"), or with none before
// it (", VT"); -1 when none.
func strayComma(s string) int {
	cs := outerCommas(s)
	if len(cs) > 0 && strings.TrimSpace(s[:cs[0]]) == "" {
		return cs[0]
	}
	for j, i := range cs {
		next := len(s)
		if j+1 < len(cs) {
			next = cs[j+1]
		}
		if strings.TrimSpace(s[i+1:next]) == "" {
			return i
		}
	}
	return -1
}

// emptyArchiveUnits are the units an empty "- Lưu:" line's fix writes:
// VT and a place for the drafting unit's abbreviation.
var emptyArchiveUnits = []string{"VT", "<đơn vị soạn thảo>"}
