package doc

import (
	"encoding/binary"
)

// Text boxes ([MS-DOC] 2.8.35 PlcftxbxTxt, 2.9.333 FTXBXS, 2.8.36 PlcSpa,
// 2.9.253 SPA; [MS-ODRAW] for the drawing): a text box's words are kept
// in a story of their own after the main text, one stretch of it for
// each box, named by the shape that shows it (FTXBXS lid). A shape is
// anchored in the main text at a character (PlcSpaMom: its CP and its
// rectangle on the page, in twips); a shape in a group is not, its group
// is, and the drawing's records (OfficeArt, in DggInfo) say which group
// holds it and where in the group it stands. Each box's text is placed
// after the paragraph that holds its anchor, as notice/docx places a
// .docx's; the boxes of one paragraph in the order the page shows them:
// by rows from the top, left to right within a row.

// boxStory is a text box: its text's CPs in the text boxes' story, and
// where it stands on the page.
type boxStory struct {
	from, to uint32
	x, y     int64
}

// boxRowTolerance is how far apart in height two boxes may start and
// still stand on one row: 1 cm, in twips.
const boxRowTolerance = 567

// maxArtDepth bounds the nesting of the drawing's records read.
const maxArtDepth = 16

// shapeAt is a shape anchored in the text: its CP and rectangle.
type shapeAt struct {
	cp                     uint32
	left, top, right, bott int64
}

// textBoxes reads the text boxes of a story: txbx is its PlcftxbxTxt,
// spa its PlcSpa, art the drawing's records of the same story (dgglbl 0
// for the main text, 1 for the headers), n the length of the boxes'
// story. It returns the boxes by the CP of their anchor; a box whose
// shape is not found is left out.
func textBoxes(txbx, spa, art []byte, label byte, n uint32) map[uint32][]boxStory {
	le := binary.LittleEndian
	if len(txbx) < 4 || (len(txbx)-4)%26 != 0 {
		return nil
	}
	shapes := readSpa(spa)
	if len(shapes) == 0 {
		return nil
	}
	groups := groupMembers(art, label, shapes)
	k := (len(txbx) - 4) / 26
	out := map[uint32][]boxStory{}
	for i := 0; i+1 < k; i++ { // the last FTXBXS stands for no box
		from, to := le.Uint32(txbx[4*i:]), le.Uint32(txbx[4*i+4:])
		d := txbx[4*(k+1)+22*i:]
		if from >= to || to > n || le.Uint16(d[8:]) != 0 { // fReusable: a box no longer in use
			continue
		}
		lid := le.Uint32(d[14:])
		if s, ok := shapes[lid]; ok {
			out[s.cp] = append(out[s.cp], boxStory{from: from, to: to, x: s.left, y: s.top})
		} else if m, ok := groups[lid]; ok {
			out[m.cp] = append(out[m.cp], boxStory{from: from, to: to, x: m.left, y: m.top})
		}
	}
	return out
}

// readSpa reads a PlcSpa: the shapes anchored in a story, by shape id.
func readSpa(spa []byte) map[uint32]shapeAt {
	le := binary.LittleEndian
	if len(spa) < 4 || (len(spa)-4)%30 != 0 {
		return nil
	}
	k := (len(spa) - 4) / 30
	out := make(map[uint32]shapeAt, k)
	for i := range k {
		d := spa[4*(k+1)+26*i:]
		i32 := func(o int) int64 { return int64(int32(le.Uint32(d[o:]))) }
		out[le.Uint32(d)] = shapeAt{cp: le.Uint32(spa[4*i:]), left: i32(4), top: i32(8), right: i32(12), bott: i32(16)}
	}
	return out
}

// orderBoxStories puts the boxes of one paragraph in reading order.
func orderBoxStories(bs []boxStory) {
	before := func(a, b boxStory) bool {
		if d := a.y - b.y; d > boxRowTolerance || d < -boxRowTolerance {
			return a.y < b.y
		}
		return a.x < b.x
	}
	for i := 1; i < len(bs); i++ { // insertion sort: stable, and a few boxes
		for j := i; j > 0 && before(bs[j], bs[j-1]); j-- {
			bs[j], bs[j-1] = bs[j-1], bs[j]
		}
	}
}
