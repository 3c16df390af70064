package tasks

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/reading"
)

// outlineText is a notice written as text whose owners stand where clerks
// put them: in a parent item's lead-in, after "Yêu cầu", in a heading
// that names nothing else, in the text of a paragraph.
const outlineText = `THÔNG BÁO

Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về các cụm công nghiệp

Ngày 19 tháng 6 năm 2026, Ủy ban nhân dân tỉnh tổ chức cuộc họp về các cụm công nghiệp.

Sau khi nghe Sở Công Thương báo cáo, đồng chí Chủ tịch UBND tỉnh kết luận:

I. ĐÁNH GIÁ CHUNG

Tiến độ triển khai các cụm công nghiệp chưa đạt yêu cầu, cần hoàn thành trước ngày 31/12/2026.

II. NHIỆM VỤ

1. Sở Công Thương

- Chủ trì, phối hợp với các cơ quan liên quan công bố Danh mục dự án; hoàn thành trước ngày 31/12/2026.

- Định kỳ hằng quý tổng hợp, báo cáo Ủy ban nhân dân tỉnh.

2. Các nội dung khác

- Giao Sở Tài chính:

+ Cân đối, bố trí ngân sách cho hạ tầng cụm công nghiệp trong quý III/2026.

+ Thẩm định phương án giá, thời hạn: 15/8/2026.

- Yêu cầu Nhà đầu tư khẩn trương hoàn thiện hồ sơ, hoàn thành từ ngày 01/7/2026 đến ngày 31/7/2026.

3. Ủy ban nhân dân các xã, phường có cụm công nghiệp

Phối hợp chặt chẽ với các chủ đầu tư hạ tầng đẩy nhanh giải phóng mặt bằng; 02 tuần/lần báo cáo tiến độ.

Trên đây là kết luận của đồng chí Chủ tịch UBND tỉnh./.
`

