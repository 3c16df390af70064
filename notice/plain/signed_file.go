package plain

import "strings"

// fileSuffixes end the name of a file a portal lists under a post: the
// mark a signing tool gives a signed copy ("..._signed") or a file's
// extension.
var fileSuffixes = [...]string{"_signed", ".pdf", ".doc", ".docx"}

// signedFileRun splits a line the page ran a file's name onto after the
// body's closing "./." ("... báo cáo Ủy ban nhân dân tỉnh./. Cv gửi tài
// liệu ..._signed"): the body up to the "./.", and the file's name, the
// page's. A sentence of the body never ends with a file's suffix. ok is
// false when l is no such line.
func signedFileRun(l line) (body, file line, ok bool) {
	if l.cells != nil {
		return line{}, line{}, false
	}
	i := strings.Index(l.text, "./. ")
	if i < 0 {
		return line{}, line{}, false
	}
	rest := strings.TrimSpace(l.text[i+3:])
	if rest == "" || strings.Contains(rest, "./.") || !fileNamed(rest) {
		return line{}, line{}, false
	}
	body, file = l.part(0, i+3), l.part(i+3, len(l.text))
	return body, file, body.text != "" && file.text != ""
}

// fileNamed reports whether s ends with a suffix of fileSuffixes, in any
// case.
func fileNamed(s string) bool {
	low := strings.ToLower(s)
	for _, x := range fileSuffixes {
		if strings.HasSuffix(low, x) {
			return true
		}
	}
	return false
}

// fileLine reports whether t, a line of its own under a body closed by
// "./.", is the name of a file the page lists under the post: a name
// ending with a file's suffix (fileNamed), or a name in capitals a
// browser numbered as a second download ("TB RÀ SOÁT TIÊM NGỪA ... (1)"):
// no lower-case letter, no mark closing a sentence, and a number in
// brackets at its end. No line of the end block (Nơi nhận, a signer's
// title or name) ends so.
func fileLine(t string) bool {
	if fileNamed(t) {
		return true
	}
	if !strings.HasSuffix(t, ")") || !isUpper(t) {
		return false
	}
	open := strings.LastIndex(t, " (")
	if open < 1 {
		return false
	}
	n := t[open+2 : len(t)-1]
	if n == "" || len(n) > 2 || strings.Trim(n, "0123456789") != "" {
		return false
	}
	head := strings.TrimSpace(t[:open])
	return len(strings.Fields(head)) >= 2 && !strings.ContainsAny(head, ".:;!?") &&
		!strings.HasPrefix(head, "PHỤ LỤC")
}
