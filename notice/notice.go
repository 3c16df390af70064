package notice

import (
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/tomlpos"
)

// Notice is one THÔNG BÁO kết luận as a clerk writes it in TOML. The Go
// structs of this file are the schema: each field's toml tag is its key, and
// ",required" marks what the loader insists on. Text fields may use inline
// Markdown: **đậm**, *nghiêng*, and footnote references [^1].
type Notice struct {
	// Issuer is the issuing body (ô 2).
	Issuer Issuer `toml:"issuer,required"`
	// Number is the số and ký hiệu (ô 3): "12/TB-UBND", or "/TB-UBND"
	// while drafting.
	Number DocNumber `toml:"number,required"`
	// Place is the địa danh of the issuing date (ô 4): "Quảng Ngãi".
	Place Text `toml:"place,required"`
	// Date is the issuing date (ô 4): 2024-10-14, or "2024-10" while the
	// day is not known yet.
	Date DraftDate `toml:"date,required"`
	// Subject is the trích yếu under THÔNG BÁO (ô 5a): "Kết luận của
	// đồng chí ... tại cuộc họp ...", with no final period.
	Subject Text `toml:"subject,required"`
	// Meeting is what the opening paragraphs tell: when, who chaired, who
	// attended, what was heard.
	Meeting Meeting `toml:"meeting,required"`
	// Assessment is the chair's assessment ("Đánh giá chung"), if any.
	Assessment *Assessment `toml:"assessment"`
	// Tasks are the conclusions and the tasks assigned, grouped by assignee.
	Tasks *Tasks `toml:"tasks"`
	// Sections are further numbered parts after the tasks.
	Sections []Group `toml:"sections"`
	// Closing is the end of the notice: the closing formula and Nơi nhận.
	Closing Closing `toml:"closing,required"`
	// Signer is the signature block (ô 7a, 7b).
	Signer Signer `toml:"signer,required"`
	// Footnotes are the notes referenced from text fields as [^id].
	Footnotes []Footnote `toml:"footnotes"`
	// Appendices are the PHỤ LỤC that follow the notice.
	Appendices []Appendix `toml:"appendices"`
	// Numbering is the style of each level of numbered parts, outermost
	// first: "I" (I., II.), "1" (1., 2.), "1.1" (2.1., 2.2.), "a" (a), b),
	// ... đ) ...), "-" and "+". The default is ["I", "1", "a", "-", "+"].
	Numbering Numbering `toml:"numbering"`

	Pos diag.Pos `toml:"-"`
	doc *tomlpos.Doc
}

// Issuer is the issuing body: the optional parent body in regular capitals
// above it, and its own name in bold capitals (spec §3.3).
type Issuer struct {
	// Parent is the tên cơ quan chủ quản, one string per header line:
	// "UBND TỈNH LÀO CAI". Leave it out when the issuer has none.
	Parent Lines `toml:"parent"`
	// Name is the issuing body's name, one string per header line:
	// ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"].
	Name Lines `toml:"name,required"`
	// Short is how the text names the issuer, as in the appendix line
	// "(Kèm theo Thông báo số ... của UBND xã Đắk Tờ Re)".
	Short Text `toml:"short"`
}

// Meeting is the meeting whose conclusions are announced.
type Meeting struct {
	// Date is the day of the meeting.
	Date Date `toml:"date,required"`
	// PartOfDay is "sáng", "chiều" or "tối" when the notice says it:
	// "Chiều ngày 12/4/2024".
	PartOfDay Text `toml:"part_of_day"`
	// Host is the body that organised the meeting, when the notice says
	// "<host> tổ chức ..., do <chair> chủ trì": "UBND thị xã".
	Host Text `toml:"host"`
	// Name is the meeting as the opening sentence names it: "cuộc họp
	// triển khai nhiệm vụ Ban Chỉ đạo năm 2023", "Hội nghị chuyên đề ...".
	Name Text `toml:"name,required"`
	// Purpose follows the name: "để nghe báo cáo về ...", "về nội dung ...".
	Purpose Text `toml:"purpose"`
	// Place follows the purpose: "tại Hội trường UBND huyện".
	Place Text `toml:"place"`
	// Chair is the person who chaired the meeting and whose conclusions
	// these are.
	Chair Person `toml:"chair,required"`
	// Attendees are the groups who attended, in order; the notice joins
	// them with ";".
	Attendees []Text `toml:"attendees"`
	// Reports are what the meeting heard, for "Sau khi nghe ...".
	Reports []Report `toml:"reports"`
	// Discussion follows the reports: "ý kiến phát biểu của các đại biểu
	// dự họp" (the default).
	Discussion Text `toml:"discussion"`
	// Conclusion is the verb that introduces the conclusions: "kết luận và
	// chỉ đạo như sau" ("kết luận như sau" by default).
	Conclusion Text `toml:"conclusion"`
}

