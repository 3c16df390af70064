package tomlpos

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/source"
)

// decoder fills a struct from the values BurntSushi/toml parsed, with the
// positions from the index, and collects every problem instead of stopping
// at the first.
type decoder struct {
	src *source.File
	idx index
	lim Limits
	// paths are the key paths the fast parser built, nil when the
	// document was read by BurntSushi/toml.
	paths *paths
	errs  diag.List
	// warns are problems that do not stop the document from being read,
	// such as a key written under its old name.
	warns diag.List
	// dropped counts the problems past lim.MaxProblems, which are not
	// kept.
	dropped diag.Dropped
	stack   []frame // the tables being decoded, outermost first
}

// frame is a table being decoded.
type frame struct {
	path string
	info *structInfo
}

// Value is one TOML value on its way into a field. Fields that read
// their own values get one through Unmarshaler.
type Value struct {
	d    *decoder
	path string
	v    any
	// e is the index entry of path when found is set (nil: the index has
	// none), looked up on demand otherwise.
	e     *entry
	found bool
}

// entry returns the index entry of the value's path, nil for none.
func (v Value) entry() *entry {
	if v.found {
		return v.e
	}
	return v.d.idx[v.path]
}

// Unmarshaler is implemented by typed fields (dates, numbers, deadlines
// ...), which read and check their own values.
type Unmarshaler interface {
	DecodeTOML(v Value)
}

// StringTable is implemented by tables that may also be written as a
// plain string, such as a task item: items = ["Làm việc A", "Làm việc B"].
// DecodeTOMLString gets the string value.
type StringTable interface {
	DecodeTOMLString(v Value)
}

// Path returns the key path of the value: "tasks.groups[1].items[0]".
func (v Value) Path() string { return v.path }

// Raw returns the value as the TOML parser gave it: a string, int64,
// float64, bool, time.Time, []any or map[string]any.
func (v Value) Raw() any { return v.v }

// Index returns the i-th element of an array value, given as e.
func (v Value) Index(i int, e any) Value {
	if a, ok := v.v.([]any); ok {
		if ps := v.d.elemPaths(v.path, len(a)); ps != nil {
			return Value{d: v.d, path: ps[i].path, v: e, e: ps[i].e, found: true}
		}
	}
	return Value{d: v.d, path: JoinIndex(v.path, i), v: e}
}

// Pos returns where the value starts, or else where its key or table is.
func (v Value) Pos() diag.Pos { return v.d.entryPos(v.path, v.entry()) }

// Fail records a problem with the value.
func (v Value) Fail(rule string, msg, fix diag.Text) {
	v.d.add(v.Pos(), rule, msg, fix)
}

// Text is a string value read for a text field: S is NFC-normalised with
// white space folded; Tok is the string token in the source, which maps
// a byte of S back to the character typed.
type Text struct {
	S   string
	Pos diag.Pos
	Tok *Token
}

// Text reads the value as a text field; ok is false (and a problem
// recorded) when it is not a string, is too long, or holds forbidden
// characters.
func (v Value) Text() (Text, bool) {
	s, ok := v.v.(string)
	if !ok {
		v.WrongType(KindString)
		return Text{}, false
	}
	e := v.entry()
	f := e.factsOf(s) // its length, NFC, white space and forbidden characters, in one pass
	if n := f.Runes; v.d.lim.MaxTextLen > 0 && n > v.d.lim.MaxTextLen {
		v.Fail("too-long", diag.Msg("văn bản dài %s ký tự, quá giới hạn %s", "the text is %s characters long, over the limit of %s", diag.Count(n), diag.Count(v.d.lim.MaxTextLen)),
			orDefault(v.d.lim.TextFix, diag.Msg("rút ngắn văn bản này", "shorten this text")))
		return Text{}, false
	}
	norm, fold, hasFold := source.NormalizeFoldMap(s, f)
	t := Text{S: norm, Pos: v.Pos()}
	if e != nil && e.valOff >= 0 && e.valEnd > e.valOff {
		t.Tok = &Token{File: v.d.src, Off: e.valOff, Raw: v.d.src.Text[e.valOff:e.valEnd], Stable: f.Stable, fold: fold, preset: hasFold}
	}
	return t, v.checkRunes(t, f.Bad, f.BadRune)
}

func orDefault(t, def diag.Text) diag.Text {
	if t.IsZero() {
		return def
	}
	return t
}

