package importer

// The draft is the source being written: the keys of package notice, as plain strings
// already escaped for inline Markdown. Empty strings and nil slices are
// keys left out, unless said otherwise.

type draft struct {
	Number    string
	Place     string
	Date      string // "2024-04-12" or "2024-04"
	Subject   string
	Numbering []string

	Issuer  issuer
	Meeting meeting

	Assessment *assessment
	Tasks      *tasks
	Sections   []*group

	Closing    closing
	Signer     signer
	Footnotes  []footnote
	Appendices []appendix

	// Head are comments written at the top of the file.
	Head []string
	// IssuerNotes are comments written above [issuer]: header lines
	// the source has no key for.
	IssuerNotes []string
}

type issuer struct {
	Parent []string
	Name   []string
	Short  string
}

type meeting struct {
	// Notes are comments written above [meeting].
	Notes        []string
	Date         string
	When         string
	PartOfDay    string
	Host         string
	Name         string
	Verb         *string
	Attendees    []string
	Attendance   string
	Chair        *person
	Reports      []report
	Discussion   string
	Conclusion   string
	OneParagraph bool
	Opening      []string // written when set
	Heard        *string  // written when set, "" included
}

type person struct {
	Name      string
	Title     string
	Role      string
	Form      string
	Separator string
	Short     string
}

type report struct {
	By      string
	Content string
}

type assessment struct {
	Title       string
	Label       string
	Results     []string
	Limitations []string
}

type tasks struct {
	Title      string
	Label      string
	Paragraphs []string
	Groups     []*group
	After      []string
}

type group struct {
	Label      string
	Title      *string // nil: the heading is the assignee; "": none
	Assignee   string
	Owner      string
	Text       string
	Deadline   string
	Numbering  []string
	Paragraphs []string
	Items      []*item
	Groups     []*group
	After      []string
	// Line is where the part starts in the reading, for comments.
	Line int
}

type item struct {
	Label    string
	Text     string
	Assignee string
	Owner    string
	Deadline string
	Items    []*item
}

// simple reports whether an item is a string in TOML.
func (it *item) simple() bool {
	return it.Label == "" && it.Assignee == "" && it.Owner == "" && it.Deadline == "" && len(it.Items) == 0
}

type closing struct {
	Text       string
	Recipients []string
	Archive    string
}

type signer struct {
	Authority []string
	Title     string
	Name      string
}

type footnote struct {
	ID   string
	Text string
}

type appendix struct {
	Title      string
	Reference  string
	Paragraphs []string
}
