package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	kflate "github.com/klauspost/compress/flate"

	dx "github.com/thongbao/thongbao/notice/docx/docxtest"
)

// stdInflate is the reference: compress/flate, the data it gives and
// whether it gave it without error (and within 16 MiB: a stream that
// unpacks to more is not compared, only refused at smaller sizes).
func stdInflate(src []byte) ([]byte, bool) {
	const limit = 16 << 20
	out, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(src)), limit+1))
	return out, err == nil && len(out) <= limit
}

// checkInflate holds inflate to compress/flate on one stream: the same
// bytes where compress/flate reads it, nothing where it does not, and
// nothing when the size asked for is not the stream's.
func checkInflate(t *testing.T, name string, src []byte, mustRead bool) {
	t.Helper()
	want, ok := stdInflate(src)
	h := &huffTables{}
	if !ok {
		for _, n := range []int{0, 1, 100, 1 << 16} {
			if inflate(make([]byte, n), src, h) {
				t.Fatalf("%s: inflate reads a stream compress/flate refuses", name)
			}
		}
		return
	}
	got := make([]byte, len(want))
	if !inflate(got, src, h) {
		if mustRead {
			t.Fatalf("%s: inflate refuses a stream compress/flate reads (%d bytes)", name, len(want))
		}
		return
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s: inflate gives other bytes than compress/flate", name)
	}
	if inflate(make([]byte, len(want)+1), src, h) {
		t.Fatalf("%s: inflate fills a buffer longer than the data", name)
	}
	if len(want) > 0 && inflate(make([]byte, len(want)-1), src, h) {
		t.Fatalf("%s: inflate fills a buffer shorter than the data", name)
	}
}

// zipParts calls f with the raw stream of every deflated entry of a zip.
func zipParts(t *testing.T, data []byte, f func(name string, raw []byte)) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return
	}
	for _, e := range zr.File {
		if e.Method != zip.Deflate {
			continue
		}
		r, err := e.OpenRaw()
		if err != nil {
			continue
		}
		raw, err := io.ReadAll(r)
		if err != nil {
			continue
		}
		f(e.Name, raw)
	}
}

// wordFiles are the Word files of the repository's test data, and Word
// twins of a notice in every shape.
func wordFiles(t *testing.T) map[string][]byte {
	files := map[string][]byte{}
	for _, pat := range []string{"../../testdata/real/*.docx", "../../testdata/broken/*.docx", "testdata/producers/*.docx"} {
		paths, _ := filepath.Glob(pat)
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			files[p] = data
		}
	}
	if len(files) < 12 {
		t.Fatalf("%d Word files, want the 12 or more of testdata", len(files))
	}
	tw := dx.Twin{
		Left: []string{"UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", "Số: 12/TB-SCT"}, Parent: 1,
		Right: []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lào Cai, ngày 02 tháng 12 năm 2026"},
		Title: "THÔNG BÁO", Subject: []string{"Kết luận của Giám đốc Sở tại cuộc họp giao ban"},
		Recipients: []dx.TwinLine{{Text: "Nơi nhận:", Label: true}, {Text: "- Như trên;"}, {Text: "- Lưu: VT."}},
		Signer:     []string{"GIÁM ĐỐC"}, Name: "Nguyễn Văn A",
	}
	for i := range 40 {
		tw.Body = append(tw.Body, dx.TwinPara{Text: strings.Repeat("Các phòng chuyên môn triển khai thực hiện nhiệm vụ được giao. ", i%7+1)})
	}
	for _, s := range dx.Shapes {
		files["twin-"+s.String()] = tw.Doc(s).Bytes()
	}
	return files
}

// TestInflateWordFiles unpacks every part of the Word files of testdata
// and of Word twins both ways.
func TestInflateWordFiles(t *testing.T) {
	n := 0
	for name, data := range wordFiles(t) {
		zipParts(t, data, func(part string, raw []byte) {
			n++
			checkInflate(t, name+":"+part, raw, !strings.Contains(name, "broken"))
		})
	}
	if n < 100 {
		t.Fatalf("%d parts unpacked, want 100 or more", n)
	}
}

