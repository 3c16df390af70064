package tasks

import (
	"reflect"
	"strings"
	"testing"
)

func TestReadNamed(t *testing.T) {
	tests := []struct {
		text    string
		heading bool
		want    []string // "name/role"
		rest    string   // how the task's own words start
	}{
		{"Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ban, ngành, địa phương:", true,
			[]string{"Sở Thông tin và Truyền thông/lead"}, "chủ trì"},
		{"Sở Tài chính: Chịu trách nhiệm tổng hợp, tham mưu", false, []string{"Sở Tài chính/"}, " Chịu trách nhiệm"},
		{"Đề nghị Huyện đoàn: Nghiên cứu, thành lập Tổ công nghệ số", false, []string{"Huyện đoàn/"}, " Nghiên cứu"},
		{"Yêu cầu Nhà đầu tư khẩn trương hoàn thiện hồ sơ", false, []string{"Nhà đầu tư/"}, "khẩn trương"},
		{"Yêu cầu Công ty cổ phần Năng lượng Yên Hà bổ sung hồ sơ thiết kế", false, []string{"Công ty cổ phần Năng lượng Yên Hà/"}, "bổ sung"},
		{"Công ty Cổ phần Đầu tư Đông Hương bố trí đủ kinh phí chi trả bồi thường", false, []string{"Công ty Cổ phần Đầu tư Đông Hương/"}, "bố trí"},
		{"Hợp tác xã Nông nghiệp Tân Thành hoàn thành thu mua lúa", false, []string{"Hợp tác xã Nông nghiệp Tân Thành/"}, "hoàn thành"},
		{"Giao trách nhiệm cho các đồng chí chuyên môn tham mưu khắc phục", false, []string{"các đồng chí chuyên môn/"}, "tham mưu"},
		{"VHTT tham mưu ban hành Văn bản rà soát", false, []string{"VHTT/"}, "tham mưu"},
		{"Sở Y tế: Tổng kết công tác phòng, chống dịch", false, []string{"Sở Y tế/"}, " Tổng kết"},
		{"Phòng Văn hóa - Xã hội sơ kết 6 tháng thực hiện", false, []string{"Phòng Văn hóa - Xã hội/"}, "sơ kết"},
		{"Ban Quản lý dự án đầu tư xây dựng số 1 đẩy nhanh tiến độ", false, []string{"Ban Quản lý dự án đầu tư xây dựng số 1/"}, "đẩy nhanh"},
		{"Các bệnh viện tuyến tỉnh:", true, []string{"Các bệnh viện tuyến tỉnh/"}, ""},
		{"Trưởng các thôn vận động Nhân dân cài đặt ứng dụng định danh điện tử", false, []string{"Trưởng các thôn/"}, "vận động"},
		{"Văn phòng Ban Quản lý công khai kết quả trả lời kiến nghị trên Cổng thông tin điện tử", false, []string{"Văn phòng Ban Quản lý/"}, "công khai"},
		{"Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh đôn đốc nhà thầu", false,
			[]string{"Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh/"}, "đôn đốc"},
		{"Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh bàn giao mặt bằng", false,
			[]string{"Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh/"}, "bàn giao"},
		{"Trung tâm Phát triển quỹ đất và quy trình trình Sở Tài chính", false, []string{"Trung tâm Phát triển quỹ đất và quy trình/"}, "trình Sở"},
		{"Các xã, phường: Nguyễn Nghiêm, Phổ Ninh và Phòng Lao động – Thương binh và Xã hội chủ động, phối hợp với các cơ quan", false,
			[]string{"Các xã, phường: Nguyễn Nghiêm, Phổ Ninh/", "Phòng Lao động – Thương binh và Xã hội/"}, "chủ động"},
		{"Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, phường:", true,
			[]string{"Thủ trưởng các cơ quan, đơn vị/", "Chủ tịch UBND các xã, phường/"}, ""},
		{"Các sở, ban, ngành, đơn vị thuộc tỉnh; Công an tỉnh; UBND các huyện, thị xã, thành phố", true,
			[]string{"Các sở, ban, ngành, đơn vị thuộc tỉnh/", "Công an tỉnh/", "UBND các huyện, thị xã, thành phố/"}, ""},
		{"Văn phòng HĐND và UBND huyện: Chủ trì tham mưu UBND huyện", false, []string{"Văn phòng HĐND và UBND huyện/lead"}, " Chủ trì"},
		{"Các trường, trạm, các đơn vị liên quan, BQL các thôn: Phối hợp cung cấp các thông tin", false,
			[]string{"Các trường, trạm, các đơn vị liên quan/support", "BQL các thôn/support"}, " Phối hợp"},
		{"Ủy ban MTTQVN và các đoàn thể chính trị - xã hội huyện:", true, []string{"Ủy ban MTTQVN và các đoàn thể chính trị - xã hội huyện/"}, ""},
		// Not owners: verbs, a head with no body, words that only look
		// like a body, a heading that names no one.
		{"Tổ chức sơ kết, tổng kết, đề xuất cấp có thẩm quyền khen thưởng", false, nil, ""},
		{"Người đứng đầu chịu trách nhiệm về kết quả Chuyển đổi số", false, nil, ""},
		{"Báo cáo kết quả thực hiện trước ngày 20/10/2024", false, nil, ""},
		{"Trường hợp cần thiết, tham mưu UBND tỉnh xem xét", false, nil, ""},
		{"Các nội dung khác thực hiện theo quy định", false, nil, ""},
		{"Mô hình “Xã hội số” tại xã Phổ Khánh và xã Phổ Phong.", false, nil, ""},
		{"Một số nhiệm vụ trọng tâm trong thời gian đến", true, nil, ""},
		{"Đánh giá chung", true, nil, ""},
		// A passive tells of someone, it gives no work: "được hỗ trợ"
		// (the capital "Được" of "ông Được" is a name); "được giao" gives it.
		{"Chủ tịch Hội Nông dân xã và ông Được, chủ hộ kinh doanh, được hỗ trợ kinh phí", true, nil, ""},
		{"Các hộ kinh doanh được hỗ trợ kinh phí chuyển đổi số", false, nil, ""},
		{"Phòng Kinh tế được giao chủ trì rà soát hồ sơ", false, []string{"Phòng Kinh tế/"}, "được giao"},
		// One who gives the work before it: the body after "giao", "yêu
		// cầu", "đề nghị" leads (a90); "bàn giao" hands a thing over.
		{"Chủ tịch UBND phường giao Phòng Kinh tế chủ trì, phối hợp với Phòng Văn hóa - Xã hội tổ chức kiểm tra", false,
			[]string{"Phòng Kinh tế/lead"}, "chủ trì"},
		{"Ủy ban nhân dân phường giao nhiệm vụ cho Trạm Y tế phường bố trí lực lượng sơ cứu", false, []string{"Trạm Y tế phường/"}, "bố trí"},
		{"Chủ tịch UBND phường đề nghị Đội Quản lý thị trường số 2 phối hợp kiểm tra", false, []string{"Đội Quản lý thị trường số 2/support"}, "phối hợp"},
		{"Phòng Kinh tế bàn giao Trường Mầm non Hoa Sen 02 bình chữa cháy", false, []string{"Phòng Kinh tế/"}, "bàn giao"},
		// An assessment tells of work done, not done or under way: no
		// owner ("Các sở, ngành, địa phương đã" was one, in the
		// Đánh giá chung of thongbao's own example rendered).
		{"Các sở, ngành, địa phương đã triển khai kịp thời các nhiệm vụ chuyển đổi số năm 2026", false, nil, ""},
		{"Một số sở, ngành chưa bố trí đủ nhân lực", false, nil, ""},
		{"UBND các xã đang triển khai thực hiện", false, nil, ""},
		// A unit whose head common words share, a name in capitals
		// after it, a verb or a colon ending it (a91): a Trạm, an Đội, a
		// Bộ's Vụ; not a crop season, a thing, a team in a list.
		{"Trạm Khuyến nông: Hướng dẫn nông dân vệ sinh đồng ruộng", false, []string{"Trạm Khuyến nông/"}, " Hướng dẫn"},
		{"Đội Quản lý thị trường số 3 kiểm tra việc kinh doanh thuốc", false, []string{"Đội Quản lý thị trường số 3/"}, "kiểm tra"},
		{"Đội Thuế liên xã Tam Đảo:", true, []string{"Đội Thuế liên xã Tam Đảo/"}, ""},
		{"Vụ Kế hoạch - Tài chính chủ trì, phối hợp với Cục Quản lý đê điều và Phòng, chống thiên tai rà soát", false,
			[]string{"Vụ Kế hoạch - Tài chính/lead"}, "chủ trì"},
		{"Vụ Đông Xuân 2026 - 2027 tập trung chuyển đổi cơ cấu cây trồng", false, nil, ""},
		{"Trạm biến áp 110 kV Tam Đảo vận hành ổn định", false, nil, ""},
		{"Đội Văn phòng và Phòng Nội vụ;", true, nil, ""},
		// t95: "hạn chế" ends an owner; work done, then more for the
		// doer or the body a later part names; work done alone, none.
		{"Các xã hạn chế điều chuyển vốn giữa các dự án", false, []string{"Các xã/"}, "hạn chế"},
		{"Sở Xây dựng đã thẩm định xong 12 hồ sơ, tiếp tục thẩm định các hồ sơ còn lại", false, []string{"Sở Xây dựng/"}, "tiếp tục"},
		{"Hội Cựu chiến binh đã và đang vận động hội viên, tiếp tục vận động", false, []string{"Hội Cựu chiến binh/"}, "tiếp tục"},
		{"Công an tỉnh đã kiểm tra 35 công trình, đề nghị Ủy ban nhân dân các xã tiếp tục xử lý", false,
			[]string{"Ủy ban nhân dân các xã/"}, "tiếp tục"},
		{"Ban Quản lý đã thành lập Tổ công tác giải phóng mặt bằng; Tổ công tác theo dõi tiến độ hằng tháng", false,
			[]string{"Tổ công tác/"}, "theo dõi"},
		{"Sở Nội vụ đã hoàn thành việc sắp xếp bộ máy, tổ chức", false, nil, ""},
		// t95, the lawful notices of p91..p94: a ministry by its name
		// alone, not its prose; a Party body that leads a State body; a
		// group of cơ sở; verbs a long owner ran past.
		{"Bộ Xây dựng:", true, []string{"Bộ Xây dựng/"}, ""},
		{"Bộ Tài chính chủ trì, phối hợp với Bộ Xây dựng cân đối, bố trí vốn", false, []string{"Bộ Tài chính/lead"}, "chủ trì"},
		{"Bộ Văn hóa, Thể thao và Du lịch hướng dẫn các địa phương", false, []string{"Bộ Văn hóa, Thể thao và Du lịch/"}, "hướng dẫn"},
		{"Bộ Tư pháp giúp Chính phủ thống nhất quản lý nhà nước", false, nil, ""},
		{"Bộ Nông nghiệp và Phát triển nông thôn khẩn trương có văn bản gửi Bộ Tài chính", false,
			[]string{"Bộ Nông nghiệp và Phát triển nông thôn/"}, "khẩn trương"},
		{"Bộ Thông tin và Truyền thông; Ban Tuyên giáo Trung ương; Bộ Ngoại giao.", false, nil, ""},
		{"Đảng ủy Công an phường lãnh đạo Công an phường xây dựng phương án", false, []string{"Đảng ủy Công an phường/"}, "lãnh đạo"},
		{"Các đồng chí lãnh đạo Sở theo dõi", false, []string{"Các đồng chí lãnh đạo Sở/"}, "theo dõi"},
		{"Các cơ sở vi phạm khắc phục ngay các tồn tại", false, []string{"Các cơ sở vi phạm/"}, "khắc phục"},
		{"Người có đất thu hồi có trách nhiệm phối hợp với Chi nhánh Trung tâm Phát triển quỹ đất thực hiện kiểm đếm", false,
			[]string{"Người có đất thu hồi/"}, "có trách nhiệm"},
		{"Trường hợp cần thiết, cá nhân có trách nhiệm báo cáo", false, nil, ""},
		{"Thông tin liên hệ của người chịu trách nhiệm tiếp nhận báo giá: bà Nguyễn Thị Hân", false, nil, ""},
		{"Điều 2. Sở Y tế có trách nhiệm chủ trì, phối hợp với các sở", false, nil, ""},
		{"Bộ Giáo dục và Đào tạo về việc hướng dẫn tuyển sinh đại học", false, nil, ""},
		{"Trung tâm Khuyến nông tỉnh tập huấn quy trình canh tác cho nông dân tại 30 xã trước ngày 20/12/2026", false,
			[]string{"Trung tâm Khuyến nông tỉnh/"}, "tập huấn"},
		{"Ban Quản lý dự án đã thành lập Tổ công tác giải phóng mặt bằng, Tổ công tác theo dõi tiến độ", false, nil, ""},
	}
	for _, tt := range tests {
		got := readNamed(tt.text, tt.heading)
		var names []string
		for _, o := range got.Owners {
			names = append(names, o.Name+"/"+o.Role.ID())
		}
		if !reflect.DeepEqual(names, tt.want) {
			t.Errorf("readNamed(%q) = %q, want %q", tt.text, names, tt.want)
			continue
		}
		if tt.want != nil && !strings.HasPrefix(tt.text[got.Rest:], tt.rest) {
			t.Errorf("readNamed(%q): the task starts at %q, want %q", tt.text, tt.text[got.Rest:], tt.rest)
		}
	}
}

