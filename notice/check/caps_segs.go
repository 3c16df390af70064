package check

// capsSegs are the texts the rules of capitals inside sentences read
// (common-noun-caps, special-noun's phrases): the Kính gửi and the prose,
// but the archive line, lines written all in capitals (a heading, a
// trích yếu in capitals) and, in a text notice, quoted passages, whose
// capitals are the quoted document's.
func capsSegs(v *View) []*Seg {
	segs := v.textSegs()
	inQuote := v.quotationsIn(segs).inside
	if v.Addressee != nil {
		segs = append([]*Seg{v.Addressee}, segs...)
	}
	var out []*Seg
	for _, seg := range segs {
		if seg.Role == RoleArchive || !hasLower(seg.Text) || !v.FromTOML && inQuote[seg.PosAt(0)] {
			continue
		}
		out = append(out, seg)
	}
	return out
}
