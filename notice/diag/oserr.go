package diag

import (
	"errors"
	"io/fs"
	"syscall"
)

// OSReason says in both languages why the system refused a file
// operation, without Go's wording: "no such file or directory" becomes
// "không có tệp hoặc thư mục này".
func OSReason(err error) Text {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		if t, ok := errnoText[errno]; ok {
			return t
		}
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errnoText[syscall.ENOENT]
	case errors.Is(err, fs.ErrPermission):
		return errnoText[syscall.EACCES]
	}
	return Msg("%v", "%v", err)
}

var errnoText = map[syscall.Errno]Text{
	syscall.ENOENT:       Msg("không có tệp hoặc thư mục này", "there is no such file or directory"),
	syscall.EACCES:       Msg("không có quyền truy cập", "permission denied"),
	syscall.EPERM:        Msg("không được phép", "the operation is not permitted"),
	syscall.EISDIR:       Msg("đây là một thư mục", "it is a directory"),
	syscall.ENOTDIR:      Msg("một phần của đường dẫn không phải thư mục", "a part of the path is not a directory"),
	syscall.ELOOP:        Msg("liên kết tượng trưng lặp vòng", "the symbolic links loop"),
	syscall.ENOSPC:       Msg("ổ đĩa đã đầy", "the disk is full"),
	syscall.EROFS:        Msg("ổ đĩa chỉ cho đọc", "the file system is read-only"),
	syscall.EEXIST:       Msg("đã có tệp này", "the file exists"),
	syscall.ENAMETOOLONG: Msg("tên tệp quá dài", "the file name is too long"),
	syscall.EIO:          Msg("lỗi vào/ra của ổ đĩa", "an input/output error of the disk"),
	syscall.EDQUOT:       Msg("hết hạn mức dung lượng", "the disk quota is exceeded"),
}
