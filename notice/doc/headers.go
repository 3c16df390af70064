package doc

import (
	"encoding/binary"
	"fmt"

	"github.com/thongbao/thongbao/notice/docx"
)

// Headers and footers ([MS-DOC] 2.8.20 PlcfHdd): their story follows the
// footnotes, cut by PlcfHdd into stories: six of the notes' separators,
// then six for each section (the even pages' header, the odd pages'
// (the default) header, the even and the odd footer, the first page's
// header and footer). An empty story is the previous section's.

// hddStory are the places of a section's stories in PlcfHdd, after the
// six separators.
const (
	hddEvenHeader = iota
	hddHeader
	hddEvenFooter
	hddFooter
	hddFirstHeader
	hddFirstFooter
)

// headers fills the headers and footers of each section from cs, the
// characters of the header story, and its PlcfHdd plc; b reads them.
func (b *builder) headers(secs []*docx.Section, cs []char, plc []byte) {
	le := binary.LittleEndian
	if len(plc) < 8 || len(plc)%4 != 0 {
		return
	}
	cps := make([]uint32, len(plc)/4)
	for k := range cps {
		cps[k] = le.Uint32(plc[4*k:])
	}
	// The last two CPs hold the guard paragraph mark after the stories.
	story := func(k int) *docx.HeaderFooter {
		if k+2 >= len(cps) {
			return nil
		}
		from, to := cps[k], cps[k+1]
		if from >= to || uint64(to) > uint64(len(cs)) {
			return nil
		}
		kind := docx.InHeader
		if j := (k - 6) % 6; j == hddEvenFooter || j == hddFooter || j == hddFirstFooter {
			kind = docx.InFooter
		}
		hb := &builder{runs: b.runs, chars: b.chars, lists: b.lists, story: kind, fmt: b.fmt,
			base: from, boxes: b.boxes, boxChars: b.boxChars}
		return &docx.HeaderFooter{Part: fmt.Sprintf("%s%d", kind, k-5), Blocks: hb.build(cs[from:to])}
	}
	var prev *docx.Section
	for i, s := range secs {
		if prev != nil {
			s.Headers, s.Footers = prev.Headers, prev.Footers
		}
		base := 6 + 6*i
		set := func(dst **docx.HeaderFooter, j int) {
			if h := story(base + j); h != nil {
				*dst = h
			}
		}
		set(&s.Headers.Even, hddEvenHeader)
		set(&s.Headers.Default, hddHeader)
		set(&s.Footers.Even, hddEvenFooter)
		set(&s.Footers.Default, hddFooter)
		set(&s.Headers.First, hddFirstHeader)
		set(&s.Footers.First, hddFirstFooter)
		prev = s
	}
}
