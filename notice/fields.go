package notice

import (
	"errors"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/tomlpos"
)

// DecodeTOML reads a Text field.
func (t *Text) DecodeTOML(v tomlpos.Value) {
	if txt, ok := v.Text(); ok {
		*t = textOf(txt)
	}
}

// Lines is a text written on several lines of the header, such as the name
// of the issuing body: ["ỦY BAN NHÂN DÂN", "THỊ XÃ ĐỨC PHỔ"]. A single
// string is one line.
type Lines []Text

func (l *Lines) DecodeTOML(v tomlpos.Value) {
	switch x := v.Raw().(type) {
	case string:
		if t, ok := v.Text(); ok {
			*l = Lines{textOf(t)}
		}
	case []any:
		out := make(Lines, 0, len(x))
		for i, e := range x {
			if t, ok := v.Index(i, e).Text(); ok {
				out = append(out, textOf(t))
			}
		}
		*l = out
	default:
		v.WrongType(tomlpos.KindTextOrArray)
	}
}

// Paragraphs are paragraphs written as they stand in the notice: one
// string, or an array of strings, one per paragraph.
type Paragraphs []Text

func (p *Paragraphs) DecodeTOML(v tomlpos.Value) {
	var l Lines
	l.DecodeTOML(v)
	*p = Paragraphs(l)
}

// Join returns the lines joined by sep.
func (l Lines) Join(sep string) string {
	s := make([]string, len(l))
	for i, t := range l {
		s[i] = t.S
	}
	return strings.Join(s, sep)
}

// Subject is the trích yếu: one string, which the PDF sets in balanced
// lines, or an array of strings, one per line, where the clerk breaks the
// lines: ["Kết luận của Chủ tịch UBND tỉnh Nguyễn Văn A,", "Trưởng Ban Chỉ
// đạo …"]. Text is the whole trích yếu, its lines joined by a space.
type Subject struct {
	Text
	Lines []Text `toml:"-"` // the lines as the clerk broke them; nil for one string
}

func (s *Subject) DecodeTOML(v tomlpos.Value) {
	var l Lines
	l.DecodeTOML(v)
	if _, broken := v.Raw().([]any); !broken {
		if len(l) == 1 {
			*s = Subject{Text: l[0]}
		}
		return
	}
	var lines []Text
	for _, t := range l {
		if t.S != "" {
			lines = append(lines, t)
		}
	}
	*s = Subject{Text: Join(lines), Lines: lines}
}

// DocNumber is the notice's own number and ký hiệu, "12/TB-UBND", or
// "/TB-UBND" while drafting (the number is given after signing, spec §4.1).
type DocNumber struct {
	cite.Number
	Text Text
}

func (n *DocNumber) DecodeTOML(v tomlpos.Value) {
	t, ok := v.Text()
	if !ok {
		return
	}
	num, err := cite.ParseNumber(t.S)
	if err != nil {
		v.Fail("bad-value",
			diag.Msg("số, ký hiệu %q không đúng dạng", "number %q is not of the right form", t.S),
			diag.Msg("viết như \"12/TB-UBND\", hoặc \"/TB-UBND\" khi chưa cấp số", "write it like \"12/TB-UBND\", or \"/TB-UBND\" before the number is given"))
		return
	}
	*n = DocNumber{Number: num, Text: textOf(t)}
}

// IsDraft reports whether the running number is still blank.
func (n DocNumber) IsDraft() bool { return n.Seq == "" }

// Date is a complete calendar date: a TOML date (2024-04-12) or a string
// "2024-04-12".
type Date struct {
	cite.Date
	Pos diag.Pos
}

func (d *Date) DecodeTOML(v tomlpos.Value) {
	date, ok := readDate(v, false)
	if ok {
		*d = Date{Date: date, Pos: v.Pos()}
	}
}

// DraftDate is the notice's issuing date, whose day may still be blank: a
// TOML date, or a string "2024-04-12" or "2024-04" (spec §4.1: the date is
// given after signing).
type DraftDate struct {
	cite.Date
	Pos diag.Pos
}

