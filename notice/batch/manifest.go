package batch

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/output"
	"github.com/thongbao/thongbao/notice/reading"
	"github.com/thongbao/thongbao/notice/source"
)

// ManifestName is the manifest of an unsharded run; a shard writes
// manifest-I-of-N.json so that shards can share an output directory.
const ManifestName = "manifest.json"

// Manifest records what a batch made of each source. It holds no times:
// two runs over the same input write the same manifest.
type Manifest struct {
	Version int     `json:"version"`
	Tool    string  `json:"tool"`    // the tool's version
	Options string  `json:"options"` // a digest of everything besides a source that shapes its outputs and findings
	Sources []Entry `json:"sources"`
	// Path is the file the manifest was read from, if any.
	Path string `json:"-"`
}

// Entry is one source.
type Entry struct {
	Source   string   `json:"source"` // relative path, forward slashes
	SHA256   string   `json:"sha256"` // of the source, and of the configuration that applies to it
	Status   string   `json:"status"` // rendered, refused (errors found), failed (could not be read or rendered), or checked (a Word or text notice: checked, never rendered)
	Outputs  []Output `json:"outputs,omitempty"`
	Findings int      `json:"findings"`
	Rules    []string `json:"rules,omitempty"` // the rule ids of its findings, sorted, once each
	// Lookups are the citations of other notices of the archive it makes,
	// and Archive a digest of what the archive answered: when the answers
	// change, the findings may, and the source is checked again.
	Lookups []string `json:"lookups,omitempty"`
	Archive string   `json:"archive,omitempty"`
	// Notice is what the archive keeps of the source (its number, date and
	// issuer), so that a rerun need not load an unchanged source to know
	// it; nil for a draft, which has no number yet.
	Notice *Archived `json:"notice,omitempty"`
}

// Archived is a source as the archive knows it.
type Archived struct {
	Number string `json:"number"`
	Date   string `json:"date"`
	Issuer string `json:"issuer"`
}

// Output is one file written for a source.
type Output struct {
	Path   string `json:"path"` // relative to the output directory, forward slashes
	SHA256 string `json:"sha256"`
	Size   int64  `json:"size"`
}

// Statuses of an entry.
const (
	Rendered = "rendered"
	Refused  = "refused"
	Failed   = "failed"
	Checked  = "checked"
)

const manifestVersion = 1

// MaxManifestSize is the largest manifest read: some hundred thousand
// sources.
const MaxManifestSize = 512 << 20

// manifestFix says what to do with a batch's own manifest that cannot be
// read: the reader's advice is for a notice ("name the notice's own
// file").
func manifestFix(err error) error {
	var list diag.List
	if !errors.As(err, &list) {
		return err
	}
	out := slices.Clone(list)
	for i := range out {
		out[i].Fix = diag.Msg("xóa hoặc đổi tên %s trong thư mục kết quả; lần chạy sau làm lại tất cả và ghi tệp manifest.json mới",
			"remove or rename %s in the output directory; the next run does everything again and writes a new manifest", filepath.Base(out[i].Pos.Path))
	}
	return out
}

// ReadManifest reads a manifest. A missing file is an error that
// errors.Is os.ErrNotExist; a damaged one, or one that names a path
// outside the output directory or outputs its sources do not make,
// ErrBadManifest: a manifest is input from disk, not trusted state. A
// manifest that cannot be read (a directory, a device) is a finding.
func ReadManifest(path string) (*Manifest, error) {
	if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("read manifest: %w", err)
	}
	b, err := source.Read(path, MaxManifestSize)
	if err != nil {
		return nil, err
	}
	m := &Manifest{Path: path}
	if err := json.Unmarshal(b, m); err != nil {
		return nil, fmt.Errorf("read manifest %s: %w: %w", path, ErrBadManifest, err)
	}
	if m.Version != manifestVersion {
		return nil, fmt.Errorf("read manifest %s: %w: version %d, this tool writes %d", path, ErrBadManifest, m.Version, manifestVersion)
	}
	for _, e := range m.Sources {
		if err := e.check(); err != nil {
			return nil, fmt.Errorf("read manifest %s: %w: %w", path, ErrBadManifest, err)
		}
	}
	return m, nil
}

// check refuses an entry whose source is not a local path, or whose
// outputs are not the ones its source's path derives.
func (e Entry) check() error {
	if !localSource(e.Source) {
		return fmt.Errorf("source %q is not a path inside the archive", e.Source)
	}
	if !strings.EqualFold(path.Ext(e.Source), ".toml") && len(e.Outputs) > 0 {
		return fmt.Errorf("source %q is checked, not rendered, yet has outputs", e.Source)
	}
	for _, o := range e.Outputs {
		if !slices.Contains(derivedOutputs(e.Source), o.Path) {
			return fmt.Errorf("output %q is not one that %q makes", o.Path, e.Source)
		}
	}
	return nil
}