func TestExtractOutline(t *testing.T) {
	got := extractedLines(t, outlineText)
	want := []string{
		"Sở Công Thương | lead | date 2026-12-31 | Công bố Danh mục dự án",
		"Sở Công Thương |  | recurring FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1 from 2026-06-30 | Định kỳ hằng quý tổng hợp",
		"Sở Tài chính |  | date 2026-07-01..2026-09-30 | Cân đối, bố trí ngân sách", // the lead-in names the owner: no need to repeat it
		"Sở Tài chính |  | date 2026-08-15 | Thẩm định phương án giá",
		"Nhà đầu tư |  | date 2026-07-01..2026-07-31 | Khẩn trương hoàn thiện hồ sơ",
		"Ủy ban nhân dân các xã, phường có cụm công nghiệp | support | recurring FREQ=WEEKLY;INTERVAL=2 from 2026-06-19 | Phối hợp chặt chẽ với các chủ đầu tư",
	}
	if !sameLines(got, want) {
		t.Errorf("tasks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// labelledPartText holds a numbered point whose lead-in names the part
// the lettered tasks under it make, and an owner whose name holds a verb
// of verbs inside a noun ("công trình", "giao thông").
const labelledPartText = `THÔNG BÁO

Kết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc về giải ngân vốn đầu tư công

Ngày 24 tháng 11 năm 2026, Phó Chủ tịch UBND tỉnh chủ trì buổi làm việc.

Sau khi nghe Sở Tài chính báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:

2. Nhiệm vụ thời gian tới:

a) Các chủ đầu tư rà soát từng dự án, gửi Sở Tài chính trước ngày 05/12/2026.

b) Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh đôn đốc nhà thầu, hoàn thành trước ngày 31/12/2026.

Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.
`

func TestExtractPartLabel(t *testing.T) {
	got := extractedLines(t, labelledPartText)
	want := []string{
		"Các chủ đầu tư |  | date 2026-12-05 | Rà soát từng dự án",
		"Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh |  | date 2026-12-31 | Đôn đốc nhà thầu",
	}
	if !sameLines(got, want) {
		t.Errorf("tasks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// extractedLines are the register's lines (seedLine) of the tasks of a
// notice written as text.
func extractedLines(t *testing.T, text string) []string {
	t.Helper()
	s, err := reading.Read("kl.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	n, tasks := Extract(s)
	var got []string
	for _, x := range Build([]Entry{{Notice: n, Tasks: tasks}}).Tasks {
		got = append(got, seedLine(x))
	}
	return got
}

// siblingText gives a numbered point's owner to its lettered points, and
// has a later numbered point that names none; its Trạm owns by the
// colon after its name (a91).
const siblingText = `THÔNG BÁO

Kết luận của Chủ tịch UBND xã tại cuộc họp về công tác chuyển đổi số

Ngày 10 tháng 11 năm 2026, Chủ tịch UBND xã chủ trì cuộc họp về công tác chuyển đổi số.

Sau khi nghe báo cáo, Chủ tịch UBND xã kết luận như sau:

1. Giao Phòng Kinh tế:

a) Rà soát hạ tầng viễn thông tại các thôn, báo cáo trước ngày 25/11/2026;

b) Đề xuất phương án phủ sóng di động cho các thôn.

2. Về số hóa hồ sơ thủ tục hành chính:

- Hoàn thành số hóa hồ sơ còn tồn đọng trước ngày 15/12/2026.

3. Trạm Khuyến nông: Hướng dẫn nông dân vệ sinh đồng ruộng trước ngày 20/12/2026.

Ủy ban nhân dân xã thông báo để các cơ quan, đơn vị biết, thực hiện./.
`

func TestExtractSibling(t *testing.T) {
	got := extractedLines(t, siblingText)
	want := []string{
		"Phòng Kinh tế |  | date 2026-11-25 | Rà soát hạ tầng viễn thông tại các thôn, báo cáo trước ngày 25/11/2026",
		"Phòng Kinh tế |  |  | Đề xuất phương án phủ sóng di động cho các thôn",
		" |  | date 2026-12-15 | Hoàn thành số hóa hồ sơ còn tồn đọng trước ngày 15/12/2026", // point 2 names no one: point 1's owner is not its
		"Trạm Khuyến nông |  | date 2026-12-20 | Hướng dẫn nông dân vệ sinh đồng ruộng trước ngày 20/12/2026",
	}
	if !sameLines(got, want) {
		t.Errorf("tasks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// toldDoneText tells, before its tasks, what was done in the month (no
// task is due then), and gives work to faculties and Party cells named
// as a group ("Các khoa", "Các chi bộ trực thuộc"); a "đã" inside a task
// tells what the work is on, and the task stands, as does work still to
// do after what was done ("..., tiếp tục ...", "..., nay ...", "Các hộ đã
// nhận tiền bồi thường bàn giao ...").
const toldDoneText = `THÔNG BÁO

Kết luận của Hiệu trưởng tại cuộc họp giao ban tháng 11 năm 2026

Ngày 30 tháng 11 năm 2026, Hiệu trưởng chủ trì cuộc họp giao ban. Sau khi nghe báo cáo, Hiệu trưởng kết luận như sau:

1. Trong tháng 11 năm 2026, các đơn vị đã hoàn thành nhập học cho 2.146 sinh viên khóa 59.

2. Phòng Kế hoạch - Tài chính đã trình Hiệu trưởng dự toán năm 2027 trước thời hạn ngày 20/11/2026.

3. Các khoa rà soát khối lượng giảng dạy, gửi Phòng Đào tạo trước ngày 15 tháng 12 năm 2026.

4. Các chi bộ trực thuộc tổ chức kiểm điểm đảng viên, xong trước ngày 25/12/2026.

5. Ban Quản lý dự án kiểm tra hạng mục đã thi công xong, báo cáo trước ngày 31/12/2026.

6. Các khoa đã rà soát xong học kỳ I, tiếp tục rà soát học kỳ II trước ngày 25/12/2026.

7. Phòng Đào tạo đã tham mưu dự thảo quy chế, nay hoàn chỉnh trình Hiệu trưởng trước ngày 10/12/2026.

8. Các hộ đã nhận tiền bồi thường bàn giao mặt bằng trước ngày 30/12/2026.

9. Phòng Đào tạo thu hồi tài liệu đã phát cho các lớp trước ngày 20/12/2026.

Nhà trường thông báo để các đơn vị biết, thực hiện./.
`

func TestExtractToldDone(t *testing.T) {
	got := extractedLines(t, toldDoneText)
	want := []string{
		"Các khoa |  | date 2026-12-15 | Rà soát khối lượng giảng dạy",
		"Các chi bộ trực thuộc |  | date 2026-12-25 | Tổ chức kiểm điểm đảng viên",
		"Ban Quản lý dự án |  | date 2026-12-31 | Kiểm tra hạng mục đã thi công xong",
		// rv94: work still to do after what was done stands; t95: its
		// owner is the doer named before "đã", its words the work left
		"Các khoa |  | date 2026-12-25 | Tiếp tục rà soát học kỳ II",
		"Phòng Đào tạo |  | date 2026-12-10 | Nay hoàn chỉnh trình Hiệu trưởng",
		" |  | date 2026-12-30 | Các hộ đã nhận tiền bồi thường bàn giao mặt bằng",
		"Phòng Đào tạo |  | date 2026-12-20 | Thu hồi tài liệu đã phát cho các lớp",
	}
	if !sameLines(got, want) {
		t.Errorf("tasks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// itemsText gives work in "-" items under a heading with no "Giao"
// ("2. Nhiệm vụ thời gian tới"), with and without a colon after the
// owner, one of them ending at "hạn chế"; then points that tell work
// done and give more after it: "..., tiếp tục ...", "..., đề nghị X tiếp
// tục ...", "...; Tổ công tác theo dõi ..." (t95). A point that tells
// work done and gives nothing more, and a comma list after "đã", give no
// row.
const itemsText = `THÔNG BÁO

Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về giải ngân vốn đầu tư công

Ngày 28 tháng 11 năm 2026, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp về giải ngân vốn đầu tư công. Sau khi nghe báo cáo, Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:

1. Đánh giá chung

Công tác giải ngân còn chậm.

2. Nhiệm vụ thời gian tới

- Sở Tài chính: tham mưu phân bổ vốn còn lại trước ngày 15/12/2026.

- Sở Xây dựng tham mưu điều chỉnh kế hoạch vốn trước ngày 15/12/2026.

- Ủy ban nhân dân các xã: rà soát hồ sơ bồi thường, báo cáo trước ngày 20/12/2026.

- Các xã hạn chế điều chuyển vốn giữa các dự án.

3. Ban Quản lý đã thành lập Tổ công tác giải phóng mặt bằng; Tổ công tác theo dõi tiến độ hằng tháng.

4. Sở Xây dựng đã thẩm định xong 12 hồ sơ, tiếp tục thẩm định các hồ sơ còn lại trước ngày 25/12/2026.

5. Sở Y tế đã triển khai tiêm chủng đợt 1, đề nghị Sở Y tế tiếp tục triển khai đợt 2 trong tháng 12/2026.

6. Sở Nội vụ đã hoàn thành việc sắp xếp bộ máy trước ngày 30/11/2026.

Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.
`

func TestExtractItemsAndDoneThenMore(t *testing.T) {
	got := extractedLines(t, itemsText)
	want := []string{
		"Sở Tài chính |  | date 2026-12-15 | Tham mưu phân bổ vốn còn lại",
		"Sở Xây dựng |  | date 2026-12-15 | Tham mưu điều chỉnh kế hoạch vốn",
		"Ủy ban nhân dân các xã |  | date 2026-12-20 | Rà soát hồ sơ bồi thường",
		"Các xã |  |  | Hạn chế điều chuyển vốn giữa các dự án",
		"Tổ công tác |  | recurring FREQ=MONTHLY;BYMONTHDAY=-1 from 2026-11-30 | Theo dõi tiến độ hằng tháng",
		"Sở Xây dựng |  | date 2026-12-25 | Tiếp tục thẩm định các hồ sơ còn lại",
		"Sở Y tế |  | date 2026-12-01..2026-12-31 | Tiếp tục triển khai đợt 2",
	}
	if !sameLines(got, want) {
		t.Errorf("tasks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
