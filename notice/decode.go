package notice

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// decoder fills the model from the values BurntSushi/toml parsed, with the
// positions from the index, and collects every problem instead of stopping
// at the first.
type decoder struct {
	src  *source
	idx  index
	errs diag.List
	// dropped counts the problems past MaxProblems, which are not kept;
	// droppedAt is where the first of them is.
	dropped   int
	droppedAt diag.Pos
	stack     []frame // the tables being decoded, outermost first
}

// frame is a table being decoded.
type frame struct {
	path string
	info *structInfo
}

// value is one TOML value on its way into a field.
type value struct {
	d    *decoder
	path string
	v    any
}

// fieldDecoder is implemented by the model's typed fields (dates, numbers,
// deadlines...), which read and check their own values.
type fieldDecoder interface {
	decodeTOML(v value)
}

// textSetter is implemented by tables that may also be written as a plain
// string, such as a task item: items = ["Làm việc A", "Làm việc B"].
type textSetter interface {
	setText(t Text)
}

// pos returns where the value starts, or else where its key or table is.
func (v value) pos() diag.Pos { return v.d.valuePos(v.path) }

// fail records a problem with the value.
func (v value) fail(rule string, msg, fix diag.Text) {
	v.d.add(v.pos(), rule, msg, fix)
}

// text reads the value as a Text field; ok is false (and a problem recorded)
// when it is not a string or holds forbidden characters.
func (v value) text() (Text, bool) {
	s, ok := v.v.(string)
	if !ok {
		v.wrongType(kindString)
		return Text{}, false
	}
	if n := utf8.RuneCountInString(s); n > MaxTextLen {
		v.fail("too-long", diag.Msg("văn bản dài %d ký tự, quá giới hạn %d", "the text is %d characters long, over the limit of %d", n, MaxTextLen),
			diag.Msg("tách thành nhiều đoạn (paragraphs) hoặc nhiều mục (items)", "split it into several paragraphs or items"))
		return Text{}, false
	}
	t := Text{S: normalize(s), Pos: v.pos()}
	if e := v.d.idx[v.path]; e != nil && e.valOff >= 0 && e.valEnd > e.valOff {
		t.tok = &token{src: v.d.src, off: e.valOff, raw: v.d.src.text[e.valOff:e.valEnd]}
	}
	return t, v.checkRunes(t, s)
}

