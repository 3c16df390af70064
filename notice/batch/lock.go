package batch

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"time"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/output"
)

// LockName is the lock file a batch holds in its output directory while it
// runs, so that a second batch on the same directory (a shard, or the same
// command run twice) does not remove the first one's temporary files or
// write the same outputs at the same time. The system releases the lock
// when the process ends, however it ends.
const LockName = ".thongbao.lock"

// ErrLocked means another run holds the output directory.
var ErrLocked = errors.New("another batch is running on the output directory")

// lockDir takes the lock of dir, waiting while another run holds it:
// waiting is called once, when the wait starts. It gives up when ctx is
// done.
func lockDir(ctx context.Context, dir string, waiting func()) (release func(), err error) {
	p := filepath.Join(dir, LockName)
	f, err := os.OpenFile(p, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, output.Failure(p, err)
	}
	for told := false; ; {
		ok, err := tryLock(f)
		if err != nil {
			f.Close()
			return nil, output.Failure(p, err)
		}
		if ok {
			return func() { unlock(f); f.Close() }, nil
		}
		if !told && waiting != nil {
			waiting()
			told = true
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, lockedFinding(dir)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func lockedFinding(dir string) error {
	return diag.List{{Pos: diag.Pos{Path: dir}, Rule: "write-file", Severity: diag.Error,
		Message: diag.Msg("một lần chạy batch khác đang ghi vào thư mục kết quả này", "another batch is writing into this output directory"),
		Fix:     diag.Msg("chờ lần chạy kia xong rồi chạy lại, hoặc chọn thư mục kết quả khác", "wait for the other run to finish and run again, or choose another output directory")}}
}
