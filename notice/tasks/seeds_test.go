package tasks

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/reading"
)

// seedTasks are the tasks with an owner and a deadline that a văn thư
// following up each seed notice would put in the register, as I read the
// notices (testdata/seeds/NNN.txt is the published text, NNN.toml the same
// notice as a clerk writes it; both must give these lines, in this
// order). Each line is owner | role | deadline | the task's first words.
//
// The judgment behind them:
//   - A task given to several bodies is one line per body: "Các sở, ban,
//     ngành, đơn vị thuộc tỉnh; Công an tỉnh; UBND các huyện, thị xã, thành
//     phố" (004, I.1) is three owners of each of its items.
//   - "Giao Sở X chủ trì, phối hợp với Y" gives X the lead and Y the
//     support, for every item under it (004, II.2); "Chủ trì, phối hợp với
//     A, B" in an item does the same for that item (001, 3; 004, 2.đ, 2.e);
//     "phối hợp với các cơ quan, đơn vị liên quan" names no one to follow up.
//   - A deadline is a day: "trước ngày 28/02/2023" is 28/02/2023; "trong
//     tháng 6/2023" is the month, due on its last day; "Thời hạn hoàn
//     thành: Tháng 02/2025" likewise. "bắt đầu từ tháng 5 năm 2024" (000) is
//     a start, not a deadline. 004, 2.c sets its deadline in its footnotes
//     ("theo đúng thời hạn được giao": Công văn 4979 and 5103, "hoàn thành
//     trước ngày 30/10/2024"), and the văn thư reads them there.
//   - Recurring tasks are listed as rules: "hàng tuần" (000), "Hằng tháng",
//     "Hằng năm" at the start of a task (001), "báo cáo định kỳ ... hằng
//     quý, năm" (004, 1.e: the quarter, the shorter period), "định kỳ hàng
//     tháng (trước ngày 20)" (004, 2.a). With no day given, a monthly,
//     quarterly or yearly task is due on the period's last day; the first
//     time is the first on or after the notice's date (the meeting's when
//     the draft's day is blank). "Định kỳ tổng hợp ... theo quy định" (004,
//     2.i) gives no period and so no deadline; "khen thưởng hằng năm", "vốn
//     đầu tư công hàng năm" are manners of speaking, not deadlines.
//   - 002 and 003 set no deadline: their tasks are listed with none. The
//     appendix of 003 gives each criterion short of its mark to someone to
//     remedy ("Mục 1.3 ... đạt 4/20 điểm — Giao VHTT tham mưu khắc
//     phục"): a line each, 27 of them, with no deadline.
var seedTasks = map[string][]string{
	"000": {
		"Trung tâm Truyền thông - Văn hóa - Thể thao |  | recurring FREQ=WEEKLY from 2024-04-12 | Mở chuyên mục về chuyển đổi số",
		"Các xã, phường: Nguyễn Nghiêm, Phổ Ninh, Phổ Hòa, Phổ Khánh, Phổ Phong, Phổ Thuận, Phổ Văn |  | start 2024-05-01 | Chủ động, phối hợp",
		"Phòng Lao động - Thương binh và Xã hội |  | start 2024-05-01 | Chủ động, phối hợp",
	},
	"001": {
		"Phòng Văn hóa và Thông tin |  | date 2023-02-28 | Tiếp thu các ý kiến góp ý",
		"Phòng Văn hóa và Thông tin |  | recurring FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1 from 2023-12-31 | Hằng năm tham mưu UBND huyện",
		"Phòng Văn hóa và Thông tin |  | recurring FREQ=MONTHLY;BYMONTHDAY=-1 from 2023-02-28 | Hằng tháng, chịu trách nhiệm tổng hợp báo cáo",
		"Trung tâm Truyền thông - Văn hóa - Thể thao | lead | date 2023-06-01..2023-06-30 | Xây dựng kế hoạch tổ chức Hội thi",
		"Phòng Văn hóa và Thông tin | support | date 2023-06-01..2023-06-30 | Xây dựng kế hoạch tổ chức Hội thi",
		"Huyện đoàn | support | date 2023-06-01..2023-06-30 | Xây dựng kế hoạch tổ chức Hội thi",
		"Cơ quan Tổ chức - Nội vụ |  | date 2023-03-01..2023-03-31 | Tham mưu UBND huyện xây dựng kế hoạch phát động thi đua",
	},
	"002": nil,
	"003": nil,
	"004": {
		"Các sở, ban, ngành, đơn vị thuộc tỉnh |  | recurring FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1 from 2024-12-31 | Tiếp tục vận hành khai thác",
		"Công an tỉnh |  | recurring FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1 from 2024-12-31 | Tiếp tục vận hành khai thác",
		"UBND các huyện, thị xã, thành phố |  | recurring FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1 from 2024-12-31 | Tiếp tục vận hành khai thác",
		"Các sở, ban, ngành, đơn vị thuộc tỉnh |  | date 2024-10-20 | Tập trung rà soát các chương trình",
		"Công an tỉnh |  | date 2024-10-20 | Tập trung rà soát các chương trình",
		"UBND các huyện, thị xã, thành phố |  | date 2024-10-20 | Tập trung rà soát các chương trình",
		"Sở Thông tin và Truyền thông | lead | recurring FREQ=MONTHLY;BYMONTHDAY=20 from 2024-10-20 | Rà soát, đôn đốc việc thực hiện nhiệm vụ",
		"các sở, ban, ngành, địa phương | support | recurring FREQ=MONTHLY;BYMONTHDAY=20 from 2024-10-20 | Rà soát, đôn đốc việc thực hiện nhiệm vụ",
		"Sở Thông tin và Truyền thông | lead | date 2025-02-01..2025-02-28 | Rà soát kết quả triển khai các cơ sở dữ liệu",
		"các sở, ban, ngành, địa phương | support | date 2025-02-01..2025-02-28 | Rà soát kết quả triển khai các cơ sở dữ liệu",
		"Sở Thông tin và Truyền thông | lead | date 2024-10-30 | Khẩn trương tham mưu UBND tỉnh triển khai thực hiện Chỉ thị số 34/CT-TTg",
		"các sở, ban, ngành, địa phương | support | date 2024-10-30 | Khẩn trương tham mưu UBND tỉnh triển khai thực hiện Chỉ thị số 34/CT-TTg",
		"Sở Thông tin và Truyền thông | lead | date 2024-11-01..2024-11-30 | Khẩn trương hoàn thành, trình UBND tỉnh xem xét, ban hành các Quy chế",
		"các sở, ban, ngành, địa phương | support | date 2024-11-01..2024-11-30 | Khẩn trương hoàn thành, trình UBND tỉnh xem xét, ban hành các Quy chế",
		"Sở Thông tin và Truyền thông | lead | date 2024-10-20 | Tổng hợp, xây dựng, trình UBND tỉnh ban hành Kế hoạch Chuyển đổi số năm 2025",
		"các sở, ban, ngành, địa phương | support | date 2024-10-20 | Tổng hợp, xây dựng, trình UBND tỉnh ban hành Kế hoạch Chuyển đổi số năm 2025",
	},
}

