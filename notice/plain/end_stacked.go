package plain

import "strings"

// A joint notice's later signature may stand under a signature's name:
// one under the other, as a page's text taken without its layout gives
// the table of signatures cell by cell ("KT. GIÁM ĐỐC SỞ XÂY DỰNG", "PHÓ
// GIÁM ĐỐC", "Hoàng Văn Thanh", then "KT. GIÁM ĐỐC SỞ TÀI CHÍNH", ...)
// and some offices set them; or, in a notice of three bodies, the third
// centred under two side by side. After a signature's name, an authority
// line with a signature's lines under it, up to a name, is a later
// signature (Cosigner, Coname, numbered by Sig one more than the last),
// read as the ones side by side are (end_pair.go); anything else after
// the name is what follows the notice, as before.

// stackedSign reads l, after a signature's name, as a line of a later
// signature under it, and reports whether it did.
func (r *reader) stackedSign(l line) bool {
	t := strings.TrimSpace(l.text)
	if signNoteRe().MatchString(t) {
		return r.stacked > 0 && !r.stackNamed
	}
	if r.stacked == 0 || r.stackNamed {
		last := r.paras[len(r.paras)-1]
		if last.Kind != Name && last.Kind != Coname || !pairAuthority(t) || !r.signatureBelow() {
			return false
		}
		r.stacked = last.Sig + 1
		r.stackNamed = false
	}
	r.stackNamed = r.cosign(l, r.stacked, false)
	return true
}

// signatureBelow reports whether the lines under the one being read are a
// signature's: titles in capitals or notes of the seal, then a person's
// name, within a signature's few lines.
func (r *reader) signatureBelow() bool {
	seen := 0
	for _, n := range r.lines[r.at+1:] {
		t := strings.TrimSpace(n.text)
		switch {
		case n.cells != nil || seen >= maxPairLines:
			return false
		case t == "" || signNoteRe().MatchString(t):
			continue
		case capsName(t) || personName(degreeRe().ReplaceAllString(t, "")):
			return true
		case !capsTitle(t) || len(t) >= 180:
			return false
		}
		seen++
	}
	return false
}