// localSource reports whether rel names a source inside the tree: a TOML
// source, which batch renders, or a Word or text notice, which it checks.
func localSource(rel string) bool {
	return rel != "" && filepath.IsLocal(filepath.FromSlash(rel)) && !strings.Contains(rel, "\\") &&
		slices.Contains(reading.Exts, strings.ToLower(path.Ext(rel)))
}

// derivedOutputs are the only outputs a source may have: its relative
// path with the extension of each format.
func derivedOutputs(rel string) []string {
	base := strings.TrimSuffix(rel, path.Ext(rel))
	return []string{base + ".md", base + ".pdf"}
}

// mergeFinding says why manifests cannot be merged.
func mergeFinding(path string, what diag.Text) error {
	return diag.List{{Pos: diag.Pos{Path: path}, Rule: "merge-manifests", Severity: diag.Error,
		Message: diag.Msg("không gộp được: %s", "cannot merge: %s", what),
		Fix:     diag.Msg("gộp các tệp manifest của cùng một lần chạy theo phần (--shard), cùng phiên bản và cùng tùy chọn", "merge the manifests of one sharded run, made by the same version with the same options")}}
}

// ErrBadManifest says a manifest is damaged or of another format: a batch
// then redoes everything and writes a new one.
var ErrBadManifest = errors.New("damaged manifest or of another version")

// Write writes the manifest atomically, sorted, one source per line,
// encoding each entry as it is written.
func (m *Manifest) Write(path string) error {
	m.Version = manifestVersion
	sort.Slice(m.Sources, func(i, j int) bool { return m.Sources[i].Source < m.Sources[j].Source })
	return writeManifest(path, m.Tool, m.Options, len(m.Sources), func(i int) ([]byte, error) {
		return entryLine(m.Sources[i])
	})
}

// entryLine is e as its line of the manifest, without the newline.
func entryLine(e Entry) ([]byte, error) {
	var line bytes.Buffer
	enc := json.NewEncoder(&line)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(e); err != nil {
		return nil, fmt.Errorf("write manifest: %w", err)
	}
	return bytes.TrimSuffix(line.Bytes(), []byte("\n")), nil
}

// writeManifest writes a manifest of n entries atomically, the line of
// entry i given by line(i). It streams them to the file: a batch writes
// its manifest every few seconds, and must not cost its size in memory
// for it.
func writeManifest(path, tool, options string, n int, line func(i int) ([]byte, error)) error {
	return output.WriteStream(path, 0o644, func(w io.Writer) error {
		bw := bufio.NewWriter(w)
		head, err := json.Marshal(struct {
			Version int    `json:"version"`
			Tool    string `json:"tool"`
			Options string `json:"options"`
		}{manifestVersion, tool, options})
		if err != nil {
			return fmt.Errorf("write manifest: %w", err)
		}
		bw.Write(head[:len(head)-1])
		bw.WriteString(",\n\"sources\": [")
		for i := range n {
			b, err := line(i)
			if err != nil {
				return err
			}
			if i > 0 {
				bw.WriteByte(',')
			}
			bw.WriteString("\n  ")
			bw.Write(b)
		}
		bw.WriteString("\n]}\n")
		return bw.Flush()
	})
}

// entries indexes a manifest by source.
func (m *Manifest) entries() map[string]Entry {
	out := make(map[string]Entry, len(m.Sources))
	for _, e := range m.Sources {
		out[e.Source] = e
	}
	return out
}

// Merge combines the manifests of shards into one. They must come from
// the same tool with the same options, and agree on any source they share.
// Problems name the manifest by its Path.
func Merge(ms []*Manifest) (*Manifest, error) {
	out := &Manifest{Version: manifestVersion}
	seen := map[string]Entry{}
	for i, m := range ms {
		if i == 0 {
			out.Tool, out.Options = m.Tool, m.Options
		} else if m.Tool != out.Tool || m.Options != out.Options {
			return nil, mergeFinding(m.Path, diag.Msg("tệp manifest thứ %d được tạo bởi phiên bản %s với tùy chọn %.12s, tệp đầu bởi %s với tùy chọn %.12s",
				"manifest %d was made by %s with options %.12s, the first by %s with options %.12s", i+1, m.Tool, m.Options, out.Tool, out.Options))
		}
		for _, e := range m.Sources {
			if prev, ok := seen[e.Source]; ok {
				if prev.SHA256 != e.SHA256 || prev.Status != e.Status {
					return nil, mergeFinding(m.Path, diag.Msg("%s khác nhau giữa các tệp manifest", "%s differs between the manifests", e.Source))
				}
				continue
			}
			seen[e.Source] = e
			out.Sources = append(out.Sources, e)
		}
	}
	sort.Slice(out.Sources, func(i, j int) bool { return out.Sources[i].Source < out.Sources[j].Source })
	return out, nil
}
