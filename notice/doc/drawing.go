package doc

import "encoding/binary"

// The drawing's records ([MS-ODRAW] 2.2, [MS-DOC] 2.9.172 OfficeArtContent):
// after the drawing group's container come the drawings, each a byte
// (0 for the main text's, 1 for the headers') and a container whose
// shapes' tree holds the groups: a group's container starts with the
// group's own shape (its id, the rectangle of its own coordinates), and
// each shape after it has its place in those coordinates (a child
// anchor).

// The record types read.
const (
	artDgContainer   = 0xF002
	artSpgrContainer = 0xF003
	artSpContainer   = 0xF004
	artFSPGR         = 0xF009
	artFSP           = 0xF00A
	artChildAnchor   = 0xF00F
)

// record is one OfficeArt record: its type, whether it holds records,
// and its data.
type record struct {
	typ       uint16
	container bool
	data      []byte
}

// records reads the records of b, stopping at one that runs past its
// end.
func records(b []byte) []record {
	le := binary.LittleEndian
	var out []record
	for len(b) >= 8 {
		n := uint64(le.Uint32(b[4:]))
		if 8+n > uint64(len(b)) {
			break
		}
		out = append(out, record{typ: le.Uint16(b[2:]), container: le.Uint16(b)&0xF == 0xF, data: b[8 : 8+n]})
		b = b[8+n:]
	}
	return out
}

// groupMembers reads the drawing of label and returns the shapes of the
// groups anchored in shapes, by id, each placed on the page through its
// groups' coordinates and anchored where its outermost group is.
func groupMembers(art []byte, label byte, shapes map[uint32]shapeAt) map[uint32]shapeAt {
	rs := records(art)
	if len(rs) == 0 {
		return nil
	}
	le := binary.LittleEndian
	rest := art[8+len(rs[0].data):] // past the drawing group's container
	out := map[uint32]shapeAt{}
	for len(rest) >= 9 {
		lbl := rest[0]
		n := uint64(le.Uint32(rest[5:]))
		if 9+n > uint64(len(rest)) {
			break
		}
		if lbl == label {
			for _, r := range records(rest[1 : 9+n]) {
				if r.typ == artDgContainer {
					for _, g := range records(r.data) {
						if g.typ == artSpgrContainer {
							walkGroup(g.data, nil, shapes, out, 0)
						}
					}
				}
			}
		}
		rest = rest[9+n:]
	}
	return out
}

// frame maps a group's coordinates to the page: its anchor, and the
// rectangle of its own coordinates that covers the anchor's rectangle.
type frame struct {
	anchor shapeAt
	gl, gt int64
	sx, sy float64
}

// place maps a child anchor's top left corner to the page.
func (f *frame) place(l, t int64) shapeAt {
	s := f.anchor
	s.left = f.anchor.left + int64(float64(l-f.gl)*f.sx)
	s.top = f.anchor.top + int64(float64(t-f.gt)*f.sy)
	return s
}

// walkGroup reads the shapes of a group's container (the outermost
// when parent is nil: the drawing's own, whose shapes are anchored in
// the text).
func walkGroup(b []byte, parent *frame, shapes map[uint32]shapeAt, out map[uint32]shapeAt, depth int) {
	if depth > maxArtDepth {
		return
	}
	var fr *frame
	for i, r := range records(b) {
		switch r.typ {
		case artSpContainer:
			id, grp, child, ok := shapeRecords(r.data)
			if !ok {
				continue
			}
			if i == 0 && depth > 0 { // the group's own shape
				fr = groupFrame(id, grp, child, parent, shapes)
				continue
			}
			if fr != nil && child != nil {
				out[id] = fr.place(child[0], child[1])
			}
		case artSpgrContainer:
			walkGroup(r.data, fr, shapes, out, depth+1)
		}
	}
}

// groupFrame is the frame of a group whose shape is id: anchored in the
// text (shapes), or placed by child in its parent's frame.
func groupFrame(id uint32, grp, child []int64, parent *frame, shapes map[uint32]shapeAt) *frame {
	var a shapeAt
	switch s, ok := shapes[id]; {
	case ok:
		a = s
	case parent != nil && child != nil:
		a = parent.place(child[0], child[1])
		r := parent.place(child[2], child[3])
		a.right, a.bott = r.left, r.top
	default:
		return nil
	}
	f := &frame{anchor: a, sx: 1, sy: 1}
	if grp != nil {
		f.gl, f.gt = grp[0], grp[1]
		if w := grp[2] - grp[0]; w > 0 {
			f.sx = float64(a.right-a.left) / float64(w)
		}
		if h := grp[3] - grp[1]; h > 0 {
			f.sy = float64(a.bott-a.top) / float64(h)
		}
	}
	return f
}

// shapeRecords reads a shape's container: its id, its group rectangle
// (a group's shape) and its child anchor (a shape in a group), each
// left, top, right, bottom; nil when absent.
func shapeRecords(b []byte) (id uint32, grp, child []int64, ok bool) {
	le := binary.LittleEndian
	rect := func(d []byte) []int64 {
		if len(d) < 16 {
			return nil
		}
		return []int64{int64(int32(le.Uint32(d))), int64(int32(le.Uint32(d[4:]))), int64(int32(le.Uint32(d[8:]))), int64(int32(le.Uint32(d[12:])))}
	}
	for _, r := range records(b) {
		switch r.typ {
		case artFSP:
			if len(r.data) >= 4 {
				id, ok = le.Uint32(r.data), true
			}
		case artFSPGR:
			grp = rect(r.data)
		case artChildAnchor:
			child = rect(r.data)
		}
	}
	return id, grp, child, ok
}
