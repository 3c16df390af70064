package docx

import (
	"strconv"
	"strings"
)

// A paragraph may anchor several text boxes: the header typed in two
// boxes side by side, the Nơi nhận and the signer in two boxes at the
// foot. The file keeps them in the order they were drawn (LibreOffice
// writes them by their stacking order), not the order they are read in,
// so the reader orders them as the page shows them: by rows from the
// top, and left to right within a row.

// box is a text box anchored in a paragraph, with where its shape sits
// (in EMU, 914400 an inch) when the file says.
type box struct {
	content int32 // the w:txbxContent
	x, y    int64
	placed  bool
}

// addBoxes notes the text boxes of a w:drawing, w:pict or w:object.
func (b *paraBuilder) addBoxes(t *tree, k int32) {
	x, y, placed := shapePlace(t, k)
	for _, c := range t.findAll(k, nsW, "txbxContent", nil) {
		b.boxes = append(b.boxes, box{content: c, x: x, y: y, placed: placed})
	}
}

// rowTolerance is how far apart in height two boxes may start and still
// stand side by side on one row: 1 cm.
const rowTolerance = 360000

// orderBoxes puts the boxes in reading order, when every box says where
// it sits; otherwise they stay in the file's order.
func orderBoxes(bs []box) {
	for _, b := range bs {
		if !b.placed {
			return
		}
	}
	before := func(a, b box) bool {
		if d := a.y - b.y; d > rowTolerance || d < -rowTolerance {
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

// shapePlace reads where a drawing (wp:positionH/wp:posOffset) or a VML
// shape (style="margin-left:...;margin-top:...") sits. An inline drawing
// sits in the line: at 0, 0.
func shapePlace(t *tree, k int32) (x, y int64, ok bool) {
	var okX, okY bool
	var walk func(i int32)
	walk = func(i int32) {
		for c := t.nodes[i].first; c >= 0; c = t.nodes[c].next {
			n := &t.nodes[c]
			switch {
			case n.ns == nsOther && n.name == "inline":
				okX, okY = true, true
				return
			case n.ns == nsOther && (n.name == "positionH" || n.name == "positionV"):
				if off := childText(t, c, "posOffset"); off != "" {
					v, err := strconv.ParseInt(strings.TrimSpace(off), 10, 64)
					if err == nil && n.name == "positionH" {
						x, okX = v, true
					} else if err == nil {
						y, okY = v, true
					}
				} else if al := childText(t, c, "align"); al != "" && n.name == "positionH" {
					x, okX = alignPlace(al), true
				} else if al != "" {
					y, okY = alignPlace(al), true
				}
				continue
			case n.ns == nsOther && n.name == "txbxContent", n.ns == nsW && n.name == "txbxContent":
				continue
			case n.ns == nsOther && !okX:
				if style, has := t.attr(c, nsNone, "style"); has {
					if v, ok := cssLength(style, "margin-left", "left"); ok {
						x, okX = v, true
					}
					if v, ok := cssLength(style, "margin-top", "top"); ok {
						y, okY = v, true
					}
				}
			}
			if !okX || !okY {
				walk(c)
			}
		}
	}
	walk(k)
	return x, y, okX && okY
}

func childText(t *tree, i int32, name string) string {
	for c := t.nodes[i].first; c >= 0; c = t.nodes[c].next {
		if t.nodes[c].name == name {
			return t.nodes[c].text
		}
	}
	return ""
}

// alignPlace orders the named places of a shape: left and top first.
func alignPlace(a string) int64 {
	switch a {
	case "center":
		return 1 << 40
	case "right", "bottom", "outside":
		return 1 << 41
	}
	return 0
}

// cssLength reads the first of names from a VML style ("margin-left:
// 198.35pt") in EMU.
func cssLength(style string, names ...string) (int64, bool) {
	for _, name := range names {
		for _, decl := range strings.Split(style, ";") {
			k, v, ok := strings.Cut(decl, ":")
			if !ok || strings.TrimSpace(k) != name {
				continue
			}
			v = strings.TrimSpace(v)
			unit := 12700.0 // pt
			switch {
			case strings.HasSuffix(v, "pt"):
				v = v[:len(v)-2]
			case strings.HasSuffix(v, "in"):
				v, unit = v[:len(v)-2], 914400
			case strings.HasSuffix(v, "cm"):
				v, unit = v[:len(v)-2], 360000
			case strings.HasSuffix(v, "mm"):
				v, unit = v[:len(v)-2], 36000
			case strings.HasSuffix(v, "px"):
				v, unit = v[:len(v)-2], 9525
			default:
				unit = 9525 // VML lengths without a unit are pixels
			}
			f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil {
				return 0, false
			}
			return int64(f * unit), true
		}
	}
	return 0, false
}