func (d *DraftDate) DecodeTOML(v tomlpos.Value) {
	date, ok := readDate(v, true)
	if ok {
		*d = DraftDate{Date: date, Pos: v.Pos()}
	}
}

func readDate(v tomlpos.Value, draft bool) (cite.Date, bool) {
	if t, ok := v.LocalDate(); ok {
		return cite.DateOf(t), true
	}
	s, ok := v.Raw().(string)
	if !ok {
		v.WrongType(tomlpos.KindDate)
		return cite.Date{}, false
	}
	d, err := cite.ParseISO(strings.TrimSpace(s))
	if err == nil && (draft || d.Day > 0) {
		return d, true
	}
	if w, ok := cite.ParseWritten(s, draft); ok {
		v.Fail("bad-value",
			diag.Msg("%q là cách viết ngày trong văn bản; tệp nguồn ghi ngày theo thứ tự năm-tháng-ngày", "%q is how a document writes a date; the source writes it year-month-day", s),
			diag.Msg("viết %s", "write %s", w.ISO()))
		return cite.Date{}, false
	}
	fix := diag.Msg("viết ngày dạng 2024-04-12", "write the date as 2024-04-12")
	if draft {
		fix = diag.Msg("viết ngày dạng 2024-04-12, hoặc 2024-04 khi chưa có ngày ký", "write the date as 2024-04-12, or 2024-04 while the day is not known")
	}
	if errors.Is(err, cite.ErrNotReal) {
		v.Fail("bad-value", diag.Msg("%q không phải là một ngày có thật", "%q is not a real date", s), fix)
	} else {
		v.Fail("bad-value", diag.Msg("không đọc được ngày %q", "cannot read the date %q", s), fix)
	}
	return cite.Date{}, false
}

// Deadline is the time limit of a task: a TOML date (finish by that day), or
// a string such as "2023-06" (within the month), "trước ngày 28/02/2023",
// "trong tháng 6/2023", "bắt đầu từ tháng 5 năm 2024" or "định kỳ hằng
// tháng (trước ngày 20)". The zero Deadline means none was given.
type Deadline struct {
	cite.Deadline
	Pos diag.Pos
}

// IsSet reports whether a deadline was given.
func (d Deadline) IsSet() bool { return d.Kind != 0 }

func (d *Deadline) DecodeTOML(v tomlpos.Value) {
	if t, ok := v.LocalDate(); ok {
		*d = Deadline{Deadline: cite.Deadline{Kind: cite.By, Date: cite.DateOf(t)}, Pos: v.Pos()}
		return
	}
	t, ok := v.Text()
	if !ok {
		return
	}
	if strings.TrimSpace(t.S) == "" {
		v.Fail("bad-value",
			diag.Msg("thời hạn để trống", "the deadline is empty"),
			diag.Msg("bỏ dòng deadline khi nhiệm vụ không có hạn, hoặc ghi thời hạn như \"trước ngày 30/6/2026\", \"thường xuyên\"",
				"leave the deadline out when the task has none, or write one such as \"trước ngày 30/6/2026\", \"thường xuyên\""))
		return
	}
	dl, err := cite.ParseDeadline(t.S)
	if errors.Is(err, cite.ErrNotReal) {
		v.Fail("bad-value",
			diag.Msg("thời hạn %q không phải là ngày có thật", "deadline %q is not a real calendar date", t.S),
			diag.Msg("kiểm tra lại ngày, tháng", "check the day and the month"))
		return
	}
	if errors.Is(err, cite.ErrNoYear) && strings.Contains(strings.ToLower(t.S), "tết") {
		v.Fail("bad-value",
			diag.Msg("thời hạn %q chưa ghi năm", "deadline %q has no year", t.S),
			diag.Msg("ghi năm của Tết, như \"trước Tết Nguyên đán 2027\", hoặc ghi ngày, như \"trước ngày 05/02/2027\"",
				"write the year of the Tết, as in \"trước Tết Nguyên đán 2027\", or a day, as in \"trước ngày 05/02/2027\""))
		return
	}
	if errors.Is(err, cite.ErrNoYear) {
		v.Fail("bad-value",
			diag.Msg("thời hạn %q chưa ghi năm", "deadline %q has no year", t.S),
			diag.Msg("ghi cả năm, như \"trước ngày 30/6/2026\", \"trong tháng 12/2026\", \"quý IV/2026\"",
				"write the year too, as in \"trước ngày 30/6/2026\", \"trong tháng 12/2026\", \"quý IV/2026\""))
		return
	}
	if err != nil {
		v.Fail("bad-value",
			diag.Msg("không đọc được thời hạn %q", "cannot read the deadline %q", t.S),
			diag.Msg(deadlineForms, deadlineFormsEn))
		return
	}
	*d = Deadline{Deadline: dl, Pos: v.Pos()}
}

