package plain

// A joint notice of three bodies may set two signatures side by side and
// the third under them, centred ("KT. GIÁM ĐỐC SỞ CÔNG THƯƠNG" / "PHÓ GIÁM
// ĐỐC" / the name), then Nơi nhận. That block is a later signature too,
// not lines after the end.

// cosignBelow reads a line of a later signature set under signatures
// side by side: an authority line in capitals right after the name of
// the last of them opens it, as signature number one more; its titles and
// its name follow. It reports whether l was read so.
func (r *reader) cosignBelow(l line) bool {
	n := len(r.paras)
	if n == 0 {
		return false
	}
	last := r.paras[n-1]
	switch {
	case last.Kind == Coname && last.Sig > 0 && r.belowSig == 0 && pairAuthority(l.text):
		r.belowSig = last.Sig + 1
	case r.belowSig > 0 && last.Kind == Cosigner && last.Sig == r.belowSig && !labelRe().MatchString(l.text) && !r.dash(l.text):
	default:
		return false
	}
	r.cosign(l, r.belowSig, false)
	return true
}
