package notice

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
)

// minimal is the smallest notice the loader accepts.
const minimal = `number = "/TB-UBND"
place = "Lý Sơn"
date = "2023-02"
subject = "Kết luận của Chủ tịch UBND huyện"

[issuer]
name = ["ỦY BAN NHÂN DÂN", "HUYỆN LÝ SƠN"]

[meeting]
date = 2023-02-22
name = "cuộc họp"

[meeting.chair]
name = "Phạm Thị Hương"
title = "Chủ tịch UBND huyện"

[closing]
text = "Nay thông báo để các cơ quan biết, thực hiện"
recipients = ["Thường trực Huyện ủy"]
archive = "VT"

[signer]
title = "CHỦ TỊCH"
name = "Phạm Thị Hương"
`

func TestLoadMinimal(t *testing.T) {
	n, err := Load("n.toml", []byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	if n.Number.Type != "TB" || !n.Number.IsDraft() || n.Date.Day != 0 || n.Date.Month != 2 {
		t.Errorf("number %+v, date %+v", n.Number, n.Date)
	}
	if got := n.Issuer.Name.Join("/"); got != "ỦY BAN NHÂN DÂN/HUYỆN LÝ SƠN" {
		t.Errorf("issuer = %q", got)
	}
}

// TestLoadErrors loads broken sources and checks every finding: position,
// rule and message, in English.
func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"syntax", "number = \"/TB-UBND\nplace = 1\n", []string{
			`n.toml:1:19: toml-syntax: TOML syntax error: a string in double quotes cannot run onto the next line (use """ ... """ for text of several lines)`}},
		{"unknown key with suggestion", replace(minimal, `subject =`, `subjet =`), []string{
			`n.toml:1:1: missing-field: subject is missing from the top level of the file`,
			`n.toml:4:1: unknown-key: unknown key "subjet" in the top level of the file; did you mean "subject"?`}},
		{"table named in Vietnamese", replace(replace(minimal, "[signer]", "[nguoi_ky]"), "[meeting.chair]", "[meeting.chu_tri]"), []string{
			`n.toml:1:1: missing-field: the table [signer] is missing`,
			`n.toml:9:1: missing-field: the table [meeting.chair] is missing`,
			`n.toml:13:1: unknown-key: unknown key "chu_tri" in table [meeting]; did you mean "chair"?`,
			`n.toml:22:1: unknown-key: unknown key "nguoi_ky" in the top level of the file; did you mean "signer"?`}},
		{"key named in Vietnamese", replace(replace(minimal, "title = \"CHỦ TỊCH\"\nname =", "title = \"CHỦ TỊCH\"\nho_ten ="), "[closing]", "[\"Nơi nhận\"]"), []string{
			`n.toml:1:1: missing-field: the table [closing] is missing`,
			`n.toml:17:1: unknown-key: unknown key "Nơi nhận" in the top level of the file; did you mean "closing"?`,
			`n.toml:22:1: missing-field: name is missing from table [signer]`,
			`n.toml:24:1: unknown-key: unknown key "ho_ten" in table [signer]; did you mean "name"?`}},
		{"meeting's date named in Vietnamese", replace(minimal, "[meeting]\ndate =", "[meeting]\nngay_hop ="), []string{
			`n.toml:9:1: missing-field: date is missing from table [meeting]`,
			`n.toml:10:1: unknown-key: unknown key "ngay_hop" in table [meeting]; did you mean "date"?`}},
		{"meeting's date at the top level", replace(minimal, "date = \"2023-02\"", "ngay_hop = \"2023-02\""), []string{
			`n.toml:1:1: missing-field: date is missing from the top level of the file`,
			`n.toml:3:1: unknown-key: unknown key "ngay_hop" in the top level of the file; it is the key "date" of table [meeting]`}},
		{"table's key at the top level", "recipients = [\"Lưu: VT\"]\n" + minimal, []string{
			`n.toml:1:1: unknown-key: unknown key "recipients" in the top level of the file; it is the key "recipients" of table [closing]`}},
		{"a table written as a key", "chu_tri = \"Phạm Thị Hương\"\n" + minimal, []string{
			`n.toml:1:1: unknown-key: unknown key "chu_tri" in the top level of the file; it is the key "chair" of table [meeting]`}},
		{"a key of several tables", "name = \"x\"\n" + minimal, []string{
			`n.toml:1:1: unknown-key: unknown key "name" in the top level of the file; the tables with this key: [issuer] ("name"), [meeting] ("name"), [signer] ("name")`}},
		{"table named in Vietnamese letters", replace(minimal, "[signer]", "[người_ký]"), []string{
			`n.toml:22:4: toml-syntax: TOML syntax error: expected '.' or ']' to end table name, but got 'ư' instead`}},
		{"key after its table", minimal + "numbering = [\"1\"]\n", []string{
			`n.toml:25:1: unknown-key: key "numbering" belongs to the top level of the file, not to table [signer]`}},
		{"wrong type", replace(minimal, `name = "cuộc họp"`, `name = 12`), []string{
			`n.toml:11:8: wrong-type: name must be a string in double quotes, not an integer`}},
		{"not a real date", replace(minimal, `date = 2023-02-22`, `date = "2023-02-30"`), []string{
			`n.toml:10:8: bad-value: "2023-02-30" is not a real date`}},
		{"bad number", replace(minimal, `"/TB-UBND"`, `"TB-UBND"`), []string{
			`n.toml:1:10: bad-value: number "TB-UBND" is not of the right form`}},
		{"bad enum", replace(minimal, "title = \"Chủ tịch UBND huyện\"", "title = \"Chủ tịch UBND huyện\"\nform = \"comrad\""), []string{
			`n.toml:16:8: bad-value: value "comrad" is not allowed here`}},
		{"bad authority", replace(minimal, `title = "CHỦ TỊCH"`, "authority = [\"CHÁNH VĂN PHÒNG\"]\ntitle = \"CHỦ TỊCH\""), []string{
			`n.toml:23:14: bad-value: authority line "CHÁNH VĂN PHÒNG" does not start with TM., KT., TL., TUQ. or Q.`}},
		{"control character", replace(minimal, `place = "Lý Sơn"`, `place = "Lý\u0007Sơn"`), []string{
			`n.toml:2:12: control-char: invisible or control character U+0007 in text`}},
		{"bad deadline", minimal + "[[tasks.groups]]\nassignee = \"A\"\nitems = [{text = \"x\", deadline = \"sớm\"}]\n", []string{
			`n.toml:27:34: bad-value: cannot read the deadline "sớm"`}},
		{"empty deadline", minimal + "[[tasks.groups]]\nassignee = \"A\"\nitems = [{text = \"x\", deadline = \" \"}]\n", []string{
			`n.toml:27:34: bad-value: the deadline is empty`}},
		{"deadline a time of day", minimal + "[[tasks.groups]]\nassignee = \"A\"\nitems = [{text = \"x\", deadline = 10:00:00}]\n", []string{
			`n.toml:27:34: bad-value: a date without a time of day is needed here`}},
		{"deadline without a year", minimal + "[[tasks.groups]]\nassignee = \"A\"\nitems = [{text = \"x\", deadline = \"hoàn thành trước 30/6\"}]\n", []string{
			`n.toml:27:34: bad-value: deadline "hoàn thành trước 30/6" has no year`}},
		{"missing fields at once", "number = \"/TB-UBND\"\n[meeting]\ndate = 2023-02-22\n", []string{
			`n.toml:1:1: missing-field: date is missing from the top level of the file`,
			`n.toml:1:1: missing-field: place is missing from the top level of the file`,
			`n.toml:1:1: missing-field: subject is missing from the top level of the file`,
			`n.toml:1:1: missing-field: the table [closing] is missing`,
			`n.toml:1:1: missing-field: the table [issuer] is missing`,
			`n.toml:1:1: missing-field: the table [signer] is missing`,
			`n.toml:2:1: missing-field: name is missing from table [meeting]`,
			`n.toml:2:1: missing-field: the table [meeting.chair] is missing`}},
		{"utf-16", "\xff\xfen\x00", []string{
			`n.toml:1:1: encoding: the file is saved as UTF-16; thongbao reads files saved as Unicode (UTF-8) only`}},
		{"latin-1", "place = \"Caf\xe9\"\n", []string{
			`n.toml:1:13: encoding: a character here cannot be read (code 0xE9); thongbao reads files saved as Unicode (UTF-8) only`}},
		{"windows-1258", "place = \"Ly\xec S\xf5n\"\n", []string{
			`n.toml:1:12: encoding: the file looks typed in the legacy encoding Windows-1258, not Unicode`}},
		{"vni bytes", "subject = \"Tho\xe2ng ba\xf9o\"\n", []string{
			`n.toml:1:15: encoding: the file looks typed in the legacy encoding VNI (the VNI-Times fonts), not Unicode`}},
		{"tcvn3 bytes", "subject = \"Th\xabng b\xb8o\"\n", []string{
			`n.toml:1:14: encoding: the file looks typed in the legacy encoding TCVN3 (ABC, the .VnTime fonts), not Unicode`}},
		{"vni mojibake", "subject = \"Thoâng baùo keát luaän\"\n", []string{
			`n.toml:1:15: encoding: the field "subject" looks typed in the legacy encoding VNI (the VNI-Times fonts), not Unicode`}},
		{"tcvn3 mojibake", "subject = \"Th«ng b¸o kÕt luËn cña Chñ tÞch\"\n", []string{
			`n.toml:1:14: encoding: the field "subject" looks typed in the legacy encoding TCVN3 (ABC, the .VnTime fonts), not Unicode`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load("n.toml", []byte(tt.src))
			var list diag.List
			if !errors.As(err, &list) {
				t.Fatalf("err = %v, want findings", err)
			}
			var got []string
			for _, f := range list {
				got = append(got, f.Pos.String()+": "+f.Rule+": "+f.Message.In(diag.EN))
				if f.Severity != diag.Error || f.Fix.IsZero() || f.Message.VI == "" {
					t.Errorf("%s: every load finding is an error with a fix, in both languages: %+v", f.Rule, f)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// TestVietnameseTableNameFix: a table named in Vietnamese letters is a
// syntax error whose advice says how a table is named, not only how TOML
// writes a key and its value.
func TestVietnameseTableNameFix(t *testing.T) {
	_, err := Load("n.toml", []byte(replace(minimal, "[signer]", "[người_ký]")))
	var list diag.List
	if !errors.As(err, &list) || len(list) != 1 {
		t.Fatalf("err = %v, want one finding", err)
	}
	if fix := list[0].Fix.In(diag.VI); !strings.Contains(fix, "signer, không phải người ký") {
		t.Errorf("fix = %q", fix)
	}
}

func replace(s, old, new string) string {
	if !strings.Contains(s, old) {
		panic("test source lacks " + old)
	}
	return strings.Replace(s, old, new, 1)
}

func TestLoadFileErrors(t *testing.T) {
	_, err := LoadFile(filepath.Join(t.TempDir(), "none.toml"))
	var list diag.List
	if !errors.As(err, &list) || list[0].Rule != "read-file" {
		t.Fatalf("err = %v", err)
	}
	big := filepath.Join(t.TempDir(), "big.toml")
	if err := os.WriteFile(big, make([]byte, MaxSourceSize+1), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadFile(big); !errors.As(err, &list) || list[0].Rule != "too-large" {
		t.Fatalf("err = %v", err)
	}
}

// TestTooManyProblems: a file with thousands of problems lists the first
// hundred and says, at the first one left out, how many more there are.
func TestTooManyProblems(t *testing.T) {
	var b strings.Builder
	for i := range 150 {
		b.WriteString("k" + strings.Repeat("x", i%7) + "_" + string(rune('a'+i%26)) + strings.Repeat("y", i/26) + " = 1\n")
	}
	_, err := Load("n.toml", []byte(b.String()))
	var list diag.List
	if !errors.As(err, &list) {
		t.Fatalf("err = %v", err)
	}
	if len(list) != MaxProblems+1 {
		t.Fatalf("%d findings, want %d", len(list), MaxProblems+1)
	}
	last := list[len(list)-1]
	if last.Rule != "too-many-problems" || last.Pos.Line < 1 || !strings.Contains(last.Message.EN, "58 more problems") {
		t.Errorf("last finding = %+v", last)
	}
}

// TestPeekHeader: the header peeked agrees with the notice loaded, for
// every seed, as a draft and as issued.
func TestPeekHeader(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/seeds/*.toml")
	var srcs [][]byte
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		issued := regexp.MustCompile(`(?m)^date = "(\d{4}-\d\d)"`).ReplaceAllString(string(src), "date = ${1}-15")
		issued = strings.Replace(issued, `number = "/TB-`, `number = "07/TB-`, 1)
		srcs = append(srcs, src, []byte(issued))
	}
	issuedSeen := 0
	for i, src := range srcs {
		p := paths[i/2]
		n, err := Load(p, src)
		if err != nil {
			t.Fatal(err)
		}
		h, ok := PeekHeader(p, src)
		if ok != !n.Number.IsDraft() {
			t.Errorf("%s: peeked %v, draft %v", p, ok, n.Number.IsDraft())
			continue
		}
		issuer := n.Issuer.Short.S
		if issuer == "" {
			issuer = n.Issuer.Name.Join(" ")
		}
		if ok && (h.Number.Raw != n.Number.Number.Raw || h.Date != n.Date.Date || h.Issuer != issuer) {
			t.Errorf("%s: peeked %+v, loaded %s %v %q", p, h, n.Number.Number.Raw, n.Date.Date, issuer)
		}
		if ok {
			issuedSeen++
		}
	}
	if issuedSeen != len(paths) {
		t.Errorf("%d issued notices peeked, want %d", issuedSeen, len(paths))
	}
}

// TestRenamedKey: a key written under its old name is still read, with a
// warning that says what to write; with its new name beside it, it is an
// error.
func TestRenamedKey(t *testing.T) {
	src := minimal + "\n[tasks]\nlead = [\"Chủ tịch UBND huyện yêu cầu:\"]\n"
	n, err := Load("n.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(n.Tasks.Paragraphs) != 1 || n.Tasks.Paragraphs[0].S != "Chủ tịch UBND huyện yêu cầu:" {
		t.Errorf("lead was not read into paragraphs: %+v", n.Tasks)
	}
	w := n.Warnings()
	if len(w) != 1 || w[0].Rule != "renamed-key" || w[0].Severity != diag.Warning || w[0].Pos.Line != 27 ||
		w[0].Message.In(diag.EN) != `key "lead" is now written "paragraphs"; the file is still read` || w[0].Fix.VI == "" {
		t.Errorf("warnings = %+v", w)
	}
	_, err = Load("n.toml", []byte(src+"paragraphs = [\"Hai.\"]\n"))
	var list diag.List
	if !errors.As(err, &list) || len(list) != 1 || list[0].Rule != "renamed-key" || list[0].Severity != diag.Error {
		t.Errorf("old and new key together: %v", err)
	} else if got, want := list[0].Message.In(diag.EN), `key "lead" is the old name of "paragraphs", which table [tasks] already has`; got != want {
		t.Errorf("old and new key together, in English:\n got %s\nwant %s", got, want)
	}
	if n, err := Load("n.toml", []byte(minimal)); err != nil || len(n.Warnings()) != 0 {
		t.Errorf("a source without old keys: %v, %v", err, n.Warnings())
	}
}

// TestOpeningAsWritten: with the opening written as it stands, the
// meeting's date, name and chair may be left out.
func TestOpeningAsWritten(t *testing.T) {
	src := replace(minimal, "[meeting]\ndate = 2023-02-22\nname = \"cuộc họp\"\n", "[meeting]\nopening = \"Thực hiện Kế hoạch số 5/KH-UBND, Đoàn kiểm tra đã làm việc.\"\n")
	src = replace(src, "[meeting.chair]\nname = \"Phạm Thị Hương\"\ntitle = \"Chủ tịch UBND huyện\"\n", "")
	n, err := Load("n.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(n.Meeting.Opening) != 1 || !n.Meeting.Chair.IsZero() {
		t.Errorf("meeting = %+v", n.Meeting)
	}
	_, err = Load("n.toml", []byte(replace(src, "opening = ", "heard = ")))
	var list diag.List
	if !errors.As(err, &list) || len(list) != 3 {
		t.Errorf("without an opening, date, name and chair are required: %v", err)
	}
}

// The trích yếu may be written one string per line where the clerk breaks
// it; the whole text still maps every byte back to what was typed.
func TestSubjectLines(t *testing.T) {
	src := replace(minimal, `subject = "Kết luận của Chủ tịch UBND huyện"`,
		"subject = [\n  \"Kết luận của Chủ tịch UBND huyện,\",\n  \"\",\n  \"Trưởng Ban Chỉ đạo\",\n]")
	n, err := Load("n.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if n.Subject.S != "Kết luận của Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo" || len(n.Subject.Lines) != 2 || n.Subject.Lines[1].S != "Trưởng Ban Chỉ đạo" {
		t.Fatalf("subject %q in %d lines", n.Subject.S, len(n.Subject.Lines))
	}
	k := strings.Index(n.Subject.S, "Ban")
	if p := n.Subject.PosAt(k); p.Line != 7 || p.Col != 11 {
		t.Errorf("\"Ban\" of the second line at %d:%d, want 7:11", p.Line, p.Col)
	}
	if p := n.Subject.PosAt(0); p.Line != 5 || p.Col != 4 {
		t.Errorf("the first line at %d:%d, want 5:4", p.Line, p.Col)
	}
	var walked []string
	n.EachText(func(path string, t Text) {
		if strings.HasPrefix(path, "subject") {
			walked = append(walked, path+"="+t.S)
		}
	})
	if len(walked) != 1 || walked[0] != "subject="+n.Subject.S {
		t.Errorf("EachText gives %q, want the whole trích yếu once", walked)
	}
	one, err := Load("n.toml", []byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	if one.Subject.Lines != nil || one.Subject.S != "Kết luận của Chủ tịch UBND huyện" {
		t.Errorf("one string: %+v", one.Subject)
	}
	if _, err := Load("n.toml", []byte(replace(minimal, `subject = "Kết luận của Chủ tịch UBND huyện"`, "subject = 3"))); err == nil || !strings.Contains(err.Error(), "subject") {
		t.Errorf("subject = 3: %v", err)
	}
}