// checkRunes rejects control and invisible format characters, pointing at
// the first one: r at offset i of the string read (source.FirstBad), i < 0
// when there is none.
func (v Value) checkRunes(t Text, i int, r rune) bool {
	if i >= 0 {
		pos := t.Pos
		if t.Tok != nil {
			_, m := decodeToken(t.Tok.Raw, true)
			if i < len(m) {
				pos = v.d.src.Pos(t.Tok.Off + m[i])
			}
		}
		v.d.add(pos, "control-char",
			diag.Msg("ký tự ẩn hoặc ký tự điều khiển U+%04X trong văn bản", "invisible or control character U+%04X in text", r),
			diag.Msg("xóa ký tự này (thường do dán từ Word hoặc trang web); nếu cần xuống dòng, tách thành nhiều mục",
				"delete the character (it usually comes from pasting from Word or a web page); to break a line, split the text into several entries"))
		return false
	}
	return true
}

func (d *decoder) add(pos diag.Pos, rule string, msg, fix diag.Text) {
	f := diag.Finding{Pos: pos, Rule: rule, Severity: diag.Error, Message: msg, Fix: fix}
	if d.full() {
		d.dropped.Add(f)
		return
	}
	d.errs = append(d.errs, f)
}

// full reports that lim.MaxProblems are kept: the rest are only counted.
func (d *decoder) full() bool { return d.lim.MaxProblems > 0 && len(d.errs) >= d.lim.MaxProblems }

// problemCap sums up the problems past the limit.
var problemCap = diag.Cap{Rule: "too-many-problems", Noun: diag.Msg("lỗi", "problems")}

// warn records a problem that does not stop the document from being read.
func (d *decoder) warn(pos diag.Pos, rule string, msg, fix diag.Text) {
	if d.lim.MaxProblems > 0 && len(d.warns) >= d.lim.MaxProblems {
		return
	}
	d.warns = append(d.warns, diag.Finding{Pos: pos, Rule: rule, Severity: diag.Warning, Message: msg, Fix: fix})
}

// finish sorts the problems found, the warnings among them, and says how
// many more were left out.
func (d *decoder) finish() diag.List {
	all := append(append(diag.List(nil), d.errs...), d.warns...)
	c := problemCap
	c.Max = len(all)
	return c.Apply(all, d.dropped)
}

// entryPos is where the value at path starts, whose index entry is e (nil
// for none); for a table, where its header or first key is.
func (d *decoder) entryPos(path string, e *entry) diag.Pos {
	if e != nil {
		if e.valOff >= 0 {
			return d.src.Pos(e.valOff)
		}
		return d.src.Pos(e.keyOff)
	}
	return d.tablePos(path)
}

// keyPos is where the key of path is written.
func (d *decoder) keyPos(path string) diag.Pos {
	if e := d.idx[path]; e != nil {
		return d.src.Pos(e.keyOff)
	}
	return d.tablePos(path)
}

// tablePos finds a table with no header of its own (made by dotted keys or
// by deeper headers) by its first key; the root is line 1.
func (d *decoder) tablePos(path string) diag.Pos {
	if path == "" {
		return diag.Pos{Path: d.src.Path, Line: 1, Col: 1}
	}
	if e := d.idx[path]; e != nil {
		return d.src.Pos(e.keyOff)
	}
	best := -1
	dot, bracket := path+".", path+"["
	for p, e := range d.idx {
		if strings.HasPrefix(p, dot) || strings.HasPrefix(p, bracket) {
			if best < 0 || e.keyOff < best {
				best = e.keyOff
			}
		}
	}
	if best >= 0 {
		return d.src.Pos(best)
	}
	return d.tablePos(parentPath(path))
}

func parentPath(path string) string {
	i := strings.LastIndexAny(path, ".[")
	if i < 0 {
		return ""
	}
	return path[:i]
}

// decode reads v into rv.
func (d *decoder) decode(path string, v any, rv reflect.Value) {
	d.decodeValue(Value{d: d, path: path, v: v}, rv)
}

