package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"hash/crc32"
	"io"
	"net/url"
	"path"
	"strings"
	"sync"

	"github.com/klauspost/compress/flate"

	"github.com/thongbao/thongbao/notice/diag"
)

// pkg is the zip archive of a Word file, read part by part with every
// byte counted.
type pkg struct {
	path     string // the file, for findings
	data     []byte // the file's bytes
	huff     *huffTables
	files    map[string]*zip.File
	unpacked int64
	budget   *budget
	types    map[string]string // content type by part name
	pkgRels  []rel             // the package's own relationships, once read
	pkgRead  bool
}

func openPackage(path string, data []byte) (*pkg, error) {
	outer := bytes.NewReader(data)
	zr, err := zip.NewReader(outer, int64(len(data)))
	if err != nil && !(errors.Is(err, zip.ErrInsecurePath) && zr != nil) {
		return nil, damaged(path)
	}
	// klauspost's inflater unpacks the parts about twice as fast as the
	// standard library's; it is registered on this reader only.
	zr.RegisterDecompressor(zip.Deflate, func(r io.Reader) io.ReadCloser { return newInflater(direct(r, outer, data)) })
	if len(zr.File) > MaxEntries {
		return nil, tooLarge(path, diag.Msg("có hơn %s tệp bên trong", "it holds over %s files inside", diag.Count(MaxEntries)))
	}
	p := &pkg{path: path, data: data, files: make(map[string]*zip.File, len(zr.File)), budget: newBudget()}
	for _, f := range zr.File {
		k := partKey(f.Name)
		if _, dup := p.files[k]; !dup {
			p.files[k] = f
		}
	}
	return p, nil
}

// direct gives the inflater a part's compressed bytes as a *bytes.Reader,
// which it reads byte by byte as it is, where it would put a
// bufio.Reader of its own around the archive's section reader.
func direct(r io.Reader, outer *bytes.Reader, data []byte) io.Reader {
	sr, ok := r.(*io.SectionReader)
	if !ok {
		return r
	}
	ra, off, n := sr.Outer()
	if ra != io.ReaderAt(outer) || off < 0 || n < 0 || off > int64(len(data))-n {
		return r
	}
	return bytes.NewReader(data[off : off+n])
}

// inflaters keeps the inflaters of parts read and closed: each holds a
// 32 KB window, which the dozen parts of a file would otherwise allocate
// a dozen times.
var inflaters sync.Pool

func newInflater(r io.Reader) io.ReadCloser {
	if f, ok := inflaters.Get().(io.ReadCloser); ok {
		if f.(flate.Resetter).Reset(r, nil) == nil {
			return &inflater{f}
		}
	}
	return &inflater{flate.NewReader(r)}
}

// inflater is a pooled inflater, given back to the pool when closed.
type inflater struct{ f io.ReadCloser }

func (in *inflater) Read(b []byte) (int, error) {
	if in.f == nil {
		return 0, errClosed
	}
	return in.f.Read(b)
}

func (in *inflater) Close() error {
	if in.f == nil {
		return nil
	}
	err := in.f.Close()
	inflaters.Put(in.f)
	in.f = nil
	return err
}

var errClosed = errors.New("read of a closed part")

