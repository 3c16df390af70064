package check

// A Kế hoạch, a Báo cáo or a Quyết định opens its body as a Thông báo
// does when it gives what it acts on in a sentence ("Thực hiện Chỉ thị số
// 8008/CT-TCTL ..., Ủy ban nhân dân tỉnh ban hành Kế hoạch ..."): a full
// stop after the ground, with the clause it grounds going on in the same
// paragraph ("... mùa khô năm 2019 - 2020. Ủy ban nhân dân tỉnh ban hành
// Kế hoạch ..."), cuts the sentence in two as it does in a Thông báo.

// otherCutGrounds reports, for grounds, in the body of a document of
// another kind than a Thông báo or a letter, a sentence that opens with a
// ground and has no clause of its own (groundFragment), closed by a full
// stop that another sentence follows in the same paragraph. Only the stop
// inside a paragraph is read: a ground closing its own paragraph is how a
// Quyết định's last căn cứ ends, and a block of grounds is grounds'.
func otherCutGrounds(p *Pass) {
	v := p.View
	if v.Columns || v.Type != Other {
		return
	}
	for _, seg := range v.bodySegs() {
		if !runningProse(seg) {
			continue
		}
		s := seg.Text
		eachSentence(s, func(start, dot int) {
			if groundFragment(s[start:dot]) {
				reportCutGround(p, seg, dot, s[start:dot])
			}
		})
	}
}
