package main

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/thongbao/thongbao/cmd/thongbao/internal/cacheenv"
	"github.com/thongbao/thongbao/notice/cache"
	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/source"
)

// checker checks files with the options of one run, through the cache of
// earlier results unless --no-cache (or THONGBAO_CACHE=off).
type checker struct {
	opts  check.Options
	cache *cache.Cache   // nil: no cache
	base  []byte         // the digest of what every key of this run shares
	bufs  source.Buffers // the sources' buffers, handed back by a cache hit
	wd    string         // the working directory, "" unknown
}

// abs is path made absolute against the run's working directory, read
// once: config.For made a relative path absolute with os.Getwd, two
// system calls a file.
func (ck *checker) abs(path string) string {
	if ck.wd == "" || filepath.IsAbs(path) {
		return path
	}
	return filepath.Join(ck.wd, path)
}

// settleTime is how long after its last write, or change of its
// metadata, a file's stamp is trusted to stand for its content: file
// systems keep times in ticks of up to a few milliseconds (2 s on FAT),
// and two writes of the same size within one tick leave the same stamp.
const settleTime = 2 * time.Second

// stampClock is the time a file's stamp is taken at (tests move it on, for
// files just written to count as settled).
var stampClock = time.Now

// cacheDirEnv names the cache directory instead of the user's (tests use
// it); THONGBAO_CACHE=off (0, false, no) turns the cache off.
const cacheDirEnv = "THONGBAO_CACHE_DIR"

func newChecker(e *env, opts check.Options, noCache bool) *checker {
	ck := &checker{opts: opts}
	ck.wd, _ = os.Getwd()
	dir := os.Getenv(cacheDirEnv)
	if dir == "" {
		dir = cache.Dir()
	}
	if noCache || cacheOff(e) || dir == "" {
		return ck
	}
	ck.cache = cache.Open(dir, 0)
	// Hashed once: the key of each file hashes this digest, not the list.
	sum := sha256.Sum256(runKey(opts))
	ck.base = sum[:]
	return ck
}

// runKey is what the findings of any file of this run depend on besides
// the file and its configuration: the tool (its version, and the binary
// itself, so that a build between two runs never answers from the other's
// results), the rules, the registry and the date deadlines are compared
// with.
func runKey(opts check.Options) []byte {
	k := []byte(version())
	if exe, err := os.Executable(); err == nil {
		if fi, err := os.Stat(exe); err == nil {
			k = append(k, "|"+exe+"|"+strconv.FormatInt(fi.Size(), 10)+"|"+strconv.FormatInt(fi.ModTime().UnixNano(), 10)...)
		}
	}
	for _, r := range check.Rules() {
		k = append(k, "|"+r.ID+":"+r.Severity.String()+":"+r.Ref...)
	}
	k = append(k, "|registry:"+opts.Registry.Digest()...)
	k = append(k, "|today:"+opts.Today.ISO()...)
	return k
}

// cacheOff reads THONGBAO_CACHE: off, 0, false or no turn the cache off;
// unset, on, 1, true or yes leave it on. Any other value leaves it on and
// is told once, on standard error: "THONGBAO_CACHE=tắt" or a folder there
// were ignored in silence.
func cacheOff(e *env) bool {
	v := os.Getenv(cacheenv.Name)
	switch cacheenv.Parse(v) {
	case cacheenv.Off:
		return true
	case cacheenv.Unknown:
		hint := e.tr("dùng off (hoặc 0, false, no) để tắt, on để bật", "use off (or 0, false, no) to turn it off, on to turn it on")
		if cacheenv.LooksLikeFolder(v) {
			hint = e.tr("thư mục lưu đặt bằng "+cacheDirEnv+"; ", "the folder is set by "+cacheDirEnv+"; ") + hint
		}
		fmt.Fprintf(e.stderr, "%s\n    %s\n", e.tr(fmt.Sprintf("thongbao: không hiểu %s=%q, vẫn dùng kết quả đã lưu", cacheenv.Name, v),
			fmt.Sprintf("thongbao: %s=%q is not understood; the cache stays on", cacheenv.Name, v)), hint)
	}
	return false
}
