package docx

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// Read reads a Word file (.docx, also .docm and .dotx) from data; path
// names it in findings. A file that cannot be read gives a diag.List of
// one error finding (rules RuleUnreadable, RuleOldFormat, RuleEncrypted,
// RuleNotWord, RuleTooLarge, RuleBroken) that says what the file is and
// what to do. Read never panics and keeps to the limits of limits.go.
func Read(path string, data []byte) (*Document, error) {
	if len(data) == 0 {
		return nil, unreadable(path, diag.Msg("tệp trống (0 byte)", "the file is empty (0 bytes)"))
	}
	if len(data) > MaxInputSize {
		return nil, tooLarge(path, diag.Msg("lớn hơn %d MiB", "it is larger than %d MiB", MaxInputSize>>20))
	}
	if err := sniff(path, data); err != nil {
		return nil, err
	}
	p, err := openPackage(path, data)
	if err != nil {
		return nil, err
	}
	main, err := p.mainPart()
	if err != nil {
		return nil, err
	}
	r := &reader{p: p, main: main, d: &Document{Path: path}}
	if err := r.read(); err != nil {
		return nil, err
	}
	return r.d, nil
}

// reader holds what reading one file needs.
type reader struct {
	d    *Document
	p    *pkg
	main string
	rels map[string]rel // relationships of the main part, by id
	// relOrder are the relationships of rels in the order written: part
	// takes the first of a type, the same on every run.
	relOrder []rel
	st       *styles
	num      *numbering
	set      settings
	foot     noteSource
	endn     noteSource
	// comments seen, by id
	comments map[string]bool
	hdrs     map[string]*HeaderFooter
	sectPrs  []int32 // w:sectPr of the paragraphs that end sections
	body     *tree
	nblocks  int // paragraphs and cells read
	// chunkPending is set at a w:altChunk until the next paragraph, which
	// places it
	chunkPending bool
	err          error
}

// countBlock counts a paragraph or a cell, and reports false (with the
// finding in r.err) past MaxBlocks.
func (r *reader) countBlock() bool {
	if r.err != nil {
		return false
	}
	if r.nblocks++; r.nblocks > MaxBlocks {
		r.err = tooLarge(r.p.path, diag.Msg("có hơn %s đoạn văn và ô bảng", "it holds over %s paragraphs and table cells", diag.Count(MaxBlocks)))
		return false
	}
	return true
}

// part reads a part the main part relates to by type; nil when absent.
// A file that relates two parts of one type (two styles parts) is read
// with the first written.
func (r *reader) part(typ string) (*tree, string, error) {
	for _, rl := range r.relOrder {
		if rl.typ == typ {
			var t *tree
			var err error
			if partFew[typ] {
				t, err = r.p.xmlFew(rl.target, partKeep[typ])
			} else {
				t, err = r.p.xmlKeep(rl.target, partKeep[typ])
			}
			return t, rl.target, err
		}
	}
	return nil, "", nil
}

// partKeep says what of each part the reader needs; the rest is skipped
// unparsed (settings.xml is mostly revision ids, styles.xml mostly latent
// styles, a theme mostly colours and effects).
var partKeep = map[string]keepFunc{
	"settings": func(depth int, ns nsID, name string) bool {
		if depth > 1 {
			return true
		}
		switch name {
		case "themeFontLang", "evenAndOddHeaders", "gutterAtTop", "trackRevisions", "footnotePr", "endnotePr":
			return ns == nsW
		}
		return false
	},
	"styles": func(depth int, ns nsID, name string) bool {
		return depth > 1 || name != "latentStyles"
	},
	"theme": func(depth int, ns nsID, name string) bool {
		return depth == 1 && name == "themeElements" || depth == 2 && name == "fontScheme" || depth > 2
	},
	"numbering": func(depth int, ns nsID, name string) bool {
		return depth > 1 || name != "numPicBullet"
	},
	"comments": func(depth int, ns nsID, name string) bool {
		return depth == 1
	},
	"footnotes": storyKeep,
	"endnotes":  storyKeep,
}

// partFew are the parts of which partKeep keeps little: their trees
// grow as they are read instead of being sized from their bytes
// (settings.xml of a file long worked on holds thousands of revision
// ids, which a tree sized from its bytes would make room for).
var partFew = map[string]bool{"settings": true, "styles": true, "theme": true, "comments": true}

func (r *reader) read() error {
	rels, err := r.p.rels(r.main)
	if err != nil {
		return err
	}
	r.rels = make(map[string]rel, len(rels))
	for _, rl := range rels {
		if _, dup := r.rels[rl.id]; !dup {
			r.rels[rl.id] = rl
			r.relOrder = append(r.relOrder, rl)
		}
	}
	body, err := r.p.xmlKeep(r.main, storyKeep)
	if err != nil {
		return err
	}
	r.body = body
	if err := r.readSetup(); err != nil {
		return err
	}
	bodyNode := body.wchild(0, "body")
	if !body.is(0, nsW, "document") || bodyNode < 0 {
		return broken(r.p.path, r.main, diag.Msg("không có phần thân văn bản", "has no document body"))
	}
	r.readBody(bodyNode)
	if r.err != nil {
		return r.err
	}
	r.readNotes(&r.foot, InFootnote)
	r.readNotes(&r.endn, InEndnote)
	if r.err != nil {
		return r.err
	}
	return r.readProps()
}