// TestInflateStreams unpacks streams of every kind of block: stored,
// fixed and dynamic codes, long and overlapping matches, from both
// compressors, at every level.
func TestInflateStreams(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	real, _ := os.ReadFile("../../testdata/real/laocai-sct-tb-1894-2026-04.docx")
	var xml []byte
	zipParts(t, real, func(part string, raw []byte) {
		if part == "word/document.xml" {
			xml, _ = stdInflate(raw)
		}
	})
	if len(xml) == 0 {
		t.Fatal("no document.xml in the real file")
	}
	random := make([]byte, 70000)
	for i := range random {
		random[i] = byte(rng.Uint32())
	}
	runs := bytes.Repeat([]byte("a"), 100000)
	inputs := map[string][]byte{
		"empty": nil, "one": []byte("x"), "xml": xml, "random": random, "runs": runs,
		"short-runs": bytes.Repeat([]byte("abcab"), 30000), "xml-and-random": append(append([]byte{}, xml...), random[:5000]...),
	}
	for name, in := range inputs {
		for level := -2; level <= 9; level++ {
			var b bytes.Buffer
			w, _ := flate.NewWriter(&b, level)
			w.Write(in)
			w.Close()
			checkInflate(t, name+"/flate", b.Bytes(), true)
			b.Reset()
			kw, _ := kflate.NewWriter(&b, level)
			kw.Write(in)
			kw.Close()
			checkInflate(t, name+"/klauspost", b.Bytes(), true)
		}
	}
	// A stream flushed in the middle holds an empty stored block.
	var b bytes.Buffer
	w, _ := flate.NewWriter(&b, 6)
	w.Write(xml[:1000])
	w.Flush()
	w.Write(xml[1000:])
	w.Close()
	checkInflate(t, "flushed", b.Bytes(), true)
	// Cut and damaged streams.
	for _, cut := range []int{1, 2, 5, 100, b.Len() / 2, b.Len() - 1} {
		checkInflate(t, "cut", b.Bytes()[:cut], false)
	}
	for range 300 {
		d := bytes.Clone(b.Bytes())
		d[rng.IntN(len(d))] ^= byte(1 << rng.IntN(8))
		checkInflate(t, "damaged", d, false)
	}
}

// TestReadInflates holds the fast path to its use: a real file's parts
// are all unpacked by inflate, and it reads the same as through
// archive/zip alone.
func TestReadInflates(t *testing.T) {
	data, err := os.ReadFile("../../testdata/real/laocai-ubnd-tb-ket-luan-2026-06.docx")
	if err != nil {
		t.Fatal(err)
	}
	p, err := openPackage("f.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	for name, f := range p.files {
		if f.Method != zip.Deflate {
			continue
		}
		fast, ok := p.inflate(f)
		if !ok {
			t.Fatalf("%s: not unpacked by inflate", name)
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		slow, err := io.ReadAll(rc)
		rc.Close()
		if err != nil || !bytes.Equal(fast, slow) {
			t.Fatalf("%s: inflate and archive/zip differ", name)
		}
	}
}

// FuzzInflate holds inflate to compress/flate on any stream.
func FuzzInflate(f *testing.F) {
	for _, s := range []string{"hello hello hello", strings.Repeat("<w:r><w:t>x</w:t></w:r>", 50)} {
		for _, level := range []int{0, 1, 6, -2} {
			var b bytes.Buffer
			w, _ := flate.NewWriter(&b, level)
			w.Write([]byte(s))
			w.Close()
			f.Add(b.Bytes())
		}
	}
	f.Add([]byte{0x03, 0x00})
	f.Add([]byte{0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, src []byte) {
		checkInflate(t, "fuzz", src, true)
	})
}
