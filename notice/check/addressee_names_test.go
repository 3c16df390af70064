package check

import (
	"slices"
	"testing"
)

// TestClosingAddressees: a closing's addressees are parted at "và" save
// the "và" inside a name, which is read whole and cut from its
// neighbours at commas; each part's offset points at its text.
func TestClosingAddressees(t *testing.T) {
	for _, c := range []struct {
		who  string
		want []string
	}{
		{"các tổ chức chính trị - xã hội nhận ủy thác, Tổ tiết kiệm và vay vốn và khách hàng",
			[]string{"các tổ chức chính trị - xã hội nhận ủy thác", "Tổ tiết kiệm và vay vốn", "khách hàng"}},
		{"các Tổ tiết kiệm và vay vốn và khách hàng", []string{"các Tổ tiết kiệm và vay vốn", "khách hàng"}},
		{"Sở Văn hóa, Thể thao và Du lịch, Công an xã và Nhân dân", []string{"Sở Văn hóa, Thể thao và Du lịch", "Công an xã", "Nhân dân"}},
		{"UBND các xã, Sở Tài nguyên và Môi trường", []string{"UBND các xã", "Sở Tài nguyên và Môi trường"}},
		{"Sở Văn hóa Thể thao và Du lịch", []string{"Sở Văn hóa Thể thao và Du lịch"}},
		{"Bộ Lao động - Thương binh và Xã hội và các địa phương", []string{"Bộ Lao động - Thương binh và Xã hội", "các địa phương"}},
		{"Ban quản lý rừng phòng hộ và đặc dụng và người dân", []string{"Ban quản lý rừng phòng hộ và đặc dụng", "người dân"}},
		{"Phòng Văn hóa và Thông tin và Trung tâm Y tế", []string{"Phòng Văn hóa và Thông tin", "Trung tâm Y tế"}},
		// what follows "và" is its own addressee: a kind of the public, a
		// group, a body, a name in capitals the tool does not know
		{"Tổ dân phố và nhân dân", []string{"Tổ dân phố", "nhân dân"}},
		{"Ban quản lý chợ và các hộ kinh doanh", []string{"Ban quản lý chợ", "các hộ kinh doanh"}},
		{"Ban Chỉ huy Quân sự xã và Công an xã", []string{"Ban Chỉ huy Quân sự xã", "Công an xã"}},
		{"Hội Nông dân và hội viên", []string{"Hội Nông dân", "hội viên"}},
		{"Ban quản lý chợ và tiểu thương", []string{"Ban quản lý chợ", "tiểu thương"}},
		{"Tổ dân phố và hộ kinh doanh", []string{"Tổ dân phố", "hộ kinh doanh"}},
		{"Ban Chỉ huy Quân sự xã và lực lượng dân quân", []string{"Ban Chỉ huy Quân sự xã", "lực lượng dân quân"}},
		{"cán bộ và vay vốn", []string{"cán bộ", "vay vốn"}},
		// a capital after "và" with no head goes on with the name; a
		// head, in small letters or in capitals, opens a body of its own
		{"Ban Tuyên giáo và Dân vận", []string{"Ban Tuyên giáo và Dân vận"}},
		{"Ban Tổ chức và Nội vụ và nhân dân", []string{"Ban Tổ chức và Nội vụ", "nhân dân"}},
		{"Tổ công tác và nhóm hỗ trợ cộng đồng", []string{"Tổ công tác", "nhóm hỗ trợ cộng đồng"}},
		{"Trung tâm Dịch vụ nông nghiệp và Hợp tác xã Tân Phú", []string{"Trung tâm Dịch vụ nông nghiệp", "Hợp tác xã Tân Phú"}},
		{"Tổ công tác và đội tình nguyện", []string{"Tổ công tác", "đội tình nguyện"}},
		{"Ban Quản lý chợ và UBND xã", []string{"Ban Quản lý chợ", "UBND xã"}},
		{"Hội Nông dân và Nhân dân các thôn", []string{"Hội Nông dân", "Nhân dân các thôn"}},
		{"Phòng Tư pháp và Trạm Y tế xã", []string{"Phòng Tư pháp", "Trạm Y tế xã"}},
		{"Phòng Nội vụ và Tư pháp", []string{"Phòng Nội vụ", "Tư pháp"}},
	} {
		var got []string
		for _, p := range closingAddressees(c.who) {
			if c.who[p.off:p.off+len(p.text)] != p.text {
				t.Errorf("%q: part %q at %d reads %q", c.who, p.text, p.off, c.who[p.off:])
			}
			got = append(got, p.text)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("closingAddressees(%q) = %q, want %q", c.who, got, c.want)
		}
	}
}
