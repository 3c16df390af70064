package diag

import "fmt"

// RuleFault is the id of the finding that says thongbao failed on a file
// by a fault of its own, not of the file.
const RuleFault = "internal-fault"

// Fault turns a panic met while one notice was read, checked or rendered
// into that notice's finding, so that the files after it are still
// done: one notice never stops the check or the batch of an archive. The
// fault's own words are kept at the end, for whoever mends the program.
func Fault(path string, p any) List {
	code := fmt.Sprint(p)
	return List{{Pos: Pos{Path: path}, Rule: RuleFault, Severity: Error,
		Message: Msg("thongbao gặp lỗi của chính chương trình khi xử lý tệp này (không phải lỗi của tệp); tệp chưa được kiểm tra",
			"thongbao met a fault of its own while working on this file (not a fault of the file); the file was not checked"),
		Fix: Msg("các tệp khác vẫn được xử lý; xin gửi tệp này kèm dòng này cho người bảo trì thongbao (mã lỗi: %s)",
			"the other files are still done; please send this file with this line to thongbao's maintainers (fault: %s)", code)}}
}
