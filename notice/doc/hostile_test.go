package doc

import (
	"encoding/binary"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/thongbao/thongbao/notice/diag"
)

const sample = "../../testdata/word-doc/tables-word.doc"

func readSample(t testing.TB) []byte {
	data, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// entryOf is the offset in data of the directory entry named name.
func entryOf(t *testing.T, data []byte, name string) int {
	c, err := openCFB("x", data)
	if err != nil {
		t.Fatal(err)
	}
	le := binary.LittleEndian
	for i, s := 0, le.Uint32(data[0x30:]); s <= maxRegSect; s = c.next(s) {
		off := (int(s) + 1) << c.shift
		for k := 0; k < c.sectorSize(); k += 128 {
			if c.dir[i].name == name {
				return off + k
			}
			i++
		}
	}
	t.Fatalf("no entry %s", name)
	return 0
}

// wordStart is the offset in data of the WordDocument stream's first
// sector (it is over the mini stream cutoff).
func wordStart(t *testing.T, data []byte) int {
	e := entryOf(t, data, "WordDocument")
	return (int(binary.LittleEndian.Uint32(data[e+0x74:])) + 1) << 9
}

// TestHostile: a damaged, hostile or unreadable .doc gets one finding of
// its rule, at once; never a crash, a hang or a text.
func TestHostile(t *testing.T) {
	le := binary.LittleEndian
	cases := []struct {
		name, rule string
		edit       func(t *testing.T, d []byte) []byte
	}{
		{"truncated header", RuleDamaged, func(t *testing.T, d []byte) []byte { return d[:300] }},
		{"truncated half", RuleDamaged, func(t *testing.T, d []byte) []byte { return d[:len(d)/2] }},
		{"sector shift", RuleDamaged, func(t *testing.T, d []byte) []byte { le.PutUint16(d[0x1E:], 20); return d }},
		{"FAT loop", RuleDamaged, func(t *testing.T, d []byte) []byte {
			fat := (int(le.Uint32(d[0x4C:])) + 1) << 9
			e := entryOf(t, d, "WordDocument")
			s := le.Uint32(d[e+0x74:])
			le.PutUint32(d[fat+4*int(s):], s) // the stream's first sector points to itself
			return d
		}},
		{"DIFAT loop", RuleDamaged, func(t *testing.T, d []byte) []byte {
			le.PutUint32(d[0x44:], 0)
			le.PutUint32(d[0x48:], 1)
			for i := 0; i < 512; i += 4 {
				le.PutUint32(d[512+i:], 0) // sector 0 is its own next DIFAT sector
			}
			return d
		}},
		{"sector out of range", RuleDamaged, func(t *testing.T, d []byte) []byte {
			e := entryOf(t, d, "WordDocument")
			le.PutUint32(d[e+0x74:], 0x00FFFFF0)
			return d
		}},
		{"absurd size", RuleDamaged, func(t *testing.T, d []byte) []byte {
			e := entryOf(t, d, "WordDocument")
			le.PutUint32(d[e+0x78:], 0xFFFFFF00)
			return d
		}},
		{"no WordDocument", RuleOldVersion, func(t *testing.T, d []byte) []byte {
			e := entryOf(t, d, "WordDocument")
			copy(d[e:], []byte("X\x00"))
			return d
		}},
		{"encrypted", RuleEncrypted, func(t *testing.T, d []byte) []byte {
			w := wordStart(t, d)
			le.PutUint16(d[w+0x0A:], le.Uint16(d[w+0x0A:])|0x0100)
			return d
		}},
		{"Word 95", RuleOldVersion, func(t *testing.T, d []byte) []byte {
			le.PutUint16(d[wordStart(t, d)+2:], 0x0068)
			return d
		}},
		{"text longer than the stream", RuleDamaged, func(t *testing.T, d []byte) []byte {
			le.PutUint32(d[wordStart(t, d)+0x4C:], 0x00FFFFFF)
			return d
		}},
		{"CLX past the table", RuleDamaged, func(t *testing.T, d []byte) []byte {
			le.PutUint32(d[wordStart(t, d)+0x1A2:], 0x7FFFFFF0)
			return d
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := c.edit(t, readSample(t))
			start := time.Now()
			_, err := Read("t.doc", data)
			if time.Since(start) > 2*time.Second {
				t.Errorf("took %v", time.Since(start))
			}
			var list diag.List
			if !errors.As(err, &list) || len(list) != 1 || list[0].Rule != c.rule {
				t.Fatalf("Read = %v, want one %s finding", err, c.rule)
			}
			if list[0].Message.VI == "" || list[0].Message.EN == "" || list[0].Fix.VI == "" {
				t.Errorf("finding lacks words: %+v", list[0])
			}
		})
	}
}

// TestSample: the header table's first row is read as its two cells.
func TestSample(t *testing.T) {
	d, err := Read("t.doc", readSample(t))
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Listing().Lines[0].Text; got != "UBND TỈNH QUẢNG TRỊ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" {
		t.Errorf("first line %q", got)
	}
}

// FuzzRead: no input makes Read panic, and an error is a finding list.
func FuzzRead(f *testing.F) {
	f.Add(readSample(f))
	for _, name := range []string{"textboxes", "group-header", "first-page-header"} {
		if data, err := os.ReadFile("../../testdata/word-doc/" + name + ".doc"); err == nil {
			f.Add(data)
		}
	}
	f.Add(Magic)
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Read("f.doc", data)
		if err != nil {
			var list diag.List
			if !errors.As(err, &list) || len(list) != 1 {
				t.Fatalf("error %v is not one finding", err)
			}
			return
		}
		_ = d.Listing().Text()
	})
}
