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
