package batch

import (
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
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

// unreadable is the finding for a path given to batch that cannot be read.
func unreadable(path string, err error) error {
	return diag.List{{Pos: diag.Pos{Path: path}, Rule: "read-file", Severity: diag.Error,
		Message: diag.Msg("không đọc được: %s", "cannot read it: %s", diag.OSReason(err)),
		Fix:     diag.Msg("kiểm tra đường dẫn và quyền đọc", "check the path and that it may be read")}}
}

// Walk finds the TOML sources in paths (files and directories), sorted by
// their relative path, filtered by sel's globs (not by its shard: every
// source of the archive is needed for the registry of citations). A
// directory's hidden entries and the output directory are not entered.
func Walk(paths []string, outDir string, sel Select) ([]Source, error) {
	out, err := filepath.Abs(outDir)
	if err != nil {
		return nil, fmt.Errorf("walk sources: %w", err)
	}
	var srcs []Source
	seen := map[string]bool{}
	for _, root := range paths {
		fi, err := os.Stat(root)
		if err != nil {
			return nil, unreadable(root, err)
		}
		if !fi.IsDir() {
			srcs = appendSource(srcs, seen, root, filepath.Base(root))
			continue
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return unreadable(p, err)
			}
			if d.IsDir() {
				if abs, _ := filepath.Abs(p); abs == out || p != root && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.EqualFold(filepath.Ext(p), ".toml") && !strings.HasPrefix(d.Name(), ".") {
				rel, _ := filepath.Rel(root, p)
				srcs = appendSource(srcs, seen, p, filepath.ToSlash(rel))
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Slice(srcs, func(i, j int) bool { return srcs[i].Rel < srcs[j].Rel })
	var kept []Source
	for _, s := range srcs {
		if sel.keeps(s.Rel) {
			kept = append(kept, s)
		}
	}
	return kept, nil
}

func appendSource(srcs []Source, seen map[string]bool, path, rel string) []Source {
	if seen[rel] {
		return srcs // the same relative path twice would write the same outputs
	}
	seen[rel] = true
	return append(srcs, Source{Path: path, Rel: rel})
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
	for i := 0; i < len(g); i++ {
		switch c := g[i]; {
		case strings.HasPrefix(g[i:], "**/"):
			b.WriteString("(?:.*/)?")
			i += 2
		case strings.HasPrefix(g[i:], "**"):
			b.WriteString(".*")
			i++
		case c == '*':
			b.WriteString("[^/]*")
		case c == '?':
			b.WriteString("[^/]")
		default:
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