// checkRunes rejects control and invisible format characters, pointing at
// the first one.
func (v value) checkRunes(t Text, s string) bool {
	for i, r := range s {
		if !badRune(r) {
			continue
		}
		pos := t.Pos
		if t.tok != nil {
			_, m := decodeToken(t.tok.raw, true)
			if i < len(m) {
				pos = v.d.src.pos(t.tok.off + m[i])
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
	if d.full() {
		d.drop(pos)
		return
	}
	d.errs = append(d.errs, diag.Finding{Pos: pos, Rule: rule, Severity: diag.Error, Message: msg, Fix: fix})
}

// full reports that MaxProblems are kept: the rest are only counted.
func (d *decoder) full() bool { return len(d.errs) >= MaxProblems }

// drop counts a problem that is not kept.
func (d *decoder) drop(pos diag.Pos) {
	if d.dropped++; d.dropped == 1 {
		d.droppedAt = pos
	}
}

// finish sorts the problems found and says how many more were left out.
func (d *decoder) finish() diag.List {
	d.errs.Sort()
	if d.dropped > 0 {
		d.errs = append(d.errs, diag.Finding{Pos: d.droppedAt, Rule: "too-many-problems", Severity: diag.Error,
			Message: diag.Msg("còn %d lỗi khác không liệt kê", "%d more problems are not listed", d.dropped),
			Fix:     diag.Msg("sửa các lỗi được liệt kê rồi chạy lại; tệp này có thể không phải một thông báo", "fix the problems listed and run again; this file may not be a notice")})
	}
	return d.errs
}

// valuePos is where the value at path starts; for a table, where its header
// or first key is.
func (d *decoder) valuePos(path string) diag.Pos {
	if e := d.idx[path]; e != nil {
		if e.valOff >= 0 {
			return d.src.pos(e.valOff)
		}
		return d.src.pos(e.keyOff)
	}
	return d.tablePos(path)
}

// keyPos is where the key of path is written.
func (d *decoder) keyPos(path string) diag.Pos {
	if e := d.idx[path]; e != nil {
		return d.src.pos(e.keyOff)
	}
	return d.tablePos(path)
}

// tablePos finds a table with no header of its own (made by dotted keys or
// by deeper headers) by its first key; the root is line 1.
func (d *decoder) tablePos(path string) diag.Pos {
	if path == "" {
		return diag.Pos{Path: d.src.path, Line: 1, Col: 1}
	}
	if e := d.idx[path]; e != nil {
		return d.src.pos(e.keyOff)
	}
	best := -1
	for p, e := range d.idx {
		if strings.HasPrefix(p, path+".") || strings.HasPrefix(p, path+"[") {
			if best < 0 || e.keyOff < best {
				best = e.keyOff
			}
		}
	}
	if best >= 0 {
		return d.src.pos(best)
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
	val := value{d: d, path: path, v: v}
	if rv.CanAddr() {
		if fd, ok := rv.Addr().Interface().(fieldDecoder); ok {
			fd.decodeTOML(val)
			return
		}
	}
	switch rv.Kind() {
	case reflect.Pointer:
		p := reflect.New(rv.Type().Elem())
		d.decode(path, v, p.Elem())
		rv.Set(p)
	case reflect.Struct:
		d.decodeStruct(val, rv)
	case reflect.Slice:
		d.decodeSlice(val, rv)
	case reflect.Map:
		d.decodeMap(val, rv)
	case reflect.String:
		if s, ok := v.(string); ok {
			rv.SetString(normalize(s))
		} else {
			val.wrongType(kindString)
		}
	case reflect.Float64:
		d.decodeFloat(val, rv)
	case reflect.Int:
		if n, ok := v.(int64); ok {
			rv.SetInt(n)
		} else {
			val.wrongType(kindInteger)
		}
	case reflect.Bool:
		if b, ok := v.(bool); ok {
			rv.SetBool(b)
		} else {
			val.wrongType(kindBool)
		}
	default:
		panic(fmt.Sprintf("notice: no decoder for %s", rv.Type()))
	}
}

func (d *decoder) decodeFloat(val value, rv reflect.Value) {
	switch n := val.v.(type) {
	case int64:
		rv.SetFloat(float64(n))
	case float64:
		rv.SetFloat(n)
	default:
		val.wrongType(kindNumber)
	}
}

func (d *decoder) decodeMap(val value, rv reflect.Value) {
	m, ok := val.v.(map[string]any)
	if !ok || rv.Type().Key().Kind() != reflect.String {
		val.wrongType(kindTable)
		return
	}
	out := reflect.MakeMapWithSize(rv.Type(), len(m))
	for _, k := range d.sortedKeys(val.path, m) {
		e := reflect.New(rv.Type().Elem()).Elem()
		d.decode(joinKey(val.path, k), m[k], e)
		out.SetMapIndex(reflect.ValueOf(k).Convert(rv.Type().Key()), e)
	}
	rv.Set(out)
}

func (d *decoder) decodeSlice(val value, rv reflect.Value) {
	var elems []any
	switch v := val.v.(type) {
	case []any:
		elems = v
	case []map[string]any:
		for _, m := range v {
			elems = append(elems, m)
		}
	default:
		val.wrongType(kindArray)
		return
	}
	if len(elems) > MaxListLen {
		val.fail("too-long", diag.Msg("danh sách có %d mục, quá giới hạn %d", "the list has %d entries, over the limit of %d", len(elems), MaxListLen),
			diag.Msg("chia thành nhiều nhóm hoặc nhiều thông báo", "split it into several groups or notices"))
		return
	}
	if depth := nesting(val.path); depth > MaxNesting {
		val.fail("too-deep", diag.Msg("các nhóm và mục lồng nhau quá %d cấp", "groups and items nest more than %d deep", MaxNesting),
			diag.Msg("đưa bớt các mục lên cấp trên: cách đánh số chỉ có năm cấp (I., 1., a), -, +)", "move entries up a level: the numbering has only five levels (I., 1., a), -, +)"))
		return
	}
	s := reflect.MakeSlice(rv.Type(), len(elems), len(elems))
	for i, e := range elems {
		d.decode(joinIndex(val.path, i), e, s.Index(i))
	}
	rv.Set(s)
}

func (d *decoder) decodeStruct(val value, rv reflect.Value) {
	info := structInfoOf(rv.Type())
	if _, ok := val.v.(string); ok {
		if ts, ok := rv.Addr().Interface().(textSetter); ok {
			if t, ok := val.text(); ok {
				ts.setText(t)
			}
			info.setPos(rv, val.pos())
			return
		}
	}
	m, ok := val.v.(map[string]any)
	if !ok {
		val.wrongType(kindTable)
		return
	}
	info.setPos(rv, d.tablePos(val.path))
	d.stack = append(d.stack, frame{val.path, info})
	defer func() { d.stack = d.stack[:len(d.stack)-1] }()
	for _, key := range d.sortedKeys(val.path, m) {
		f, ok := info.byKey[key]
		if !ok {
			d.unknownKey(val.path, key, info)
			continue
		}
		d.decode(joinKey(val.path, key), m[key], rv.Field(f.index))
	}
	for _, f := range info.fields {
		if f.required {
			if _, ok := m[f.key]; !ok {
				d.missing(val.path, f.key)
			}
		}
	}
}

// sortedKeys returns the keys of a table in the order they are written.
func (d *decoder) sortedKeys(path string, m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	off := func(k string) int {
		if e := d.idx[joinKey(path, k)]; e != nil {
			return e.keyOff
		}
		return -1
	}
	sort.Slice(keys, func(i, j int) bool {
		oi, oj := off(keys[i]), off(keys[j])
		if oi != oj {
			return oi < oj
		}
		return keys[i] < keys[j]
	})
	return keys
}

// structInfo is what the decoder needs to know of a model struct.
type structInfo struct {
	fields []fieldInfo
	byKey  map[string]fieldInfo
	posIdx int // index of the Pos field, or -1
}

type fieldInfo struct {
	key      string
	index    int
	required bool
}

var structInfos sync.Map // reflect.Type -> *structInfo

func structInfoOf(t reflect.Type) *structInfo {
	if v, ok := structInfos.Load(t); ok {
		return v.(*structInfo)
	}
	info := &structInfo{byKey: map[string]fieldInfo{}, posIdx: -1}
	for i := range t.NumField() {
		sf := t.Field(i)
		tag := sf.Tag.Get("toml")
		if sf.Name == "Pos" && sf.Type == reflect.TypeOf(diag.Pos{}) {
			info.posIdx = i
		}
		if tag == "" || tag == "-" || !sf.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		f := fieldInfo{key: name, index: i, required: opts == "required"}
		info.fields = append(info.fields, f)
		info.byKey[name] = f
	}
	structInfos.Store(t, info)
	return info
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

// localDate returns v as a TOML local date. It reports whether v was a
// date-time value at all, and records a problem when it has a time of day.
func (v value) localDate() (time.Time, bool) {
	t, ok := v.v.(time.Time)
	if !ok {
		return t, false
	}
	if t.Location().String() != "date-local" {
		v.fail("bad-value",
			diag.Msg("ở đây cần một ngày, không kèm giờ", "a date without a time of day is needed here"),
			diag.Msg("viết ngày dạng 2024-04-12", "write the date as 2024-04-12"))
	}
	return t, true
}

// nesting counts the groups and items a key path runs through:
// "tasks.groups[0].items[2].items" is three deep.
func nesting(path string) int {
	return strings.Count(path, "groups") + strings.Count(path, "items")
}
