package notice

import (
	"errors"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// decodeTOML reads a Text field.
func (t *Text) decodeTOML(v value) {
	if txt, ok := v.text(); ok {
		*t = txt
	}
}

// Lines is a text written on several lines of the header, such as the name
// of the issuing body: ["ỦY BAN NHÂN DÂN", "THỊ XÃ ĐỨC PHỔ"]. A single
// string is one line.
type Lines []Text

func (l *Lines) decodeTOML(v value) {
	switch x := v.v.(type) {
	case string:
		if t, ok := v.text(); ok {
			*l = Lines{t}
		}
	case []any:
		out := make(Lines, 0, len(x))
		for i, e := range x {
			ev := value{d: v.d, path: joinIndex(v.path, i), v: e}
			if t, ok := ev.text(); ok {
				out = append(out, t)
			}
		}
		*l = out
	default:
		v.wrongType(kindTextOrArray)
	}
}

// Join returns the lines joined by sep.
func (l Lines) Join(sep string) string {
	s := make([]string, len(l))
	for i, t := range l {
		s[i] = t.S
	}
	return strings.Join(s, sep)
}

// DocNumber is the notice's own number and ký hiệu, "12/TB-UBND", or
// "/TB-UBND" while drafting (the number is given after signing, spec §4.1).
type DocNumber struct {
	cite.Number
	Text Text
}

func (n *DocNumber) decodeTOML(v value) {
	t, ok := v.text()
	if !ok {
		return
	}
	num, err := cite.ParseNumber(t.S)
	if err != nil {
		v.fail("bad-value",
			diag.Msg("số, ký hiệu %q không đúng dạng", "number %q is not of the right form", t.S),
			diag.Msg("viết như \"12/TB-UBND\", hoặc \"/TB-UBND\" khi chưa cấp số", "write it like \"12/TB-UBND\", or \"/TB-UBND\" before the number is given"))
		return
	}
	*n = DocNumber{Number: num, Text: t}
}

// IsDraft reports whether the running number is still blank.
func (n DocNumber) IsDraft() bool { return n.Seq == "" }

// Date is a complete calendar date: a TOML date (2024-04-12) or a string
// "2024-04-12".
type Date struct {
	cite.Date
	Pos diag.Pos
}

func (d *Date) decodeTOML(v value) {
	date, ok := readDate(v, false)
	if ok {
		*d = Date{Date: date, Pos: v.pos()}
	}
}

// DraftDate is the notice's issuing date, whose day may still be blank: a
// TOML date, or a string "2024-04-12" or "2024-04" (spec §4.1: the date is
// given after signing).
type DraftDate struct {
	cite.Date
	Pos diag.Pos
}

func (d *DraftDate) decodeTOML(v value) {
	date, ok := readDate(v, true)
	if ok {
		*d = DraftDate{Date: date, Pos: v.pos()}
	}
}

func readDate(v value, draft bool) (cite.Date, bool) {
	if t, ok := v.localDate(); ok {
		return cite.DateOf(t), true
	}
	s, ok := v.v.(string)
	if !ok {
		v.wrongType(kindDate)
		return cite.Date{}, false
	}
	d, err := cite.ParseISO(strings.TrimSpace(s))
	if err == nil && (draft || d.Day > 0) {
		return d, true
	}
	fix := diag.Msg("viết ngày dạng 2024-04-12", "write the date as 2024-04-12")
	if draft {
		fix = diag.Msg("viết ngày dạng 2024-04-12, hoặc 2024-04 khi chưa có ngày ký", "write the date as 2024-04-12, or 2024-04 while the day is not known")
	}
	v.fail("bad-value", diag.Msg("%q không phải là một ngày có thật", "%q is not a real date", s), fix)
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

func (d *Deadline) decodeTOML(v value) {
	if t, ok := v.localDate(); ok {
		*d = Deadline{Deadline: cite.Deadline{Kind: cite.By, Date: cite.DateOf(t)}, Pos: v.pos()}
		return
	}
	t, ok := v.text()
	if !ok {
		return
	}
	dl, err := cite.ParseDeadline(t.S)
	if errors.Is(err, cite.ErrNotReal) {
		v.fail("bad-value",
			diag.Msg("thời hạn %q không phải là ngày có thật", "deadline %q is not a real calendar date", t.S),
			diag.Msg("kiểm tra lại ngày, tháng", "check the day and the month"))
		return
	}
	if err != nil {
		v.fail("bad-value",
			diag.Msg("không đọc được thời hạn %q", "cannot read the deadline %q", t.S),
			diag.Msg("viết một ngày (2023-02-28), một tháng (2023-06) hoặc như \"trước ngày 28/02/2023\", \"trong tháng 6/2023\", \"định kỳ hằng tháng (trước ngày 20)\"",
				"write a date (2023-02-28), a month (2023-06), or words like \"trước ngày 28/02/2023\", \"trong tháng 6/2023\", \"định kỳ hằng tháng (trước ngày 20)\""))
		return
	}
	*d = Deadline{Deadline: dl, Pos: v.pos()}
}

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

func (a *Authority) decodeTOML(v value) {
	t, ok := v.text()
	if !ok {
		return
	}
	auth, ok := ParseAuthority(t.S)
	if !ok {
		v.fail("bad-value",
			diag.Msg("dòng thẩm quyền %q không bắt đầu bằng TM., KT., TL., TUQ. hoặc Q.", "authority line %q does not start with TM., KT., TL., TUQ. or Q.", t.S),
			diag.Msg("viết như \"TL. CHỦ TỊCH\"; chức vụ của người ký (không có tiền tố) ghi ở signer.title", "write it like \"TL. CHỦ TỊCH\"; the signer's own title (without a prefix) goes in signer.title"))
		return
	}
	auth.Text = t
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

// enumValue reads a string that must be one of allowed.
func enumValue(v value, allowed []string) (string, bool) {
	t, ok := v.text()
	if !ok {
		return "", false
	}
	for _, a := range allowed {
		if t.S == a {
			return a, true
		}
	}
	fix := diag.Msg("dùng một trong: %s", "use one of: %s", strings.Join(allowed, ", "))
	if s := suggest(t.S, allowed); s != "" {
		fix = diag.Msg("có phải là %q?", "did you mean %q?", s)
	}
	v.fail("bad-value", diag.Msg("giá trị %q không được dùng ở đây", "value %q is not allowed here", t.S), fix)
	return "", false
}