// Person is a named official.
type Person struct {
	// Name is the full name: "Bùi Văn Lý".
	Name Text `toml:"name,required"`
	// Title is the post: "Chủ tịch UBND thị xã".
	Title Text `toml:"title,required"`
	// Role is a second post named after the first: "Trưởng Ban Chỉ đạo
	// Chuyển đổi số tỉnh".
	Role Text `toml:"role"`
	// Form is how the text names the person: "comrade" (the default) gives
	// "đồng chí Bùi Văn Lý, Chủ tịch UBND thị xã"; "title" gives "Chủ tịch
	// UBND tỉnh Nguyễn Hoàng Giang, Trưởng Ban Chỉ đạo ...".
	Form PersonForm `toml:"form"`
}

// Report is one report the meeting heard: "<by> báo cáo <content>".
type Report struct {
	// By is who reported: "Phòng Văn hóa và Thông tin (Cơ quan Thường trực
	// Ban Chỉ đạo)".
	By Text `toml:"by,required"`
	// Content is what was reported: "về một số kết quả ... năm 2022".
	Content Text `toml:"content,required"`
}

// Assessment is the chair's assessment of the work so far.
type Assessment struct {
	// Title is the heading of the numbered part: "Đánh giá chung". Without
	// it the paragraphs stand under no heading.
	Title Text `toml:"title"`
	// Results are the paragraphs on what was achieved.
	Results []Text `toml:"results"`
	// Limitations are the paragraphs on what fell short ("Tuy nhiên, ...").
	Limitations []Text `toml:"limitations"`
}

// Tasks are the directions and tasks of the conclusions.
type Tasks struct {
	// Title is the heading of the numbered part: "Nhiệm vụ trọng tâm trong
	// thời gian đến". Without it the groups are the top-level parts.
	Title Text `toml:"title"`
	// Lead are the paragraphs that open the part: "Để thực hiện ..., Chủ
	// tịch UBND huyện yêu cầu:".
	Lead []Text `toml:"lead"`
	// Groups are the tasks, one group per assignee.
	Groups []Group `toml:"groups"`
	// After are paragraphs that close the part.
	After []Text `toml:"after"`
}

// Group is a numbered part: usually the tasks of one assignee ("2. Giao
// Phòng Văn hóa và Thông tin:"), or a part with a title of its own.
type Group struct {
	// Assignee is who must act: "Phòng Văn hóa và Thông tin". It must be
	// among the recipients.
	Assignee Text `toml:"assignee"`
	// Title is the heading as written, when it says more than the
	// assignee: "Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với
	// các sở, ban, ngành, địa phương". Without it the heading is the
	// assignee; title = "" means no heading, for a part whose text names
	// its assignee itself ("6. Các thành viên Ban Chỉ đạo chịu trách
	// nhiệm ...").
	Title *Text `toml:"title"`
	// Text follows the heading on the same line: "3. Sở Tài chính: Chịu
	// trách nhiệm ...".
	Text Text `toml:"text"`
	// Deadline is the time limit of the whole group.
	Deadline Deadline `toml:"deadline"`
	// Paragraphs follow the heading.
	Paragraphs []Text `toml:"paragraphs"`
	// Items are the tasks, one per line.
	Items []Item `toml:"items"`
	// Groups are numbered sub-parts ("2.1.", "a)").
	Groups []Group `toml:"groups"`
	// After are paragraphs after the items and sub-parts.
	After []Text `toml:"after"`

	Pos diag.Pos `toml:"-"`
}

// Heading returns the heading of the group: its title, else its assignee.
func (g Group) Heading() Text {
	if g.Title != nil {
		return *g.Title
	}
	return g.Assignee
}

