package check

import (
	"slices"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

// Role says what a piece of text is in the notice.
type Role int

const (
	RoleHeader Role = iota
	RoleTitle
	RoleSubject
	RoleOpening // the first paragraph: the meeting
	RoleHinge   // "Sau khi nghe ..."
	RoleBody
	RoleHeading // a numbered heading or an assignee's heading
	RoleItem    // a task item
	RoleClosing // the last paragraph of the body
	RoleNote
	RoleRecipient
	RoleArchive // the "Lưu:" line
	RoleSigner  // an authority line or the signer's title
	RoleName
	RoleAppendix
	RoleCell
)

// Seg is a piece of the notice's text with a way back to the source.
type Seg struct {
	Text   string
	Role   Role
	Marker string // the numbering marker written before the text, if any
	Bullet string // the list's bullet a point with no Marker opens with (plain.Para.Bullet)
	Pict   string // the pictographs the reading took off the paragraph's head (plain.Para.Pict)
	Field  string // the TOML path of the field, for TOML sources
	Notes  []string
	Raw    string // TOML: the value as written in the source, quotes included
	rawNFC bool   // Raw is known to be in NFC (notice.Text.RawNFC)
	at     func(off int) diag.Pos
	line   func(off int) int // at(off).Line, when the source finds it faster; nil when not
	// oneLine: every byte of Text stands on one line of the source (text
	// files; false when unknown).
	oneLine bool
	// asked: an owner the notice asks ("Đề nghị Bảo hiểm xã hội tỉnh
	// phối hợp ..."), not one it gives work to (assigneeOf).
	asked bool
	// nfd is 1 + the offset in Text of the first character the text file
	// wrote with combining marks (Text is in NFC); 0 when none.
	nfd int
	// alike is 1 + the offset in Text of the first letter the text file
	// wrote with a look-alike letter, alikeWrote ("ƣ"), that Text reads as
	// alikeRead ("ư"); 0 when none.
	alike                 int
	alikeWrote, alikeRead rune
	// legacy are the passages of a text file typed in a legacy encoding
	// that begin in Text, which reads them converted (legacy_passage.go).
	legacy []plain.LegacyPassage
	// pictPos is where Pict stands in the text file, before Text's first
	// byte (plain.Para.PictPos); the zero Pos when unknown.
	pictPos diag.Pos
	// noteNo is a footnote's number the reading set apart from its text
	// (plain.Para.Number): the raised "1" pdftotext -layout sets alone
	// over " Chi hỗ trợ ..." (f97); "" when none or when Text opens with it.
	noteNo string
}

// PosAt returns the source position of byte off of Text.
func (s Seg) PosAt(off int) diag.Pos {
	if s.at == nil {
		return diag.Pos{}
	}
	return s.at(off)
}

// LineAt returns the source line of byte off of Text: PosAt(off).Line.
func (s Seg) LineAt(off int) int {
	if s.line == nil {
		return s.PosAt(off).Line
	}
	return s.line(off)
}

// Task is something someone must do, with who and by when.
type Task struct {
	Seg      Seg  // the task's text
	Assignee *Seg // its own or its group's assignee; nil when none
	Deadline *Deadline
	// Above is what stands over the task in the outline of a TOML source,
	// outermost first: its groups' assignees (Field "assignee"), titles
	// and leading texts, and its parent items. The register of tasks reads
	// owners and deadlines named there; a text's outline is in its markers.
	Above []Seg
	// Inherited is the deadline of the nearest group or parent item over
	// the task that has one (TOML).
	Inherited *Deadline
}

// Deadline is a structured deadline (TOML) with where it is.
type Deadline struct {
	cite.Deadline
	Pos diag.Pos
}

// Signature is a signature of the end block: its authority lines and
// the signer's title, then the name (nil when none).
type Signature struct {
	Signer []Seg
	Name   *Seg
}

// View is a notice as the rules see it, from TOML or from text.
type View struct {
	Path     string
	FromTOML bool
	Number   *Seg      // the number and ký hiệu ("12/TB-UBND"), or the "Số:" line of a text
	Numbers  []Seg     // the header's earlier "Số:" lines: a joint notice's number of each issuer but the last (numbers_joint.go)
	Date     cite.Date // the issuing date; Day 0 on a draft; zero when unknown
	DateSeg  *Seg      // the place and date (line)
	Header   []Seg
	Title    *Seg
	Subject  *Seg
	// Addressee is the "Kính gửi: ..." line of a Công văn, or nil.
	Addressee *Seg
	Body      []Seg // in order, opening to closing
	// Labels are the numbers of the parts and items of a TOML source, as
	// printed, in order: a text has its numbers on its Body.
	Labels  []Seg
	Notes   []Seg
	Recips  []Seg // Nơi nhận lines; for text, as written with "- " and ";"
	Label   *Seg  // the "Nơi nhận:" line of a text, nil when none
	Archive *Seg
	Signer  []Seg // authority lines, then the signer's title
	Name    *Seg
	// Cosigns are the later signatures side by side with the first, of
	// a joint notice (liên tịch, liên ngành), in order; none for TOML.
	Cosigns  []Signature
	Appendix []Seg // appendix paragraphs and table cells
	// Paths are file paths typed on lines of their own (the drafter's
	// copy on disk), no part of the notice.
	Paths []Seg
	// Pages are the lines a web page or newspaper printed above the
	// notice it posts (plain.Page): no rule reads them, but the text
	// begins there (firstPos).
	Pages []Seg
	// Meeting is the meeting date, zero when unknown, and the chair.
	Meeting    cite.Date
	MeetingPos diag.Pos
	Chair      *Person
	Tasks      []Task
	Assignees  []Seg
	// TaskRows are the rows of the text's task tables (task_table.go),
	// read by their header's columns; none for TOML.
	TaskRows []TaskRow
	// Totals are the total rows of the text's tables that are not the
	// sum of their columns (table_total_read.go); none for TOML.
	Totals []wrongTotal
	// BirthCells are the years of the "Năm sinh" column of the text's
	// tables of people (birth_year_table.go), for birth-year.
	BirthCells []birthCell
	// MoneyCells are the sums grouped wrongly in the cells of a column
	// whose head names đồng (table_money_cells.go), amount-grouping's.
	MoneyCells []moneyCell
	// TableNumbers are the row numbers out of order of its tables'
	// "TT" columns (table_numbers.go), list-number-sequence's.
	TableNumbers []markerFault
	// Word holds the formatting of a notice read from a Word file; nil
	// for a text or a TOML source, which have none.
	Word *wordView
	// FromDoc: a Word 97-2003 file (.doc); Word is nil when its
	// formatting could not be read.
	FromDoc bool
	// Draft: the notice has no number or day yet.
	Draft bool
	// Type is what the document was recognised as; TypeName its tên
	// loại as written in capitals ("THÔNG BÁO"), TypeCode the code its
	// ký hiệu should carry ("TB"; "" for a Công văn).
	Type     DocType
	TypeName string
	TypeCode string
	// Untold: nothing shows the kind (no header, tên loại, trích yếu or
	// Kính gửi, and the body never says "thông báo"): Type stays
	// ThongBao, but the rules of a Thông báo alone do not run.
	Untold bool
	// Columns: the text was read as a page laid out in columns
	// (pdftotext -layout), whose gaps between words are the layout's.
	Columns bool
	// Unreadable: the text is garbled past checking (a scan's text layer).
	Unreadable bool
	// NoBreaks: the text has no line breaks between its elements (a
	// document on one line), so its layout cannot be checked.
	NoBreaks bool
	// Conclusions: a Thông báo of the conclusions of a meeting (thông báo
	// kết luận, ý kiến chỉ đạo), the kind the tool drafts; a TOML source
	// always is. Other Thông báo announce, call or inform.
	Conclusions bool
	// Party: a document of the Đảng Cộng sản Việt Nam or one of its
	// committees, told by its header (partyHeader): it follows Hướng dẫn
	// 36-HD/VPTW, not Nghị định 30, and the rules of the state's own form
	// (Rule.StateForm) do not run on it. A TOML source never is one.
	Party bool
	// PaperPrint: the text is a newspaper's print of the notice, told by
	// the paper's byline stamp among the page's lines ("HNMO 06/02/2024 -
	// 06:13", plain.PaperStamp): its dates are in the paper's house style.
	PaperPrint bool

	// lastLine is the line a text ends on, blank lines left out; 0 for
	// TOML.
	lastLine int
	// signNote is where the note in place of the signature ("(Đã ký)")
	// stands, when one follows the signer's last line of a text notice:
	// the reading leaves it out; zero Line when none.
	signNote     diag.Pos
	signNoteText string

	// What several rules read, worked out once.
	texts     []Seg
	textPtrs  []*Seg // textSegs
	bodyPtrs  []*Seg // bodySegs
	cites     []cited
	deadlines []foundDeadline
	// indexes are the texts split into words, lexemes their words
	// (text_index.go).
	indexes map[string]*textIndex
	// indexAt are the same indexes by where their text's bytes start:
	// the rules mostly ask again for a segment's text, the same string,
	// which is quicker found by its place than by its bytes (a string
	// of another length that starts there is looked up by its bytes).
	indexAt indexTable
	// lexemes is the lexicon the view took (lexicon), nil until then.
	lexemes *lexicon
	// quoteMemo are the quotations of the lists of segments rules asked
	// for (quotationsIn).
	quoteMemo []quoteMemo
	// recipsMemo and attendeesMemo are the normal forms of the Nơi nhận
	// lines and of those who attended (normalRecipients,
	// normalAttendees), nil until a rule asks
	recipsMemo, attendeesMemo *[]string
	// attendeeLines are the normal attendees read for coveredBy
	// (attendeeSet), recipLines the normal Nơi nhận lines (recipientSet).
	attendeeLines, recipLines *recipientSet
	slabs                     indexSlabs
	done                      uint8
	// attendees, read from the opening once (attendeesOf).
	attendees     []string
	attendeesRead bool
	// official, the official names written in the text, found once
	// (officialMatches).
	official     []officialMatch
	officialRead bool
	// kindHits, the kind words written with both syllables capitalised,
	// found once (kindSyllableHits).
	kindHits     []kindSyllableHit
	kindHitsRead bool
	// trigKnown are the triggers looked for, trigHas those found
	// (View.has).
	trigKnown, trigHas uint64
	// phraseSaid are the phrases phrase-typo reported, by their text
	// (phrase_said.go): syllable, run after it, leaves their words.
	phraseSaid map[string][]saidPhrase
	// phrasesRead: phrase-typo was asked to run for phraseSaid before its
	// turn (phrasesRead), phrasesRan: it ran then.
	phrasesRead, phrasesRan bool
	// phraseScratch is the scratch pass phrasesRead ran phrase-typo on:
	// the rule's own turn reports its findings rather than reading the
	// notice again (phrase_said.go).
	phraseScratch *Pass
	// said are the places a rule said and recorded for a rule run after
	// it, which leaves them (said_by.go).
	said map[saidKey]bool
	// dirs are the source's thongbao:ignore directives (run).
	dirs []directive
	// markerFaults are the faults of the list markers, both rules', read
	// once (numbering.go).
	markerFaults []markerFault
	markersRead  bool
	// recipFolds are the Nơi nhận lines folded, each on first ask
	// (recipFolded).
	recipFolds []foldMemo
}

const (
	haveTexts = 1 << iota
	haveCites
	haveDeadlines
)

// Person is the chair as the source names them.
type Person struct {
	Name, Title string
	Pos         diag.Pos
}

// Texts returns every piece of prose: the rules about wording, citations
// and deadlines read these. The slice is built once and shared: rules must
// not change it.
func (v *View) Texts() []Seg {
	if v.done&haveTexts == 0 {
		v.texts, v.done = v.collectTexts(), v.done|haveTexts
	}
	return v.texts
}

// textSegs is withSegs(v.Texts()), made once a view: some eighty rules
// walk the texts by pointer, and each made its own slice of them (s99c).
// Its capacity is its length, so that a rule appending to it gets a copy;
// rules must not change it.
func (v *View) textSegs() []*Seg {
	if v.textPtrs == nil {
		v.textPtrs = slices.Clip(withSegs(v.Texts()))
	}
	return v.textPtrs
}

// bodySegs is v.bodySegs(), made once a view as textSegs is.
func (v *View) bodySegs() []*Seg {
	if v.bodyPtrs == nil {
		v.bodyPtrs = slices.Clip(withSegs(v.Body))
	}
	return v.bodyPtrs
}

func (v *View) collectTexts() []Seg {
	n := len(v.Body) + len(v.Notes) + len(v.Recips) + len(v.Appendix)
	if v.Subject != nil {
		n++
	}
	out := make([]Seg, 0, n) // one slice, not the appends' five
	if v.Subject != nil {
		out = append(out, *v.Subject)
	}
	out = append(out, v.Body...)
	out = append(out, v.Notes...)
	out = append(out, v.Recips...)
	out = append(out, v.Appendix...)
	return out
}

// allSegs returns every piece of text of the view, in reading order:
// the header, the title, then the prose, the signature.
func (v *View) allSegs() []Seg {
	n := len(v.Header) + len(v.Texts()) + len(v.Signer) + 2
	out := append(make([]Seg, 0, n), v.Header...) // one slice, not the appends' several
	if v.Title != nil {
		out = append(out, *v.Title)
	}
	out = append(out, v.Texts()...)
	out = append(out, v.Signer...)
	if v.Name != nil {
		out = append(out, *v.Name)
	}
	return out
}

// allSegPtrs is withSegs(v.allSegs()) without the copies of the
// pieces: pointers into the view's own, in the same order.
func (v *View) allSegPtrs() []*Seg {
	texts := v.textSegs()
	out := make([]*Seg, 0, len(v.Header)+len(texts)+len(v.Signer)+2)
	for i := range v.Header {
		out = append(out, &v.Header[i])
	}
	if v.Title != nil {
		out = append(out, v.Title)
	}
	out = append(out, texts...)
	for i := range v.Signer {
		out = append(out, &v.Signer[i])
	}
	if v.Name != nil {
		out = append(out, v.Name)
	}
	return out
}

// firstPos is where the text begins: its first piece, or 1:1.
func (v *View) firstPos() diag.Pos {
	var first diag.Pos
	for _, s := range append(v.allSegs(), v.Pages...) {
		if pos := s.PosAt(0); pos.Line > 0 && (first.Line == 0 || posBefore(pos, first)) {
			first = pos
		}
	}
	if first.Line == 0 {
		return diag.Pos{Path: v.Path, Line: 1, Col: 1}
	}
	return first
}

// vvPlace is where a Công văn's trích yếu "V/v ..." is missing from: the
// number's line, under which it stands, or, with no number, after the
// header.
func (v *View) vvPlace() diag.Pos {
	if v.Number != nil {
		return v.Number.PosAt(0)
	}
	return v.afterHeader()
}

// afterHeader is where the part after the header begins: the trích yếu,
// the Kính gửi above the body, or the body.
func (v *View) afterHeader() diag.Pos {
	switch {
	case v.Subject != nil:
		return v.Subject.PosAt(0)
	case v.Addressee != nil && len(v.Header) > 0 && (len(v.Body) == 0 || posBefore(v.Addressee.PosAt(0), v.Body[0].PosAt(0))) &&
		posBefore(v.Header[len(v.Header)-1].PosAt(0), v.Addressee.PosAt(0)):
		return v.Addressee.PosAt(0)
	case len(v.Body) > 0:
		return v.Body[0].PosAt(0)
	}
	return v.firstPos()
}

// endOfBody is where the body ends: the last character of its last
// paragraph, or of the last piece before Nơi nhận.
func (v *View) endOfBody() diag.Pos {
	var last *Seg
	switch {
	case len(v.Body) > 0:
		last = &v.Body[len(v.Body)-1]
	case v.Subject != nil:
		last = v.Subject
	case v.Title != nil:
		last = v.Title
	case len(v.Header) > 0:
		last = &v.Header[len(v.Header)-1]
	default:
		return v.firstPos()
	}
	return last.PosAt(max(0, len(last.Text)-1))
}

// startLost reports whether a text has lost its start: it has neither a
// header nor the title, as when its first page was cut off.
func (v *View) startLost() bool {
	return !v.FromTOML && len(v.Header) == 0 && v.Title == nil
}
