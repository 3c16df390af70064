package check

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/source"
	"github.com/thongbao/thongbao/notice/tomlpos"
)

// registryFix is what to do with a file that is no registry: the advice
// source.Read gives is meant for a notice.
var registryFix = diag.Msg("chỉ --registry tới tệp sổ văn bản dạng .csv hoặc .toml (mỗi văn bản một dòng: số, ký hiệu, ngày, cơ quan ban hành)",
	"point --registry at the registry file, .csv or .toml (one document a line: number, date, issuer)")

// readRegistry reads the bytes of a registry, refusing a file that cannot
// be one: another kind of file, a folder, a binary file, an empty file.
func readRegistry(path string) ([]byte, error) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return nil, registryFault(path, diag.Msg("%s là một thư mục, không phải tệp sổ văn bản", "%s is a folder, not a registry file", path),
			diag.Msg("chỉ --registry tới chính tệp sổ văn bản (.csv hoặc .toml) trong thư mục", "point --registry at the registry file itself (.csv or .toml) in the folder"))
	}
	src, err := source.Read(path, MaxRegistrySize)
	if err != nil {
		var l diag.List
		if !errors.As(err, &l) {
			return nil, err
		}
		out := make(diag.List, len(l))
		for i, f := range l {
			f.Message, f.Fix = diag.Msg("sổ văn bản: %s", "registry: %s", f.Message), registryFix
			out[i] = f
		}
		return nil, out
	}
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, registryFault(path, diag.Msg("sổ văn bản %s là tệp nhị phân (Excel, Word, ảnh...), không phải văn bản", "the registry %s is a binary file (Excel, Word, an image...), not text", filepath.Base(path)),
			diag.Msg("lưu sổ văn bản dạng CSV (trong Excel: Tệp > Lưu thành > CSV UTF-8) rồi chỉ --registry tới tệp đó", "save the registry as CSV (in Excel: File > Save As > CSV UTF-8) and point --registry at it"))
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(src, []byte("\ufeff")))) == 0 {
		return nil, emptyRegistry(path)
	}
	return src, nil
}

// emptyRegistry says a registry holds no document: every citation would
// be reported as unregistered.
func emptyRegistry(path string) error {
	return registryFault(path, diag.Msg("sổ văn bản %s không có văn bản nào để đối chiếu", "the registry %s lists no document to check against", filepath.Base(path)),
		diag.Msg("ghi các văn bản đã ban hành vào sổ, mỗi văn bản một dòng, hoặc kiểm tra không dùng --registry", "list the documents issued in it, one a line, or check without --registry"))
}

func registryFault(path string, msg, fix diag.Text) error {
	return diag.List{{Pos: diag.Pos{Path: path}, Rule: "registry", Severity: diag.Error, Message: msg, Fix: fix}}
}

// notRegistryKind says a file of another kind than .csv or .toml did not
// read as a TOML registry (such a file is read as TOML, as it always was).
func notRegistryKind(path string) error {
	return registryFault(path, diag.Msg("sổ văn bản %s không phải tệp .csv hoặc .toml", "the registry %s is not a .csv or .toml file", filepath.Base(path)),
		diag.Msg("lưu sổ văn bản dạng CSV (trong Excel: Tệp > Lưu thành > CSV UTF-8) rồi chỉ --registry tới tệp đó", "save the registry as CSV (in Excel: File > Save As > CSV UTF-8) and point --registry at it"))
}

// isNoticeSource reports whether src is the TOML source of a notice (a
// number and a [signer] or [meeting] of its own), given as a registry.
func isNoticeSource(src []byte) bool {
	p := tomlpos.Peek(string(src))
	_, num := p.Value("number")
	return num && (bytes.Contains(src, []byte("[signer]")) || bytes.Contains(src, []byte("[meeting]")))
}

// noticeNotRegistry refuses a notice's source given as the registry: one
// finding, not an unknown key for each of its tables.
func noticeNotRegistry(path string) error {
	return registryFault(path, diag.Msg("%s là tệp nguồn của một thông báo, không phải sổ văn bản", "%s is the source of a notice, not a registry", filepath.Base(path)),
		diag.Msg("chỉ --registry tới sổ văn bản đã ban hành (.csv, hoặc .toml với mỗi văn bản một bảng [[documents]]: number, date, issuer); thông báo cần kiểm tra ghi sau các tùy chọn",
			"point --registry at the registry of issued documents (.csv, or .toml with a [[documents]] table for each: number, date, issuer); the notices to check come after the options"))
}