// partKey normalises a part name: part names are case-insensitive, and
// some writers put a leading slash or backslashes in the zip.
func partKey(name string) string {
	name = strings.ReplaceAll(name, `\`, "/")
	return strings.ToLower(strings.TrimPrefix(name, "/"))
}

func (p *pkg) has(name string) bool { return p.files[partKey(name)] != nil }

// read unpacks a part; ok is false when the archive has no such part.
func (p *pkg) read(name string) (data []byte, ok bool, err error) {
	f := p.files[partKey(name)]
	if f == nil {
		return nil, false, nil
	}
	room := min(int64(MaxPartSize), MaxUnpackedSize-p.unpacked)
	bomb := tooLarge(p.path, diag.Msg("phần %s khi giải nén lớn hơn %d MiB", "its part %s unpacks to more than %d MiB", name, MaxPartSize>>20))
	if room < MaxPartSize {
		bomb = tooLarge(p.path, diag.Msg("khi giải nén lớn hơn %d MiB", "it unpacks to more than %d MiB", MaxUnpackedSize>>20))
	}
	if f.UncompressedSize64 > uint64(room) {
		return nil, true, bomb
	}
	if data, ok := p.inflate(f); ok {
		p.unpacked += int64(len(data))
		return data, true, nil
	}
	rc, err := f.Open()
	if err != nil {
		if errors.Is(err, zip.ErrAlgorithm) {
			return nil, true, unreadable(p.path, diag.Msg("phần %s được nén theo cách Word không dùng", "its part %s is compressed in a way Word does not use", name))
		}
		return nil, true, broken(p.path, name, diag.Msg("không giải nén được", "cannot be unpacked"))
	}
	defer rc.Close()
	data, err = readAll(io.LimitReader(rc, room+1), int(min(int64(f.UncompressedSize64), room)+1))
	p.unpacked += int64(len(data))
	if int64(len(data)) > room {
		return nil, true, bomb
	}
	if err != nil {
		return nil, true, broken(p.path, name, diag.Msg("không giải nén được", "cannot be unpacked"))
	}
	return data, true, nil
}

// inflate unpacks a deflated part in one go, straight from the file's
// bytes into a buffer of the size the archive gives, and checks it
// against the archive's checksum; ok is false for anything else (a part
// stored or with a data descriptor, a size or checksum that does not
// match, a broken stream), which read then unpacks through archive/zip
// and so tells what is wrong as it always did.
func (p *pkg) inflate(f *zip.File) ([]byte, bool) {
	if f.Method != zip.Deflate || f.Flags&0x8 != 0 || strings.HasSuffix(f.Name, "/") {
		return nil, false
	}
	off, err := f.DataOffset()
	if err != nil || off < 0 || f.CompressedSize64 > uint64(len(p.data)) || off > int64(len(p.data))-int64(f.CompressedSize64) {
		return nil, false
	}
	if p.huff == nil {
		p.huff = &huffTables{}
	}
	out := make([]byte, f.UncompressedSize64)
	if !inflate(out, p.data[off:off+int64(f.CompressedSize64)], p.huff) {
		return nil, false
	}
	if f.CRC32 != 0 && crc32.ChecksumIEEE(out) != f.CRC32 {
		return nil, false
	}
	return out, true
}

// readAll reads r to its end into a buffer of the size the archive
// announces, growing it only when the announcement was short.
func readAll(r io.Reader, size int) ([]byte, error) {
	b := make([]byte, 0, size)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
	}
}

// xml reads and parses a part; a missing part gives a nil tree.
func (p *pkg) xml(name string) (*tree, error) { return p.xmlKeep(name, nil) }

// xmlKeep reads and parses a part, keeping only what keep keeps.
func (p *pkg) xmlKeep(name string, keep keepFunc) (*tree, error) {
	return p.parse(name, keep, true)
}

// xmlFew is xmlKeep for a part of which keep keeps little: its tree
// grows as it is read.
func (p *pkg) xmlFew(name string, keep keepFunc) (*tree, error) {
	return p.parse(name, keep, false)
}

// parse reads and parses a part; sized says to size its tree from its
// bytes.
func (p *pkg) parse(name string, keep keepFunc, sized bool) (*tree, error) {
	data, ok, err := p.read(name)
	if err != nil || !ok {
		return nil, err
	}
	t, err := parseTree(data, p.budget, keep, sized)
	if err != nil {
		var xe *xmlError
		if errors.As(err, &xe) && xe.tooMuch {
			return nil, tooLarge(p.path, diag.Msg("phần %s %s", "its part %s %s", name, xe.why))
		}
		if errors.As(err, &xe) {
			return nil, broken(p.path, name, xe.why)
		}
		return nil, broken(p.path, name, diag.Msg("không đọc được", "cannot be read"))
	}
	return t, nil
}

// rel is one relationship of a part.
type rel struct {
	id, typ, target string
}

// rels reads the relationships of a part ("" for the package itself).
// Targets are resolved to part names; external targets are left out.
func (p *pkg) rels(source string) ([]rel, error) {
	if source != "" {
		return p.relsOf(source)
	}
	// The package's are asked for the main part, then for the
	// properties: they are read once.
	if !p.pkgRead {
		r, err := p.relsOf(source)
		if err != nil {
			return nil, err
		}
		p.pkgRels, p.pkgRead = r, true
	}
	return p.pkgRels, nil
}

func (p *pkg) relsOf(source string) ([]rel, error) {
	name := "_rels/.rels"
	if source != "" {
		name = path.Join(path.Dir(source), "_rels", path.Base(source)+".rels")
	}
	t, err := p.xml(name)
	if t == nil || err != nil {
		return nil, err
	}
	var out []rel
	for k := t.nodes[0].first; k >= 0; k = t.nodes[k].next {
		if t.nodes[k].name != "Relationship" {
			continue
		}
		id, _ := t.attr(k, nsNone, "Id")
		typ, _ := t.attr(k, nsNone, "Type")
		target, _ := t.attr(k, nsNone, "Target")
		if mode, _ := t.attr(k, nsNone, "TargetMode"); strings.EqualFold(mode, "External") || target == "" {
			continue
		}
		out = append(out, rel{id: id, typ: relType(typ), target: resolveTarget(source, target)})
	}
	return out, nil
}

// relType is the last segment of a relationship type, the same in
// transitional and strict files: "officeDocument", "styles", "header".
func relType(t string) string { return t[strings.LastIndexByte(t, '/')+1:] }

func resolveTarget(source, target string) string {
	if strings.Contains(target, "%") {
		if u, err := url.PathUnescape(target); err == nil {
			target = u
		}
	}
	target = strings.ReplaceAll(target, `\`, "/")
	if strings.HasPrefix(target, "/") {
		return path.Clean(target)[1:]
	}
	return strings.TrimPrefix(path.Clean(path.Join(path.Dir(source), target)), "/")
}

// contentTypes reads [Content_Types].xml: the overrides by part name.
func (p *pkg) contentTypes() error {
	t, err := p.xml("[Content_Types].xml")
	if t == nil || err != nil {
		return err
	}
	p.types = map[string]string{}
	for k := t.nodes[0].first; k >= 0; k = t.nodes[k].next {
		if t.nodes[k].name == "Override" {
			n, _ := t.attr(k, nsNone, "PartName")
			ct, _ := t.attr(k, nsNone, "ContentType")
			p.types[partKey(n)] = strings.ToLower(ct)
		}
	}
	return nil
}

// mainPart finds the main document part, or says what the archive is
// when it is not a Word document.
func (p *pkg) mainPart() (string, error) {
	if err := p.contentTypes(); err != nil {
		return "", err
	}
	rels, err := p.rels("")
	if err != nil {
		return "", err
	}
	main := ""
	for _, r := range rels {
		if r.typ == "officeDocument" {
			main = r.target
			break
		}
	}
	if main == "" && p.has("word/document.xml") {
		main = "word/document.xml"
	}
	if main == "" {
		return "", notWord(p.path, p.whatElse())
	}
	if what, ok := otherOffice(p.types[partKey(main)], main); ok {
		return "", notWord(p.path, what)
	}
	if !p.has(main) {
		return "", broken(p.path, main, diag.Msg("(nội dung chính của văn bản) không có trong tệp", "(the main text of the document) is missing"))
	}
	return main, nil
}

// otherOffice names an Office file that is not a Word document, from the
// content type of its main part or, without one, from its name.
func otherOffice(ct, main string) (diag.Text, bool) {
	switch {
	case strings.Contains(ct, "spreadsheetml") || strings.Contains(ct, "ms-excel") || strings.HasPrefix(main, "xl/"):
		return diag.Msg("bảng tính Excel", "an Excel workbook"), true
	case strings.Contains(ct, "presentationml") || strings.Contains(ct, "ms-powerpoint") || strings.HasPrefix(main, "ppt/"):
		return diag.Msg("bản trình chiếu PowerPoint", "a PowerPoint presentation"), true
	case ct != "" && !strings.Contains(ct, "wordprocessingml") && !strings.Contains(ct, "ms-word"):
		return diag.Msg("một tệp Office không phải Word", "an Office file other than Word"), true
	}
	return diag.Text{}, false
}

// whatElse names an archive that has no Word document in it.
func (p *pkg) whatElse() diag.Text {
	if data, ok, err := p.read("mimetype"); ok && err == nil {
		mt := string(bytes.TrimSpace(data[:min(len(data), 200)]))
		switch {
		case strings.HasSuffix(mt, "opendocument.text"):
			return diag.Msg("văn bản OpenDocument (.odt)", "an OpenDocument text (.odt)")
		case strings.HasSuffix(mt, "opendocument.spreadsheet"):
			return diag.Msg("bảng tính OpenDocument (.ods)", "an OpenDocument spreadsheet (.ods)")
		case strings.Contains(mt, "epub"):
			return diag.Msg("sách điện tử EPUB", "an EPUB book")
		}
	}
	return diag.Msg("một tệp nén (zip) chứa thứ khác", "a zip archive of something else")
}
