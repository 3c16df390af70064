package docx

// noteSource is footnotes.xml or endnotes.xml, and the numbering of the
// notes referenced from the body.
type noteSource struct {
	t        *tree
	byID     map[int]int32
	nums     noteNumbers
	start    int
	eachSect bool // the numbering restarts in each section
	endnote  bool
	made     map[int]*Note
}

func (r *reader) noteSource(typ string, endnote bool) (noteSource, error) {
	t, _, err := r.part(typ)
	src := noteSource{t: t, byID: map[int]int32{}, made: map[int]*Note{}, endnote: endnote}
	if err != nil {
		return src, err
	}
	def, pr := "decimal", r.set.footPr
	if endnote {
		def, pr = "lowerRoman", r.set.endPr
	}
	if r.set.t != nil {
		src.nums = noteFormat(r.set.t, pr, def)
		src.eachSect = r.set.t.val(r.set.t.wchild(pr, "numRestart")) == "eachSect"
	} else {
		src.nums = noteNumbers{next: 1, format: def}
	}
	src.start = src.nums.next
	if t == nil {
		return src, nil
	}
	for k := t.nodes[0].first; k >= 0; k = t.nodes[k].next {
		if !t.is(k, nsW, "footnote") && !t.is(k, nsW, "endnote") {
			continue
		}
		if typ, _ := t.wattr(k, "type"); typ != "" && typ != "normal" {
			continue // separators
		}
		if id, ok := t.intAttr(k, "id"); ok {
			if _, dup := src.byID[id]; !dup {
				src.byID[id] = k
			}
		}
	}
	return src, nil
}

// noteFor returns the note a reference in the body names, numbering it
// on its first reference; nil when the file has no such note.
func (r *reader) noteFor(endnote bool, id int, custom bool) *Note {
	src := &r.foot
	if endnote {
		src = &r.endn
	}
	if n := src.made[id]; n != nil {
		return n
	}
	if _, ok := src.byID[id]; !ok {
		return nil
	}
	n := &Note{ID: id, Endnote: endnote, Custom: custom}
	if !custom {
		n.Number = src.nums.take()
	}
	src.made[id] = n
	if endnote {
		r.d.Endnotes = append(r.d.Endnotes, n)
	} else {
		r.d.Footnotes = append(r.d.Footnotes, n)
	}
	return n
}

// sectionEnded restarts note numbers that restart in each section.
func (r *reader) sectionEnded() {
	for _, src := range []*noteSource{&r.foot, &r.endn} {
		if src.eachSect {
			src.nums.next = src.start
		}
	}
}

// readNotes reads the text of the notes referenced from the body.
func (r *reader) readNotes(src *noteSource, kind Story) {
	list := r.d.Footnotes
	if src.endnote {
		list = r.d.Endnotes
	}
	if len(list) == 0 {
		return
	}
	s := &storyState{kind: kind, t: src.t, count: newCounters(r.num)}
	for _, n := range list {
		s.note = n
		n.Blocks = r.blocks(src.byID[n.ID], &ctx{s: s, fields: &fieldStack{}})
	}
}
