package doc

import (
	"testing"
)

// madeStories are the made .docs of d79's stories, broken in the ways a
// hostile file may break them, each read with no panic and no hang.
func madeStories() map[string][]byte {
	auto := []byte{1, 0}
	text := "A\x02b\x02\r" + "\x02 Chu thich\r" + "\x02 Ghi chu cuoi\r"
	docs := map[string][]byte{}
	// An endnote whose reference and text run past their stories' end.
	docs["endnote-past-end"] = (&madeDoc{text: []byte(text), ccpFtn: 12, ccpEdn: 15, table: map[int][]byte{
		pairPlcffndRef: plc([]uint32{1, 5}, auto), pairPlcffndTxt: plc([]uint32{0, 12}),
		pairPlcfendRef: plc([]uint32{900, 905}, auto), pairPlcfendTxt: plc([]uint32{0, 4000}),
	}}).bytes()
	// An endnote's text that runs backwards.
	docs["endnote-backwards"] = (&madeDoc{text: []byte(text), ccpFtn: 12, ccpEdn: 15, table: map[int][]byte{
		pairPlcfendRef: plc([]uint32{3, 5}, auto), pairPlcfendTxt: plc([]uint32{10, 2}),
	}}).bytes()
	// A comment whose reference and range stand past the main text.
	c := "Mot\rHai\x05 ba\r" + "\x05 y kien\r"
	docs["comment-past-end"] = (&madeDoc{text: []byte(c), ccpAtn: 9, table: map[int][]byte{
		pairPlcfandRef: plc([]uint32{700, 712}, make([]byte, 30)), pairPlcfAtnBkf: plc([]uint32{900, 12}, make([]byte, 4)),
	}}).bytes()
	docs["style-loop"] = styleListDoc(1, 2, 1, 1)
	docs["list-undefined-hidden"] = styleListDoc(0, 0, 99, 1)
	docs["list-undefined"] = styleListDoc(0, 0, 99, 0)
	return docs
}

// styleListDoc is TestStyleList's .doc with the numbered style based on
// base, the Normal style on normalBase, its instance ilfo.
func styleListDoc(base, normalBase, ilfo int, hide byte) []byte {
	lst, lvl, lfo := oneLevelList()
	if normalBase == 0 {
		normalBase = istdNone
	}
	sheet := stsh(madeStyle{stk: stkPara, base: normalBase, name: "Normal"},
		madeStyle{stk: stkPara, base: base, name: "Diem", pap: []byte{0x0B, 0x46, byte(ilfo), 0}, chp: []byte{0x3C, 0x08, hide}},
		madeStyle{stk: stkChar, base: 1, name: "Vong"})
	text := "Mo dau\rMot\rHai\rKhong\r"
	fc := func(i int) uint32 { return uint32(madeTextFC + i) }
	styled := []byte{0, 1, 1, 0}
	ends := []uint32{fc(7), fc(11), fc(15), 0xFFFFFFFF}
	m := &madeDoc{text: []byte(text),
		table: map[int][]byte{pairPlfLst: lst, pairPlfLfo: lfo, pairStshf: sheet},
		after: map[int][]byte{pairPlfLst: lvl}}
	return m.withPapx(papxPage(fc(0), ends, [][]byte{nil, styled, styled, styled}))
}

// TestStoriesHostile: each broken story is read or refused as one
// finding.
func TestStoriesHostile(t *testing.T) {
	for name, data := range madeStories() {
		t.Run(name, func(t *testing.T) {
			d, rule := readRule(t, data)
			if d != nil {
				t.Logf("%s read: %q", name, d.Listing().Text())
			} else {
				t.Logf("%s refused: %s", name, rule)
			}
		})
	}
}

// FuzzReadStories: FuzzRead from d79's made stories.
func FuzzReadStories(f *testing.F) {
	for _, data := range madeStories() {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if d, rule := readRule(t, data); d != nil {
			_ = d.Listing().Text()
		} else if rule == "" {
			t.Fatal("no rule")
		}
	})
}