// deadlineForms are the ways of writing a deadline a source takes, told
// when one cannot be read.
const (
	deadlineForms   = "viết một ngày (2023-02-28), một tháng (2023-06) hoặc như \"trước ngày 28/02/2023\", \"chậm nhất ngày 15/7/2026\", \"trong tháng 6/2023\", \"Quý III/2025\", \"quý III và quý IV/2026\", \"tuần đầu tháng 7/2026\", \"đầu tháng 7/2026\", \"trước Tết Nguyên đán 2027\", \"6 tháng cuối năm 2026\", \"trong năm 2025\", \"đến năm 2030\", \"giai đoạn 2026-2030\", \"từ ngày 01/7/2025 đến ngày 31/7/2025\", \"hằng tuần\", \"định kỳ hằng tháng (trước ngày 20)\", \"thường xuyên\""
	deadlineFormsEn = "write a date (2023-02-28), a month (2023-06), or words like \"trước ngày 28/02/2023\", \"chậm nhất ngày 15/7/2026\", \"trong tháng 6/2023\", \"Quý III/2025\", \"quý III và quý IV/2026\", \"tuần đầu tháng 7/2026\", \"đầu tháng 7/2026\", \"trước Tết Nguyên đán 2027\", \"6 tháng cuối năm 2026\", \"trong năm 2025\", \"đến năm 2030\", \"giai đoạn 2026-2030\", \"từ ngày 01/7/2025 đến ngày 31/7/2025\", \"hằng tuần\", \"định kỳ hằng tháng (trước ngày 20)\", \"thường xuyên\" (a standing task)"
)

// Authority is one line of the signer's authority chain (spec §8.1): a
// prefix and the title it applies to, "TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG".
type Authority struct {
	Prefix string // "TM.", "KT.", "TL.", "TUQ." or "Q."
	Title  string // "CHỦ TỊCH", as written
	Spaced bool   // whether one space separates prefix and title, as it should
	Text   Text
}

// Prefixes are the authority prefixes of spec §8.1, longest first.
var Prefixes = []string{"TUQ.", "TM.", "KT.", "TL.", "Q."}

func (a *Authority) DecodeTOML(v tomlpos.Value) {
	t, ok := v.Text()
	if !ok {
		return
	}
	auth, ok := ParseAuthority(t.S)
	if !ok {
		v.Fail("bad-value",
			diag.Msg("dòng thẩm quyền %q không bắt đầu bằng TM., KT., TL., TUQ. hoặc Q.", "authority line %q does not start with TM., KT., TL., TUQ. or Q.", t.S),
			diag.Msg("viết như \"TL. CHỦ TỊCH\"; chức vụ của người ký (không có tiền tố) ghi ở signer.title", "write it like \"TL. CHỦ TỊCH\"; the signer's own title (without a prefix) goes in signer.title"))
		return
	}
	auth.Text = textOf(t)
	*a = auth
}

// ParseAuthority splits an authority line into its prefix and title.
func ParseAuthority(s string) (Authority, bool) {
	up := strings.ToUpper(strings.TrimSpace(s))
	for _, p := range Prefixes {
		if strings.HasPrefix(up, p) {
			rest := up[len(p):]
			title := strings.TrimSpace(rest)
			if title == "" {
				return Authority{}, false
			}
			return Authority{Prefix: p, Title: title, Spaced: strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, "  ")}, true
		}
	}
	return Authority{}, false
}

// Line returns the authority line as it should be written.
func (a Authority) Line() string { return a.Prefix + " " + a.Title }
