package check

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/tomlpos"
)

// MaxRegistrySize is the largest registry read: a hundred thousand
// documents in CSV.
const MaxRegistrySize = 64 << 20

// registryLimits let a registry hold every document of an office over
// many years; an entry's subject is one trích yếu.
var registryLimits = tomlpos.Limits{MaxTextLen: 4096, MaxListLen: 1_000_000, MaxNesting: 2, MaxProblems: 100,
	ListFix: diag.Msg("chia sổ văn bản thành nhiều tệp", "split the registry into several files"),
	KeyFix: diag.Msg("sau tên khóa là dấu = rồi giá trị; các khóa của một văn bản là type, number, date, issuer, subject",
		"after the key come = and its value; a document's keys are type, number, date, issuer, subject"),
	TableFix: diag.Msg("mỗi văn bản của sổ mở bằng dòng [[documents]]", "each document of the registry opens with the line [[documents]]")}

// Registry lists documents known to exist, so that citations of them can
// be checked: a citation of a number it does not hold is reported, and one
// whose date or issuer differs from it is an error.
type Registry struct {
	docs  []Known
	byKey map[string][]int
}

// Known is one registered document.
type Known struct {
	Type    string   `toml:"type"`
	Number  string   `toml:"number,required"`
	Date    string   `toml:"date"`
	Issuer  string   `toml:"issuer"`
	Subject string   `toml:"subject"`
	Pos     diag.Pos `toml:"-"`
	num     cite.Number
	date    cite.Date
}

type registryFile struct {
	Documents []Known `toml:"documents"`
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{byKey: map[string][]int{}} }

// LoadRegistry reads a registry: TOML ([[documents]] with number, date,
// issuer, type, subject) or CSV with a header row naming those columns.
func LoadRegistry(path string) (*Registry, error) {
	src, err := readRegistry(path)
	if err != nil {
		return nil, err
	}
	var docs []Known
	if strings.EqualFold(filepath.Ext(path), ".csv") {
		docs, err = readCSV(path, src)
	} else {
		var f registryFile
		_, err = tomlpos.DecodeBytes(path, src, &f, MaxRegistrySize, registryLimits)
		docs = f.Documents
		if ext := strings.ToLower(filepath.Ext(path)); err != nil && ext != ".toml" {
			err = notRegistryKind(path)
		} else if err != nil && len(f.Documents) == 0 && isNoticeSource(src) {
			err = noticeNotRegistry(path)
		}
	}
	if err != nil {
		return nil, err
	}
	if len(docs) == 0 {
		return nil, emptyRegistry(path)
	}
	r := NewRegistry()
	var bad diag.List
	for _, d := range docs {
		if err := r.Add(d); err != nil {
			msg, fix := entryFault(d, err)
			bad = append(bad, diag.Finding{Pos: d.Pos, Rule: "registry", Severity: diag.Error, Message: msg, Fix: fix})
		}
	}
	if len(bad) > 0 {
		return nil, bad
	}
	return r, nil
}

func readCSV(path string, src []byte) ([]Known, error) {
	rd := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(src, []byte{0xEF, 0xBB, 0xBF})))
	rd.FieldsPerRecord = -1
	head, err := rd.Read()
	if err != nil {
		return nil, csvFinding(path, err)
	}
	col := map[string]int{}
	for i, h := range head {
		if k := registryColumn(h); k != "" {
			if _, seen := col[k]; !seen {
				col[k] = i
			}
		}
	}
	if _, ok := col["number"]; !ok {
		return nil, diag.List{{Pos: diag.Pos{Path: path, Line: 1, Col: 1}, Rule: "registry", Severity: diag.Error,
			Message: diag.Msg("dòng tiêu đề của sổ văn bản không có cột số, ký hiệu", "the registry's header row has no column of numbers"),
			Fix: diag.Msg("dòng đầu ghi tên cột: Tên loại, Số ký hiệu, Ngày ban hành, Cơ quan ban hành, Trích yếu (hoặc type,number,date,issuer,subject)",
				"name the columns in the first row: type,number,date,issuer,subject (or in Vietnamese: Tên loại, Số ký hiệu, Ngày ban hành, Cơ quan ban hành, Trích yếu)")}}
	}
	var out []Known
	for {
		rec, err := rd.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, csvFinding(path, err)
		}
		line, _ := rd.FieldPos(0)
		get := func(k string) string {
			if i, ok := col[k]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		out = append(out, Known{Type: get("type"), Number: get("number"), Date: get("date"), Issuer: get("issuer"),
			Subject: get("subject"), Pos: diag.Pos{Path: path, Line: line, Col: 1}})
	}
}