func TestSupporters(t *testing.T) {
	tests := map[string][]string{
		"Chủ trì, phối hợp với Phòng Văn hóa và Thông tin, Huyện đoàn xây dựng kế hoạch": {"Phòng Văn hóa và Thông tin", "Huyện đoàn"},
		"Chủ động phối hợp với Công an tỉnh, Sở Nội vụ, Sở Tài chính và các địa phương nghiên cứu, rà soát": {
			"Công an tỉnh", "Sở Nội vụ", "Sở Tài chính", "các địa phương"},
		"chủ trì, phối hợp với các sở, ban, ngành, địa phương:":                                           {"các sở, ban, ngành, địa phương"},
		"phối hợp với Bộ phận Một cửa cử đoàn viên tham gia":                                              {"Bộ phận Một cửa"},
		"phối hợp chặt chẽ với Ủy ban nhân dân phường Văn Phú hoàn thành":                                 {"Ủy ban nhân dân phường Văn Phú"},
		"chủ động, phối hợp với các cơ quan, đơn vị liên quan để thực hiện":                               nil,
		"Chủ trì, phối hợp với các cơ quan, đơn vị tổ chức thực hiện đánh giá":                            nil,
		"Thực hiện tốt công tác phối hợp kể cả trong phối hợp thực hiện":                                  nil,
		"Chủ trì theo dõi, đôn đốc các chủ đầu tư phối hợp chặt chẽ với chính quyền địa phương đẩy nhanh": nil,
		"Nghiên cứu, thành lập Tổ công nghệ số và phối hợp với Bộ phận Một cửa cử đoàn viên":              {"Bộ phận Một cửa"},
		"Chủ trì, phối hợp với Phòng Kinh tế, Trạm Khuyến nông và Đội Quản lý thị trường số 3 kiểm tra":   {"Phòng Kinh tế", "Trạm Khuyến nông", "Đội Quản lý thị trường số 3"},
	}
	for text, want := range tests {
		if got := supporters(text); !reflect.DeepEqual(got, want) {
			t.Errorf("supporters(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestAction(t *testing.T) {
	tests := map[string]string{
		" chủ trì, phối hợp với các sở, ban, ngành, địa phương:":           "",
		"Chủ trì, phối hợp với Sở Tài chính theo dõi, đôn đốc các cơ quan": "theo dõi, đôn đốc các cơ quan",
		": Chịu trách nhiệm tổng hợp":                                      "Chịu trách nhiệm tổng hợp",
		"Chủ động phối hợp với Công an tỉnh nghiên cứu":                    "Chủ động phối hợp với Công an tỉnh nghiên cứu",
	}
	for in, want := range tests {
		if got := action(in); got != want {
			t.Errorf("action(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestShorten(t *testing.T) {
	tests := map[string]string{
		"mở chuyên mục về chuyển đổi số.":                             "Mở chuyên mục về chuyển đổi số",
		"Tham mưu UBND tỉnh; hoàn thành trước ngày 20/10/2024.":       "Tham mưu UBND tỉnh…",
		"Rà soát (theo Quyết định số 1/QĐ-UBND; năm 2024) và báo cáo": "Rà soát (theo Quyết định số 1/QĐ-UBND; năm 2024) và báo cáo",
		strings.Repeat("một ", 20) + "hai":                            "Một " + strings.TrimSpace(strings.Repeat("một ", 15)) + "…",
	}
	for in, want := range tests {
		if got := shorten(in); got != want {
			t.Errorf("shorten(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPartLabel: a lead-in that names the part ("3. Giao nhiệm vụ:" over
// points that each name their owner, t95) is no task's words.
func TestPartLabel(t *testing.T) {
	for lead, want := range map[string]bool{
		"Giao nhiệm vụ:": true, "Nhiệm vụ thời gian tới:": true, "Một số nhiệm vụ trọng tâm:": true,
		"Tham mưu UBND huyện:": false, "Giao nhận hồ sơ:": false,
	} {
		if got := partLabel(lead); got != want {
			t.Errorf("partLabel(%q) = %v, want %v", lead, got, want)
		}
	}
}