// decodeValue reads val into rv.
func (d *decoder) decodeValue(val Value, rv reflect.Value) {
	v := val.v
	if rv.CanAddr() {
		if fd, ok := rv.Addr().Interface().(Unmarshaler); ok {
			fd.DecodeTOML(val)
			return
		}
	}
	switch rv.Kind() {
	case reflect.Pointer:
		p := reflect.New(rv.Type().Elem())
		d.decodeValue(val, p.Elem())
		rv.Set(p)
	case reflect.Struct:
		d.decodeStruct(val, rv)
	case reflect.Slice:
		d.decodeSlice(val, rv)
	case reflect.Map:
		d.decodeMap(val, rv)
	case reflect.String:
		if s, ok := v.(string); ok {
			rv.SetString(source.Normalize(s))
		} else {
			val.WrongType(KindString)
		}
	case reflect.Float64:
		d.decodeFloat(val, rv)
	case reflect.Int:
		if n, ok := v.(int64); ok {
			rv.SetInt(n)
		} else {
			val.WrongType(KindInteger)
		}
	case reflect.Bool:
		if b, ok := v.(bool); ok {
			rv.SetBool(b)
		} else {
			val.WrongType(KindBool)
		}
	default:
		panic(fmt.Sprintf("tomlpos: no decoder for %s", rv.Type()))
	}
}

func (d *decoder) decodeFloat(val Value, rv reflect.Value) {
	switch n := val.v.(type) {
	case int64:
		rv.SetFloat(float64(n))
	case float64:
		rv.SetFloat(n)
	default:
		val.WrongType(KindNumber)
	}
}

func (d *decoder) decodeMap(val Value, rv reflect.Value) {
	m, ok := val.v.(map[string]any)
	if !ok || rv.Type().Key().Kind() != reflect.String {
		val.WrongType(KindTable)
		return
	}
	out := reflect.MakeMapWithSize(rv.Type(), len(m))
	for _, k := range d.sortedKeys(val.path, m) {
		e := reflect.New(rv.Type().Elem()).Elem()
		d.decodeValue(k.value(d, m[k.k]), e)
		out.SetMapIndex(reflect.ValueOf(k.k).Convert(rv.Type().Key()), e)
	}
	rv.Set(out)
}

func (d *decoder) decodeSlice(val Value, rv reflect.Value) {
	var elems []any
	switch v := val.v.(type) {
	case []any:
		elems = v
	case []map[string]any:
		for _, m := range v {
			elems = append(elems, m)
		}
	default:
		val.WrongType(KindArray)
		return
	}
	if lim := d.lim.MaxListLen; lim > 0 && len(elems) > lim {
		val.Fail("too-long", diag.Msg("danh sách có %s mục, quá giới hạn %s", "the list has %s entries, over the limit of %s", diag.Count(len(elems)), diag.Count(lim)),
			orDefault(d.lim.ListFix, diag.Msg("chia danh sách thành nhiều tệp", "split the list into several files")))
		return
	}
	if lim := d.lim.MaxNesting; lim > 0 && nesting(val.path) > lim {
		val.Fail("too-deep", diag.Msg("%s lồng nhau quá %d cấp", "%s nest more than %d deep", orDefault(d.lim.NestingName, diag.Msg("các mảng bảng", "arrays of tables")), lim),
			orDefault(d.lim.NestingFix, diag.Msg("đưa bớt các mục lên cấp trên", "move entries up a level")))
		return
	}
	s := reflect.MakeSlice(rv.Type(), len(elems), len(elems))
	built := d.elemPaths(val.path, len(elems))
	for i, e := range elems {
		if built != nil {
			d.decodeValue(Value{d: d, path: built[i].path, v: e, e: built[i].e, found: true}, s.Index(i))
		} else {
			d.decode(JoinIndex(val.path, i), e, s.Index(i))
		}
	}
	rv.Set(s)
}

func (d *decoder) decodeStruct(val Value, rv reflect.Value) {
	info := structInfoOf(rv.Type())
	if _, ok := val.v.(string); ok {
		if ts, ok := rv.Addr().Interface().(StringTable); ok {
			ts.DecodeTOMLString(val)
			info.setPos(rv, val.Pos())
			return
		}
	}
	m, ok := val.v.(map[string]any)
	if !ok {
		val.WrongType(KindTable)
		return
	}
	if e := val.entry(); e != nil {
		info.setPos(rv, d.src.Pos(e.keyOff)) // tablePos, its look-up done
	} else {
		info.setPos(rv, d.tablePos(val.path))
	}
	d.stack = append(d.stack, frame{val.path, info})
	defer func() { d.stack = d.stack[:len(d.stack)-1] }()
	for _, k := range d.sortedKeys(val.path, m) {
		key := k.k
		f, ok := info.byKey[key]
		if !ok {
			if f, ok = info.renamed[key]; ok && d.oldKey(val.path, key, f, m) {
				d.decodeValue(k.value(d, m[key]), rv.Field(f.index))
			} else if !ok {
				d.unknownKey(val.path, key, info)
			}
			continue
		}
		d.decodeValue(k.value(d, m[key]), rv.Field(f.index))
	}
	for _, f := range info.fields {
		if f.required && !f.given(m) {
			d.missing(val.path, f)
		}
	}
}