// Item is one task or point. In TOML it is a table, or just a string when
// it has nothing but text.
type Item struct {
	// Text is the task: "Tổ chức tập huấn cho Tổ công nghệ số cộng đồng".
	Text Text `toml:"text,required"`
	// Assignee, when the item names its own: "Chủ tịch UBND các xã,
	// phường: Chỉ đạo ...".
	Assignee Text `toml:"assignee"`
	// Deadline is the item's time limit. When the text does not already
	// say it, the notice adds "Thời hạn hoàn thành: ...".
	Deadline Deadline `toml:"deadline"`
	// Items are sub-items, one level down ("-" under "a)", "+" under "-").
	Items []Item `toml:"items"`

	Pos diag.Pos `toml:"-"`
}

func (it *Item) DecodeTOMLString(v tomlpos.Value) { it.Text.DecodeTOML(v) }

// Footnote is a note at the foot of the page, referenced as [^id].
type Footnote struct {
	// ID is the label used in references: "1" for [^1].
	ID string `toml:"id,required"`
	// Text is the note.
	Text Text `toml:"text,required"`

	Pos diag.Pos `toml:"-"`
}

// Closing is the end of the body and the list of recipients.
type Closing struct {
	// Text is the closing formula, the last sentence of the body; "./." is
	// added: "Văn phòng ... thông báo để các cơ quan, đơn vị biết, thực
	// hiện".
	Text Text `toml:"text,required"`
	// Recipients are the lines of Nơi nhận (ô 9b), without the leading "-"
	// and final ";": "Thường trực Tỉnh ủy (b/c)".
	Recipients []Text `toml:"recipients,required"`
	// Archive is what follows "Lưu:" on the last line of Nơi nhận: "VT,
	// TH"; the line is written "- Lưu: VT, TH.".
	Archive Text `toml:"archive,required"`
}

// Signer is the signature block (spec §8).
type Signer struct {
	// Authority is the authority chain, outermost first: ["TL. CHỦ
	// TỊCH", "KT. CHÁNH VĂN PHÒNG"]. Empty when the head signs in their own
	// name.
	Authority []Authority `toml:"authority"`
	// Title is the signer's own post: "PHÓ CHÁNH VĂN PHÒNG".
	Title Text `toml:"title,required"`
	// Name is the signer's name: "Võ Thị Hương".
	Name Text `toml:"name,required"`
}

// Appendix is a PHỤ LỤC (spec §10.2).
type Appendix struct {
	// Title is the appendix title, written in capitals: "Kết quả đánh giá
	// chỉ số ...".
	Title Text `toml:"title,required"`
	// Reference is the line "(Kèm theo Thông báo số ...)"; by default it is
	// made from the notice's number, date and issuer.
	Reference Text `toml:"reference"`
	// Paragraphs come before the table.
	Paragraphs []Text `toml:"paragraphs"`
	// Table is a scored table of indicators and criteria.
	Table *ScoreTable `toml:"table"`
}

// ScoreTable is a table of scored indicators, each with the criteria that
// fell short and who must remedy them (seed 003).
type ScoreTable struct {
	// Columns are the header cells; by default "Chỉ số, tiêu chí", "Kết
	// quả", "Giao trách nhiệm".
	Columns []Text `toml:"columns"`
	// Groups are the indicators.
	Groups []ScoreGroup `toml:"groups"`
}

// ScoreGroup is one indicator and its criteria.
type ScoreGroup struct {
	// Title is the indicator: "Chỉ số nhận thức số".
	Title Text `toml:"title,required"`
	// Score and Max are its score: đạt Score/Max điểm.
	Score float64 `toml:"score"`
	Max   float64 `toml:"max"`
	// Rows are the criteria.
	Rows []ScoreRow `toml:"rows"`

	Pos diag.Pos `toml:"-"`
}

// ScoreRow is one criterion.
type ScoreRow struct {
	// Ref is the criterion's number in the scoring rules: "1.3".
	Ref Text `toml:"ref"`
	// Title is the criterion: "Văn bản điều hành về chuyển đổi số cấp xã".
	Title Text `toml:"title,required"`
	// Score and Max are its score.
	Score float64 `toml:"score"`
	Max   float64 `toml:"max"`
	// Assignee is who must remedy it: "VHTT".
	Assignee Text `toml:"assignee"`
	// Action is what they must do; "tham mưu khắc phục" by default.
	Action Text `toml:"action"`

	Pos diag.Pos `toml:"-"`
}