// seedLines is how many lines each seed gives in all, with and without a
// deadline, read from TOML and from its text. 002.txt is a news report of
// the meeting, not a notice: it has no numbered parts to read tasks from.
var seedLines = map[string][2]int{
	"000": {14, 14}, "001": {29, 29}, "002": {19, 0}, "003": {33, 33}, "004": {52, 52},
}

func TestSeedTasks(t *testing.T) {
	for seed, want := range seedTasks {
		for i, ext := range []string{".toml", ".txt"} {
			name := seed + ext
			t.Run(name, func(t *testing.T) {
				got := readSeed(t, name)
				var dated []string
				for _, x := range got {
					if x.Due.Kind != DueNone {
						dated = append(dated, seedLine(x))
					}
				}
				if !sameLines(dated, want) {
					t.Errorf("tasks with a deadline:\n%s\nwant:\n%s", strings.Join(dated, "\n"), strings.Join(want, "\n"))
				}
				if n := seedLines[seed][i]; len(got) != n {
					t.Errorf("%d lines in all, want %d", len(got), n)
				}
				for _, x := range got {
					if x.Owner == "" && x.Due.Kind == DueNone {
						t.Errorf("line %d has neither an owner nor a deadline: %q", x.Pos.Line, x.Short)
					}
				}
			})
		}
	}
}

// readSeed reads one seed as the command does and returns its register.
func readSeed(t testing.TB, name string) []Task {
	t.Helper()
	path := filepath.Join("..", "..", "testdata", "seeds", name)
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := reading.Read(path, src)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	n, tasks := Extract(s)
	return Build([]Entry{{Notice: n, Tasks: tasks}}).Tasks
}

// seedLine is a line of the register as seedTasks writes it; the task's
// words are compared by their start.
func seedLine(t Task) string {
	d := t.Due
	var due string
	switch d.Kind {
	case DueDate:
		due = "date " + d.Date.ISO()
		if !d.Start.IsZero() {
			due = "date " + d.Start.ISO() + ".." + d.Date.ISO()
		}
	case DueStart:
		due = "start " + d.Start.ISO()
	case DueRecurring:
		due = fmt.Sprintf("recurring %s from %s", d.Rule, d.Start.ISO())
	}
	owner := strings.ReplaceAll(t.Owner, "–", "-") // the texts write en dashes
	return strings.Join([]string{owner, t.Role.ID(), due, t.Short}, " | ")
}

// sameLines compares got with want, the task's words of want being a
// prefix of got's.
func sameLines(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		g, w := strings.Split(got[i], " | "), strings.Split(want[i], " | ")
		if len(g) != 4 || len(w) != 4 || g[0] != w[0] || g[1] != w[1] || g[2] != w[2] || !strings.HasPrefix(g[3], w[3]) {
			return false
		}
	}
	return true
}

// TestSeedAppendix: the appendix of 003 gives 27 criteria to someone to
// remedy, in order, read alike from the TOML table and from the text.
func TestSeedAppendix(t *testing.T) {
	refs := func(name string) (out []string, owners map[string]string) {
		owners = map[string]string{}
		for _, x := range readSeed(t, name) {
			if rest, ok := strings.CutPrefix(x.Text, "Tham mưu khắc phục mục "); ok {
				ref, _, _ := strings.Cut(rest, " ")
				out = append(out, ref)
				owners[ref] = x.Owner
			}
		}
		return out, owners
	}
	fromTOML, owners := refs("003.toml")
	fromText, _ := refs("003.txt")
	if len(fromTOML) != 27 || strings.Join(fromTOML, " ") != strings.Join(fromText, " ") {
		t.Errorf("criteria:\n%q\n%q", fromTOML, fromText)
	}
	for ref, want := range map[string]string{"1.3": "VHTT", "2.5": "công chức ĐC-NN-XD&MT", "6.7": "VP-TK, VHTT xã", "8.7": "Một cửa xã"} {
		if owners[ref] != want {
			t.Errorf("mục %s is given to %q, want %q", ref, owners[ref], want)
		}
	}
}