// oldKey reports a key written under its old name (a "was" tag), which
// is still read, with a warning saying what to write instead; given with
// its new name too, it is an error and is not read.
func (d *decoder) oldKey(path, key string, f fieldInfo, m map[string]any) bool {
	if _, both := m[f.key]; both {
		d.add(d.keyPos(JoinKey(path, key)), "renamed-key",
			diag.Msg("khóa %q là tên cũ của %q, mà %q đã có trong %s", "key %q is the old name of %q, which %[4]s already has", key, f.key, f.key, tableLabel(path)),
			diag.Msg("gộp nội dung vào %q và xóa %q", "merge the contents into %q and remove %q", f.key, key))
		return false
	}
	d.warn(d.keyPos(JoinKey(path, key)), "renamed-key",
		diag.Msg("khóa %q nay viết là %q; tệp vẫn được đọc", "key %q is now written %q; the file is still read", key, f.key),
		diag.Msg("đổi tên khóa thành %q", "rename the key to %q", f.key))
	return true
}

// tableKey is a key of a table and its path.
type tableKey struct {
	k, path string
	off     int    // where the key is written, -1 when the index has it not
	e       *entry // the index entry of path, nil for none
}

// value is the key's value v, with its path and index entry.
func (k tableKey) value(d *decoder, v any) Value {
	return Value{d: d, path: k.path, v: v, e: k.e, found: true}
}

// sortedKeys returns the keys of a table in the order they are written,
// each with its path: the path is built once (by the fast parser, which
// hands the table's keys with their paths, or here), for the look-up of
// its offset and for the decoding of its value.
func (d *decoder) sortedKeys(path string, m map[string]any) []tableKey {
	keys := d.builtKeys(path, len(m))
	if keys == nil {
		keys = make([]tableKey, 0, len(m))
		for k := range m {
			kp := JoinKey(path, k)
			keys = append(keys, tableKey{k, kp, -1, d.idx[kp]})
		}
	}
	for i := range keys {
		if e := keys[i].e; e != nil {
			keys[i].off = e.keyOff
		}
	}
	slices.SortFunc(keys, func(a, b tableKey) int {
		if a.off != b.off {
			return cmp.Compare(a.off, b.off)
		}
		return strings.Compare(a.k, b.k)
	})
	return keys
}

// structInfo is what the decoder needs to know of a model struct.
type structInfo struct {
	fields []fieldInfo
	byKey  map[string]fieldInfo
	// renamed maps old key names to their fields.
	renamed map[string]fieldInfo
	posIdx  int // index of the Pos field, or -1
}

type fieldInfo struct {
	key      string
	index    int
	required bool
	// unless is a key of the same table whose presence makes a required
	// field optional (toml:"date,required,unless=opening").
	unless string
	// was lists the key's old names (the tag was:"lead,intro"), still read
	// with a warning.
	was []string
	// vi lists Vietnamese names of the key (the tag vi:"nguoi_ky"), for
	// which the key is suggested.
	vi []string
	// table is set when the value is a table of keys ([meeting]), which
	// a clerk adds as a [header] line, not as key = value.
	table bool
	// sub is the struct a table or an array of tables holds ([meeting],
	// [[tasks.groups]]), nil for any other value; array is set for an
	// array of tables.
	sub   reflect.Type
	array bool
}

// given reports whether m holds the field, under its name or an old one,
// or holds the key that makes it optional.
func (f fieldInfo) given(m map[string]any) bool {
	if f.has(m, f.key) || f.has(m, f.unless) {
		return true
	}
	for _, k := range f.was {
		if f.has(m, k) {
			return true
		}
	}
	return false
}

