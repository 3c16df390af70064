package batch

import (
	"hash/fnv"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/reading"
	"github.com/thongbao/thongbao/notice/source"
)

// Source is one notice source of the batch.
type Source struct {
	Path string // as found, for reading and messages
	Rel  string // relative to its input root, with forward slashes: mirrored under the output
}

// Select picks the sources to process.
type Select struct {
	Include []string // globs a source must match (any); empty means all
	Exclude []string // globs a source must not match
	Shard   int      // 1..Of: process only this slice; 0 for all
	Of      int
}

// Walk finds the TOML sources in paths (files and directories), sorted by
// their relative path, filtered by sel's globs (not by its shard: every
// source of the archive is needed for the registry of citations). A
// directory's hidden entries and the output directory are not entered.
// What cannot be read is a finding of its own, and so is a source whose
// relative path another input already holds: both would be mirrored to
// the same outputs.
func Walk(paths []string, outDir string, sel Select) ([]Source, diag.List) {
	out, err := filepath.Abs(outDir)
	if err != nil {
		out = outDir
	}
	found, problems := source.Walk(paths, source.WalkOptions{
		Keep:    isSource,
		SkipDir: func(p string) bool { abs, _ := filepath.Abs(p); return abs == out },
	})
	var srcs []Source
	first := map[string]string{}
	have := map[string]bool{}
	for _, f := range found {
		have[f.Rel] = true
	}
	for _, f := range found {
		if rendered(f.Rel, have) {
			continue
		}
		if prev, ok := first[f.Rel]; ok {
			if !sameFile(prev, f.Path) {
				problems = append(problems, samePlace(f.Path, prev, f.Rel))
			} // the same file named twice (a.toml ./a.toml, dir dir/a.toml) is one source
			continue
		}
		first[f.Rel] = f.Path
		srcs = append(srcs, Source{Path: f.Path, Rel: f.Rel})
	}
	sort.Slice(srcs, func(i, j int) bool { return srcs[i].Rel < srcs[j].Rel })
	var kept []Source
	for _, s := range srcs {
		if sel.keeps(s.Rel) {
			kept = append(kept, s)
		}
	}
	return kept, problems
}

// isSource: a batch renders TOML sources and checks the notices written
// in Word or as text beside them.
func isSource(p string) bool {
	base := filepath.Base(p)
	return slices.Contains(reading.Exts, strings.ToLower(filepath.Ext(p))) && !strings.HasPrefix(base, "~$")
}

// rendered reports a Markdown file beside the TOML source it was rendered
// from: an output, not a notice of its own.
func rendered(rel string, have map[string]bool) bool {
	ext := path.Ext(rel)
	return strings.EqualFold(ext, ".md") && have[strings.TrimSuffix(rel, ext)+".toml"]
}

// sameFile reports whether two paths name one file.
func sameFile(a, b string) bool {
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	return err == nil && os.SameFile(fa, fb)
}

// samePlace refuses a source whose outputs would overwrite another's.
func samePlace(path, prev, rel string) diag.Finding {
	return diag.Finding{Pos: diag.Pos{Path: path}, Rule: "read-file", Severity: diag.Error,
		Message: diag.Msg("không trình bày: %s cũng có đường dẫn %s, kết quả của hai tệp sẽ ghi đè lên nhau", "not rendered: %s has the same path %s, and the outputs of the two would overwrite each other", prev, rel),
		Fix:     diag.Msg("trình bày mỗi thư mục vào một thư mục kết quả riêng (-o), hoặc đổi tên một tệp", "render each directory into an output directory of its own (-o), or rename one of the files")}
}

func (sel Select) keeps(rel string) bool {
	if len(sel.Include) > 0 && !matchAny(sel.Include, rel) {
		return false
	}
	if matchAny(sel.Exclude, rel) {
		return false
	}
	return true
}

// InShard reports whether a source belongs to the selected shard.
func (sel Select) InShard(rel string) bool {
	return sel.Of == 0 || ShardOf(rel, sel.Of) == sel.Shard
}

// MatchGlobs reports whether rel (a path with forward slashes) matches
// one of globs as --exclude and --include match them: check and tasks
// take the same globs as batch.
func MatchGlobs(globs []string, rel string) bool {
	return matchAny(globs, rel)
}

// matchAny matches globs against the relative path, and against the
// base name for a glob without "/": "*" stays within a directory, "**"
// crosses any number of them, "?" is one character.
func matchAny(globs []string, rel string) bool {
	for _, g := range globs {
		re := globRegexp(g)
		if re.MatchString(rel) || !strings.Contains(g, "/") && re.MatchString(path.Base(rel)) {
			return true
		}
	}
	return false
}

var globCache sync.Map // glob -> *regexp.Regexp

func globRegexp(g string) *regexp.Regexp {
	if re, ok := globCache.Load(g); ok {
		return re.(*regexp.Regexp)
	}
	var b strings.Builder
	b.WriteString("^")
	skip := 0
	for i, c := range g {
		switch {
		case i < skip:
			continue // the rest of a "**" or "**/"
		case strings.HasPrefix(g[i:], "**/"):
			b.WriteString("(?:.*/)?")
			skip = i + 3
		case strings.HasPrefix(g[i:], "**"):
			b.WriteString(".*")
			skip = i + 2
		case c == '*':
			b.WriteString("[^/]*")
		case c == '?':
			b.WriteString("[^/]")
		default:
			// A rune, not a byte: "nháp/**" matched nothing when each
			// byte of "á" was quoted as a character of its own.
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	b.WriteString("$")
	re := regexp.MustCompile(b.String())
	globCache.Store(g, re)
	return re
}

// ShardOf returns which of n shards (1..n) a source belongs to: a hash of
// its relative path, so that adding a source moves no other.
func ShardOf(rel string, n int) int {
	h := fnv.New64a()
	h.Write([]byte(rel))
	return int(h.Sum64()%uint64(n)) + 1
}
