package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/cite"
)

// registryColumns are the headings a clerk's register (sổ đăng ký văn bản
// đi, kept in Excel) gives its columns, folded, with the column of a
// registry each stands for: the CSV's header row may name its columns in
// Vietnamese as well as type, number, date, issuer, subject.
var registryColumns = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"số": "number", "số ký hiệu": "number", "số và ký hiệu": "number", "số hiệu": "number", "số văn bản": "number",
		"ngày": "date", "ngày ban hành": "date", "ngày tháng": "date", "ngày văn bản": "date", "ngày tháng văn bản": "date",
		"loại": "type", "tên loại": "type", "loại văn bản": "type", "tên loại văn bản": "type",
		"cơ quan ban hành": "issuer", "nơi ban hành": "issuer", "cơ quan": "issuer", "tác giả": "issuer",
		"trích yếu": "subject", "trích yếu nội dung": "subject", "nội dung": "subject",
		// Typed without diacritics, as column names often are.
		"so": "number", "so ky hieu": "number", "ngay": "date", "ngay ban hanh": "date", "loai": "type",
		"ten loai": "type", "co quan ban hanh": "issuer", "trich yeu": "subject",
	}
})

// registryColumn is the column of a registry a CSV heading names: its own
// name in English ("number"), or a clerk's Vietnamese heading ("Số, ký
// hiệu", "Ngày ban hành"); "" for any other.
func registryColumn(h string) string {
	k := strings.ToLower(strings.TrimSpace(h))
	switch k {
	case "type", "number", "date", "issuer", "subject":
		return k
	}
	k = cite.Fold(strings.NewReplacer(",", " ", "/", " ", "-", " ", ".", " ").Replace(k))
	return registryColumns()[strings.Join(strings.Fields(k), " ")]
}