// has reports whether m holds key k, an empty k never.
func (fieldInfo) has(m map[string]any, k string) bool {
	_, ok := m[k]
	return ok && k != ""
}

var structInfos sync.Map // reflect.Type -> *structInfo

func structInfoOf(t reflect.Type) *structInfo {
	if v, ok := structInfos.Load(t); ok {
		return v.(*structInfo)
	}
	info := &structInfo{byKey: map[string]fieldInfo{}, renamed: map[string]fieldInfo{}, posIdx: -1}
	for i := range t.NumField() {
		sf := t.Field(i)
		tag := sf.Tag.Get("toml")
		if sf.Name == "Pos" && sf.Type == reflect.TypeOf(diag.Pos{}) {
			info.posIdx = i
		}
		if tag == "" || tag == "-" || !sf.IsExported() {
			continue
		}
		f := ParseTag(sf)
		f2 := fieldInfo{key: f.Key, index: i, required: f.Required, unless: f.Unless, was: f.Was, vi: f.Vi, table: isTable(sf.Type)}
		f2.sub, f2.array = subTable(sf.Type)
		info.fields = append(info.fields, f2)
		info.byKey[f.Key] = f2
		for _, old := range f.Was {
			info.renamed[old] = f2
		}
	}
	structInfos.Store(t, info)
	return info
}

// isTable reports whether a field of type t is written as a table only:
// a struct that decodes no value of its own.
func isTable(t reflect.Type) bool {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	p := reflect.PointerTo(t)
	return t.Kind() == reflect.Struct &&
		!p.Implements(reflect.TypeFor[Unmarshaler]()) && !p.Implements(reflect.TypeFor[StringTable]())
}

// subTable returns the struct a field of type t holds as a table or an
// array of tables, and whether it is an array; nil for other values.
func subTable(t reflect.Type) (reflect.Type, bool) {
	array := false
	if t.Kind() == reflect.Slice {
		t, array = t.Elem(), true
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || !isTable(t) {
		return nil, false
	}
	return t, array
}

func (info *structInfo) setPos(rv reflect.Value, pos diag.Pos) {
	if info.posIdx >= 0 {
		rv.Field(info.posIdx).Set(reflect.ValueOf(pos))
	}
}

func (info *structInfo) keys() []string {
	keys := make([]string, len(info.fields))
	for i, f := range info.fields {
		keys[i] = f.key
	}
	return keys
}

// LocalDate returns v as a TOML local date. It reports whether v was a
// date-time value at all, and records a problem when it has a time of day.
func (v Value) LocalDate() (time.Time, bool) {
	t, ok := v.v.(time.Time)
	if !ok {
		return t, false
	}
	if t.Location().String() != "date-local" {
		v.Fail("bad-value",
			diag.Msg("ở đây cần một ngày, không kèm giờ", "a date without a time of day is needed here"),
			diag.Msg("viết ngày dạng 2024-04-12", "write the date as 2024-04-12"))
		if t.Location().String() == "time-local" {
			return t, true // a time alone has no year to tell of as well
		}
	}
	if t.Year() < 1 {
		// TOML takes year 0000, which no calendar has.
		v.Fail("bad-value",
			diag.Msg("ngày %s không có thật: không có năm 0", "the date %s is not real: there is no year 0", t.Format(time.DateOnly)),
			diag.Msg("kiểm tra lại năm", "check the year"))
	}
	return t, true
}

// nesting counts the arrays a key path runs through, itself included:
// "tasks.groups[0].items[2].items" is three deep.
func nesting(path string) int {
	return strings.Count(path, "[") + 1
}

// builtKeys returns the keys, with their paths, the fast parser read into
// the table of path, which holds n keys; nil when it read no such table.
// Each table is decoded once, and sorts the slice in place.
func (d *decoder) builtKeys(path string, n int) []tableKey {
	if d.paths == nil {
		return nil
	}
	if keys, ok := d.paths.keys[path]; ok && len(keys) == n {
		return keys
	}
	return nil
}

// elemPaths returns the paths of the n elements of the array of path as
// the fast parser built them, nil when it read no such array.
func (d *decoder) elemPaths(path string, n int) []elemPath {
	if d.paths == nil {
		return nil
	}
	if ps, ok := d.paths.elems[path]; ok && len(ps) == n {
		return ps
	}
	return nil
}
