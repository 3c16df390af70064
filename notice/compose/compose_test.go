package compose

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/cite"
)

const base = `number = "/TB-UBND"
place = "Lý Sơn"
date = "2023-02"
subject = "Kết luận"
[issuer]
name = ["ỦY BAN NHÂN DÂN", "HUYỆN LÝ SƠN"]
[meeting]
date = 2023-02-22
name = "cuộc họp triển khai nhiệm vụ"
[meeting.chair]
name = "Phạm Thị Hương"
title = "Chủ tịch UBND huyện"
[closing]
text = "Nay thông báo để các cơ quan biết, thực hiện./."
recipients = ["Thường trực Huyện ủy;"]
archive = "VT."
[signer]
authority = ["tl. chủ tịch"]
title = "Chánh Văn phòng"
name = "Võ Thị Hương"
`

func composeSrc(t *testing.T, src string) *Document {
	t.Helper()
	n, err := notice.Load("t.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return Compose(n)
}

func texts(bs []Block) []string {
	var out []string
	for _, b := range bs {
		s := b.Marker
		if len(b.Head) > 0 {
			s += " [" + body.Plain(b.Head) + "]"
		}
		if len(b.Runs) > 0 {
			s += " " + body.Plain(b.Runs)
		}
		out = append(out, strings.TrimSpace(s))
	}
	return out
}

func TestOpeningForms(t *testing.T) {
	d := composeSrc(t, base)
	want := "Ngày 22/02/2023, đồng chí Phạm Thị Hương, Chủ tịch UBND huyện chủ trì cuộc họp triển khai nhiệm vụ."
	if got := body.Plain(d.Body[0].Runs); got != want {
		t.Errorf("opening\n got %q\nwant %q", got, want)
	}
	src := strings.Replace(base, "[meeting]\n", "[meeting]\nhost = \"UBND huyện\"\npart_of_day = \"Sáng\"\nattendees = [\"các Phó Chủ tịch\", \"Trưởng Bộ phận Một cửa;\"]\n", 1)
	src = strings.Replace(src, "title = \"Chủ tịch UBND huyện\"", "title = \"Chủ tịch UBND huyện\"\nrole = \"Trưởng Ban Chỉ đạo\"\nform = \"title\"", 1)
	d = composeSrc(t, src)
	want = "Sáng ngày 22/02/2023, UBND huyện tổ chức cuộc họp triển khai nhiệm vụ, do Chủ tịch UBND huyện Phạm Thị Hương, Trưởng Ban Chỉ đạo chủ trì. Tham dự cuộc họp có: các Phó Chủ tịch; Trưởng Bộ phận Một cửa."
	if got := body.Plain(d.Body[0].Runs); got != want {
		t.Errorf("opening\n got %q\nwant %q", got, want)
	}
	want = "Sau khi nghe ý kiến phát biểu của các đại biểu dự họp, Chủ tịch UBND huyện Phạm Thị Hương, Trưởng Ban Chỉ đạo kết luận như sau:"
	if got := body.Plain(d.Body[1].Runs); got != want {
		t.Errorf("hinge\n got %q\nwant %q", got, want)
	}
}

func TestEndingsAreNormalised(t *testing.T) {
	d := composeSrc(t, base)
	if got := body.Plain(d.Body[len(d.Body)-1].Runs); got != "Nay thông báo để các cơ quan biết, thực hiện./." {
		t.Errorf("closing = %q", got)
	}
	if got := body.Plain(d.Recipients[0]); got != "Thường trực Huyện ủy;" {
		t.Errorf("recipient = %q", got)
	}
	if got := body.Plain(d.Archive); got != "Lưu: VT." {
		t.Errorf("archive = %q", got)
	}
	if got := strings.Join(d.Signature.Lines, "/"); got != "TL. CHỦ TỊCH/CHÁNH VĂN PHÒNG" {
		t.Errorf("signature = %q", got)
	}
}

func TestNumberingAndDeadlines(t *testing.T) {
	src := base + `
[assessment]
title = "Đánh giá chung"
results = ["Kết quả."]

[tasks]
title = "Nhiệm vụ"

[[tasks.groups]]
assignee = "Phòng Văn hóa và Thông tin"
items = [
  { text = "Ban hành **trước ngày 28/02/2023** để triển khai.", deadline = 2023-02-28 },
  { text = "Hoàn thành kế hoạch", deadline = "2023-06" },
  { text = "Tham mưu:", items = ["Rà soát.", { text = "Kiện toàn.", deadline = "trong tháng 3/2023" }] },
  "d", "đ", "e", "g",
]

[[tasks.groups]]
assignee = "Huyện đoàn"
title = "Đề nghị Huyện đoàn"
text = "Nghiên cứu, thành lập Tổ công nghệ số."
deadline = "2023-03-31"

[[tasks.groups]]
assignee = "Các thành viên"
title = ""
text = "Các thành viên chịu trách nhiệm."
`
	got := texts(composeSrc(t, src).Body)
	want := []string{
		"I. [ĐÁNH GIÁ CHUNG]",
		"Kết quả.",
		"II. [NHIỆM VỤ]",
		"1. [Phòng Văn hóa và Thông tin]",
		"a) Ban hành trước ngày 28/02/2023 để triển khai.",
		"b) Hoàn thành kế hoạch. Thời hạn hoàn thành: trong tháng 6/2023.",
		"c) Tham mưu:",
		"- Rà soát.",
		"- Kiện toàn. Thời hạn hoàn thành: trong tháng 3/2023.",
		"d) d", "đ) đ", "e) e", "g) g",
		"2. [Đề nghị Huyện đoàn:] Nghiên cứu, thành lập Tổ công nghệ số. Thời hạn hoàn thành: trước ngày 31/3/2023.",
		"3. Các thành viên chịu trách nhiệm.",
	}
	got = got[2 : len(got)-1] // without opening, hinge and closing
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

func TestLetters(t *testing.T) {
	var got []string
	for i := 1; i <= 25; i++ {
		got = append(got, cite.Letter(i))
	}
	want := "a b c d đ e g h i k l m n o p q r s t u v x y aa bb"
	if strings.Join(got, " ") != want {
		t.Errorf("letters = %s", strings.Join(got, " "))
	}
	if m := cite.Marker(cite.StyleNested, 4, "2."); m != "2.4." {
		t.Errorf("nested marker = %q", m)
	}
}

func TestFootnoteNumbering(t *testing.T) {
	src := strings.Replace(base, `subject = "Kết luận"`, `subject = "Kết luận"`, 1) + `
[assessment]
results = ["Một[^b] hai[^a] ba[^b] bốn."]

[[footnotes]]
id = "a"
text = "Chú thích A"

[[footnotes]]
id = "b"
text = "Chú thích B"

[[footnotes]]
id = "c"
text = "Không được dẫn"
`
	d := composeSrc(t, src)
	var refs []string
	for _, r := range d.Body[2].Runs {
		if r.Note != "" {
			refs = append(refs, r.Note)
		}
	}
	if strings.Join(refs, ",") != "1,2,1" {
		t.Errorf("references = %v", refs)
	}
	var notes []string
	for _, n := range d.Notes {
		notes = append(notes, n.Number+" "+body.Plain(n.Runs))
	}
	if strings.Join(notes, "|") != "1 Chú thích B|2 Chú thích A|3 Không được dẫn" {
		t.Errorf("notes = %v", notes)
	}
}

// TestTableNotes: a footnote mark in an indicator's title, in the scored
// table of an appendix, is printed with it (it was dropped).
func TestTableNotes(t *testing.T) {
	d := composeSrc(t, base+`
[[footnotes]]
id = "a"
text = "Theo Bộ chỉ số năm 2023"

[[appendices]]
title = "Kết quả đánh giá"
[[appendices.table.groups]]
title = "Chỉ số nhận thức số[^a]"
score = 84
max = 100
rows = [{ ref = "1.3", title = "Văn bản điều hành", score = 4, max = 20 }]
`)
	cell := d.Appendices[0].Table.Rows[0].Cells[0]
	if len(cell) != 2 || cell[0].Text != "1. Chỉ số nhận thức số" || cell[0].Style != body.Bold || cell[1].Note != "1" {
		t.Errorf("indicator cell = %+v", cell)
	}
	if len(d.Notes) != 1 || body.Plain(d.Notes[0].Runs) != "Theo Bộ chỉ số năm 2023" {
		t.Errorf("notes = %+v", d.Notes)
	}
}

// TestDeadlineAfterNote: a task ending with its full stop and a footnote
// mark gets its deadline after them, with no second full stop
// ("năm 2023.[^1]. Thời hạn" before).
func TestDeadlineAfterNote(t *testing.T) {
	d := composeSrc(t, base+`
[[tasks.groups]]
assignee = "Phòng Văn hóa và Thông tin"
text = "Tham mưu kế hoạch năm 2023.[^a]"
deadline = 2023-03-31

[[footnotes]]
id = "a"
text = "Theo Kế hoạch của UBND tỉnh"
`)
	var got string
	for _, b := range d.Body {
		if s := body.Plain(b.Runs); strings.Contains(s, "Tham mưu") {
			for _, r := range b.Runs {
				got += r.Text
				if r.Note != "" {
					got += "[^" + r.Note + "]"
				}
			}
		}
	}
	if want := "Tham mưu kế hoạch năm 2023.[^1] Thời hạn hoàn thành: trước ngày 31/3/2023."; got != want {
		t.Errorf("task = %q, want %q", got, want)
	}
}

// TestLetteredPartsKeepTheirCase: parts a source labels "A.", "B.",
// "C." are lettered, not numbered in Roman numerals: the third ("C.",
// a hundred as a numeral) keeps its case as the first two do.
func TestLetteredPartsKeepTheirCase(t *testing.T) {
	src := base + `
[[sections]]
label = "A."
title = "Kết quả"
text = "Một."
[[sections]]
label = "B."
title = "Tồn tại"
text = "Hai."
[[sections]]
label = "C."
title = "Nhiệm vụ"
text = "Ba."
[[sections]]
label = "IV."
title = "Tổ chức thực hiện"
text = "Bốn."
`
	got := texts(composeSrc(t, src).Body)
	want := []string{"A. [Kết quả:] Một.", "B. [Tồn tại:] Hai.", "C. [Nhiệm vụ:] Ba.", "IV. [TỔ CHỨC THỰC HIỆN:] Bốn."}
	got = got[2 : len(got)-1]
	sameLines(t, got, want)
}