// csvFinding places a CSV error of a registry on its line and column.
func csvFinding(path string, err error) error {
	f := diag.Finding{Pos: diag.Pos{Path: path, Line: 1, Col: 1}, Rule: "registry", Severity: diag.Error,
		Message: diag.Msg("sổ văn bản không đọc được dạng CSV", "the registry cannot be read as CSV"),
		Fix:     diag.Msg("mỗi dòng một văn bản, các cột cách nhau bằng dấu phẩy; ô có dấu phẩy đặt trong ngoặc kép", "one document a line, columns separated by commas; quote a cell that holds a comma")}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		f.Pos.Line, f.Pos.Col = pe.Line, max(1, pe.Column)
		if errors.Is(pe.Err, csv.ErrQuote) || errors.Is(pe.Err, csv.ErrBareQuote) {
			f.Message = diag.Msg("sổ văn bản: dấu ngoặc kép \" thừa hoặc thiếu", "registry: a stray or missing double quote \"")
		}
	}
	return diag.List{f}
}

// Add registers a document.
func (r *Registry) Add(d Known) error {
	n, err := cite.ParseNumber(d.Number)
	if err != nil {
		return err
	}
	d.num = n
	if d.Date != "" {
		if d.date, err = parseAnyDate(d.Date); err != nil {
			return err
		}
	}
	r.docs = append(r.docs, d)
	k := n.Key()
	r.byKey[k] = append(r.byKey[k], len(r.docs)-1)
	return nil
}

// entryFault says what is wrong with an entry of the registry that Add
// refused, in words a clerk reads ("sổ văn bản: 2026-13-01: not a real
// calendar date" was the Go error, in English in both languages).
func entryFault(d Known, err error) (msg, fix diag.Text) {
	if _, nerr := cite.ParseNumber(d.Number); nerr != nil {
		return diag.Msg("sổ văn bản: số, ký hiệu %q không đúng dạng", "registry: the number %q is not of the right form", d.Number),
			diag.Msg("viết số, ký hiệu như 12/TB-UBND hoặc 15/2024/NĐ-CP", "write the number like 12/TB-UBND or 15/2024/NĐ-CP")
	}
	if errors.Is(err, cite.ErrNotReal) {
		return diag.Msg("sổ văn bản: ngày %q không có thật", "registry: the date %q is not a real date", d.Date),
			diag.Msg("sửa ngày ban hành của văn bản này", "correct this document's date")
	}
	return diag.Msg("sổ văn bản: không đọc được ngày %q", "registry: cannot read the date %q", d.Date),
		diag.Msg("viết ngày như 08/6/2026 hoặc 2026-06-08", "write the date like 08/6/2026 or 2026-06-08")
}

func parseAnyDate(s string) (cite.Date, error) {
	if ds := cite.FindDates(s); len(ds) == 1 && ds[0].Date.IsReal() {
		return ds[0].Date, nil
	}
	return cite.ParseISO(s)
}

// Find returns the registered documents with a number.
func (r *Registry) Find(n cite.Number) []Known {
	var out []Known
	for _, i := range r.byKey[n.Key()] {
		out = append(out, r.docs[i])
	}
	return out
}

// Len is the number of registered documents.
func (r *Registry) Len() int { return len(r.docs) }

// Digest identifies the registry's content.
func (r *Registry) Digest() string {
	if r == nil {
		return ""
	}
	var lines []string
	for _, d := range r.docs {
		lines = append(lines, strings.Join([]string{d.Type, d.Number, d.Date, d.Issuer}, "|"))
	}
	sort.Strings(lines)
	h := sha256.Sum256([]byte(strings.Join(lines, "\n")))
	return hex.EncodeToString(h[:8])
}
