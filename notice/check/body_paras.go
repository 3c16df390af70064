package check

import "github.com/thongbao/thongbao/notice/plain"

// bodyPara is a paragraph of the body as the Word file holds it: the
// paragraphs of the reading that are the printed lines of one Word
// paragraph cut at its manual line breaks (a break before a dash, a
// point's number or "Căn cứ" is a line of the listing of its own), judged
// once by body-format: its first line's indent, its alignment by its whole
// length, the space above it, its size and line spacing by all its
// letters.
type bodyPara struct {
	first, last *wordPara
	runes       int        // characters of its text, one for each break
	fmt         runSummary // of all its lines (but faces: font-face counts letters)
	follows     bool       // it comes right after the body paragraph before it
}

// bodyParas are the paragraphs of the body, in order.
func (w *wordView) bodyParas() []bodyPara {
	var out []bodyPara
	follows := false
	for i := range w.paras {
		wp := &w.paras[i]
		if wp.Kind != plain.Body || len(wp.docs) == 0 {
			follows = false
			continue
		}
		n := len([]rune(wp.Text))
		if k := len(out) - 1; follows && out[k].continuedBy(wp) {
			out[k].last, out[k].runes = wp, out[k].runes+1+n
			out[k].fmt.merge(wp.fmt)
			continue
		}
		out = append(out, bodyPara{first: wp, last: wp, runes: n, fmt: wp.fmt, follows: follows})
		follows = true
	}
	return out
}

// continuedBy: wp is a later printed line of the Word paragraph b ends in.
func (b *bodyPara) continuedBy(wp *wordPara) bool {
	docs := b.last.docs
	return wp.start > 0 && docs[len(docs)-1] == wp.docs[0]
}

// merge adds the letters of o to s: the size is then that of the most
// letters of both. The faces are left as they were.
func (s *runSummary) merge(o runSummary) {
	s.letters += o.letters
	s.bold += o.bold
	s.italic += o.italic
	s.upper += o.upper
	s.lower += o.lower
	sizes := append(sizeCounts(nil), s.sizes...)
	for _, c := range o.sizes {
		sizes.add(c.size, c.n)
	}
	s.sizes, s.size = sizes, sizes.most()
}