// readSetup reads the parts the body needs: settings, theme, styles,
// numbering, notes and comments.
func (r *reader) readSetup() error {
	st, _, err := r.part("settings")
	if err != nil {
		return err
	}
	r.set = parseSettings(st)
	r.d.ThemeLang = r.set.lang.latin
	r.d.EvenAndOddHeaders = r.set.evenOdd
	r.d.GutterAtTop = r.set.gutTop
	r.d.Changes.Tracking = r.set.track
	th, _, err := r.part("theme")
	if err != nil {
		return err
	}
	sty, _, err := r.part("styles")
	if err != nil {
		return err
	}
	var ok bool
	if r.st, ok = parseStyles(sty, parseTheme(th), r.set.lang); !ok {
		return tooLarge(r.p.path, diag.Msg("định nghĩa hơn %s kiểu định dạng (style)", "it defines over %s styles", diag.Count(MaxDefinitions)))
	}
	nt, _, err := r.part("numbering")
	if err != nil {
		return err
	}
	if r.num, ok = parseNumbering(nt, r.st); !ok {
		return tooLarge(r.p.path, diag.Msg("định nghĩa hơn %s kiểu đánh số tự động", "it defines over %s automatic numberings", diag.Count(MaxDefinitions)))
	}
	if r.foot, err = r.noteSource("footnotes", false); err != nil {
		return err
	}
	if r.endn, err = r.noteSource("endnotes", true); err != nil {
		return err
	}
	r.comments = map[string]bool{}
	ct, _, err := r.part("comments")
	if err != nil {
		return err
	}
	if ct != nil {
		for k := ct.nodes[0].first; k >= 0; k = ct.nodes[k].next {
			if ct.is(k, nsW, "comment") {
				r.d.Changes.Comments++
			}
		}
	}
	return nil
}

// readProps reads docProps/core.xml, found through the package's
// relationships.
func (r *reader) readProps() error {
	rels, err := r.p.rels("")
	if err != nil {
		return err
	}
	for _, rl := range rels {
		if rl.typ == "extended-properties" {
			if err := r.readAppProps(rl.target); err != nil {
				return err
			}
			continue
		}
		if rl.typ != "core-properties" {
			continue
		}
		t, err := r.p.xml(rl.target)
		if err != nil || t == nil {
			return err
		}
		pr := &r.d.Props
		for k := t.nodes[0].first; k >= 0; k = t.nodes[k].next {
			n := &t.nodes[k]
			switch {
			case n.ns == nsDC && n.name == "title":
				pr.Title = n.text
			case n.ns == nsDC && n.name == "subject":
				pr.Subject = n.text
			case n.ns == nsDC && n.name == "creator":
				pr.Creator = n.text
			case n.ns == nsCP && n.name == "lastModifiedBy":
				pr.LastModifiedBy = n.text
			case n.ns == nsCP && n.name == "revision":
				pr.Revision = n.text
			case n.ns == nsDCT && n.name == "created":
				pr.Created = n.text
			case n.ns == nsDCT && n.name == "modified":
				pr.Modified = n.text
			}
		}
	}
	return nil
}

// readAppProps reads the page count Word last saved in docProps/app.xml.
func (r *reader) readAppProps(target string) error {
	t, err := r.p.xml(target)
	if err != nil || t == nil {
		return err
	}
	for k := t.nodes[0].first; k >= 0; k = t.nodes[k].next {
		if n := &t.nodes[k]; n.name == "Pages" {
			r.d.Props.Pages, _ = strconv.Atoi(strings.TrimSpace(n.text))
		}
	}
	return nil
}

// settings are what word/settings.xml says that the reader uses.
type settings struct {
	lang    themeLang
	evenOdd bool
	gutTop  bool
	track   bool
	t       *tree
	footPr  int32
	endPr   int32
}

func parseSettings(t *tree) settings {
	s := settings{t: t, footPr: -1, endPr: -1}
	if t == nil {
		return s
	}
	for k := t.nodes[0].first; k >= 0; k = t.nodes[k].next {
		if t.nodes[k].ns != nsW {
			continue
		}
		switch t.nodes[k].name {
		case "themeFontLang":
			s.lang.latin, _ = t.wattr(k, "val")
			s.lang.eastAsia, _ = t.wattr(k, "eastAsia")
			s.lang.bidi, _ = t.wattr(k, "bidi")
		case "evenAndOddHeaders":
			s.evenOdd = t.onOff(k)
		case "gutterAtTop":
			s.gutTop = t.onOff(k)
		case "trackRevisions":
			s.track = t.onOff(k)
		case "footnotePr":
			s.footPr = k
		case "endnotePr":
			s.endPr = k
		}
	}
	return s
}
