package tomlpos

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// Kind names what a value should be, for type errors.
type Kind int

// The kinds of value a field may want.
const (
	KindString Kind = iota
	KindInteger
	KindNumber
	KindBool
	KindArray
	KindTable
	KindDate
	KindTextOrArray
	KindDateOrString
)

func (k Kind) describe() diag.Text {
	switch k {
	case KindInteger:
		return diag.Msg("một số nguyên", "an integer")
	case KindNumber:
		return diag.Msg("một số", "a number")
	case KindBool:
		return diag.Msg("true hoặc false", "true or false")
	case KindArray:
		return diag.Msg("một mảng [ ... ]", "an array [ ... ]")
	case KindTable:
		return diag.Msg("một bảng (các khóa = giá trị)", "a table (keys = values)")
	case KindDate:
		return diag.Msg("một ngày, như 2024-04-12", "a date, such as 2024-04-12")
	case KindTextOrArray:
		return diag.Msg("một chuỗi hoặc một mảng chuỗi", "a string or an array of strings")
	case KindDateOrString:
		return diag.Msg("một ngày (2024-04-12) hoặc một chuỗi", "a date (2024-04-12) or a string")
	}
	return diag.Msg("một chuỗi trong dấu ngoặc kép", "a string in double quotes")
}

// tomlKind names the type of a parsed TOML value.
func tomlKind(v any) diag.Text {
	switch v.(type) {
	case string:
		return diag.Msg("một chuỗi", "a string")
	case int64:
		return diag.Msg("một số nguyên", "an integer")
	case float64:
		return diag.Msg("một số thực", "a float")
	case bool:
		return diag.Msg("một giá trị true/false", "a boolean")
	case []any, []map[string]any:
		return diag.Msg("một mảng", "an array")
	case map[string]any:
		return diag.Msg("một bảng", "a table")
	}
	return diag.Msg("một ngày giờ", "a date-time")
}

// WrongType records that the value is not of the kind wanted.
func (v Value) WrongType(want Kind) {
	key := lastKey(v.path)
	v.Fail("wrong-type",
		diag.Msg("%s phải là %s, không phải %s", "%s must be %s, not %s", key, want.describe(), tomlKind(v.v)),
		diag.Msg("sửa giá trị của %s thành %s", "change the value of %s to %s", key, want.describe()))
}

// lastKey returns the last key of a path, with its array index if any:
// "tasks.groups[1].items" -> "items".
func lastKey(path string) string {
	i := strings.LastIndexByte(path, '.')
	k := path[i+1:]
	if j := strings.IndexByte(k, '['); j > 0 && !strings.HasPrefix(k, "\"") {
		k = k[:j]
	}
	if k == "" {
		return path
	}
	return k
}

// tableName shows a path as the table header a clerk would write:
// "tasks.groups[1]" -> "[[tasks.groups]]", "meeting" -> "[meeting]".
func tableName(path string) string {
	if path == "" {
		return diag.Msg("gốc tệp", "the top level").VI
	}
	array := strings.HasSuffix(path, "]")
	var b strings.Builder
	depth := 0
	for _, r := range path {
		switch {
		case r == '[':
			depth++
		case r == ']':
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	if array {
		return "[[" + b.String() + "]]"
	}
	return "[" + b.String() + "]"
}

func (d *decoder) unknownKey(path, key string, info *structInfo) {
	kp := JoinKey(path, key)
	if d.full() {
		d.add(d.keyPos(kp), "unknown-key", diag.Text{}, diag.Text{}) // only counted: no suggestion is worth computing
		return
	}
	if owner, ok := d.ancestorWith(key); ok {
		d.add(d.keyPos(kp), "unknown-key",
			diag.Msg("khóa %q thuộc %s, không thuộc %s", "key %q belongs to %s, not to %s", key, tableLabel(owner), tableLabel(path)),
			diag.Msg("chuyển dòng này lên trên dòng %s: trong TOML, mọi khóa sau một dòng [bảng] đều thuộc bảng đó",
				"move this line above the line %s: in TOML, every key after a [table] line belongs to that table", tableName(path)))
		return
	}
	msg := diag.Msg("khóa %q không có trong %s", "unknown key %q in %s", key, tableLabel(path))
	fix := diag.Msg("xóa khóa này; các khóa được dùng ở đây: %s", "remove the key; the keys allowed here are: %s", strings.Join(info.keys(), ", "))
	s := info.vietnamese(key)
	if s == "" {
		s = suggest(key, info.keys())
	}
	if s != "" {
		msg = diag.Msg("khóa %q không có trong %s; có phải là %q?", "unknown key %q in %s; did you mean %q?", key, tableLabel(path), s)
		fix = diag.Msg("đổi tên khóa thành %q", "rename the key to %q", s)
	} else if in := info.tablesWith(key, path, 2); len(in) > 0 {
		msg, fix = belongsBelow(key, path, in)
	}
	d.add(d.keyPos(kp), "unknown-key", msg, fix)
}

// keyIn is a table below the one a key was written in that has the key,
// under its name or a Vietnamese one: "date" of [meeting] for "ngay_hop".
type keyIn struct {
	header string // "[meeting]", "[[tasks.groups]]"
	key    string // the key's name there
	table  string // the key's own header when it is a table: "[meeting.chair]"
}

// tablesWith returns the tables below info (at path), depth levels down,
// that have key, nearest first: where a key written at the top level
// belongs ("ngay_hop" is the date of [meeting], "recipients" a key of
// [closing]).
func (info *structInfo) tablesWith(key, path string, depth int) []keyIn {
	var out, deeper []keyIn
	for _, f := range info.fields {
		if f.sub == nil {
			continue
		}
		sub := structInfoOf(f.sub)
		sp := JoinKey(path, f.key)
		header := "[" + sp + "]"
		if f.array {
			header = "[[" + sp + "]]"
		}
		k := key
		if _, ok := sub.byKey[k]; !ok {
			k = sub.vietnamese(key)
		}
		if sf, ok := sub.byKey[k]; ok && k != "" {
			t := keyIn{header: header, key: k}
			if sf.sub != nil && !sf.array {
				t.table = "[" + JoinKey(sp, k) + "]"
			} else if sf.sub != nil {
				t.table = "[[" + JoinKey(sp, k) + "]]"
			}
			out = append(out, t)
		}
		if depth > 1 {
			deeper = append(deeper, sub.tablesWith(key, sp, depth-1)...)
		}
	}
	if len(out) > 0 {
		return out
	}
	return deeper
}

// belongsBelow says that key belongs to a table below the one it was
// written in, and what to write there.
func belongsBelow(key, path string, in []keyIn) (msg, fix diag.Text) {
	if len(in) == 1 {
		t := in[0]
		msg = diag.Msg("khóa %q không có trong %s; đây là khóa %q của bảng %s", "unknown key %q in %s; it is the key %q of table %s", key, tableLabel(path), t.key, t.header)
		fix = diag.Msg("chuyển dòng này xuống dưới dòng %s (thêm dòng đó nếu chưa có) và viết %s = ...", "move this line below the line %s (add that line if there is none) and write %s = ...", t.header, t.key)
		if t.table != "" {
			fix = diag.Msg("thay dòng này bằng dòng %s và các khóa của bảng đó bên dưới (thongbao new --full có mẫu)", "replace this line with a line %s and that table's keys below it (thongbao new --full has an example)", t.table)
		}
		return msg, fix
	}
	var where []string
	for _, t := range in {
		where = append(where, t.header+" ("+strconv.Quote(t.key)+")")
	}
	list := strings.Join(where, ", ")
	msg = diag.Msg("khóa %q không có trong %s; các bảng có khóa này: %s", "unknown key %q in %s; the tables with this key: %s", key, tableLabel(path), list)
	fix = diag.Msg("chuyển dòng này xuống dưới dòng của bảng mà nó thuộc về", "move this line below the line of the table it belongs to")
	return msg, fix
}

// ancestorWith finds the nearest enclosing table (other than the innermost)
// that has key, for keys written after the header of a nested table.
func (d *decoder) ancestorWith(key string) (string, bool) {
	for i := len(d.stack) - 2; i >= 0; i-- {
		if _, ok := d.stack[i].info.byKey[key]; ok {
			return d.stack[i].path, true
		}
	}
	return "", false
}

func tableLabel(path string) diag.Text {
	if path == "" {
		return diag.Msg("phần đầu tệp", "the top level of the file")
	}
	t := tableName(path)
	return diag.Msg("bảng %s", "table %s", t)
}

// missing reports a required field that is not given. A field that
// another key makes optional (unless=) is reported the same way: the
// other key is for the rare source that needs it, not advice for a typo.
func (d *decoder) missing(path string, f fieldInfo) {
	if f.table {
		name := tableName(JoinKey(path, f.key))
		d.add(d.tablePos(path), "missing-field",
			diag.Msg("thiếu bảng %s", "the table %s is missing", name),
			diag.Msg("thêm dòng %s và các khóa của bảng bên dưới (thongbao new viết một thông báo mẫu đầy đủ)",
				"add a line %s with the table's keys below it (thongbao new writes a complete example)", name))
		return
	}
	d.add(d.tablePos(path), "missing-field",
		diag.Msg("thiếu %s trong %s", "%s is missing from %s", f.key, tableLabel(path)),
		diag.Msg("thêm dòng %s = ... vào %s", "add a line %s = ... to %s", f.key, tableLabel(path)))
}

// suggest returns the allowed key closest to key, if it is close enough to
// be a typo.
func suggest(key string, allowed []string) string {
	best, bestDist := "", 1<<30
	for _, a := range allowed {
		if strings.EqualFold(a, key) {
			return a
		}
		if d := editDistance(key, a); d < bestDist {
			best, bestDist = a, d
		}
	}
	limit := max(1, len([]rune(key))/3)
	if bestDist <= limit {
		return best
	}
	return ""
}

// editDistance is the optimal string alignment distance between a and b,
// in runes: insertions, deletions, substitutions and swaps of neighbours
// ("chiar" -> "chair") each count one.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

// Enum reads a string that must be one of allowed, suggesting the closest
// when it is not.
func (v Value) Enum(allowed []string) (string, bool) {
	t, ok := v.Text()
	if !ok {
		return "", false
	}
	for _, a := range allowed {
		if t.S == a {
			return a, true
		}
	}
	fix := diag.Msg("dùng một trong: %s", "use one of: %s", strings.Join(allowed, ", "))
	if s := suggest(t.S, allowed); s != "" {
		fix = diag.Msg("có phải là %q?", "did you mean %q?", s)
	}
	v.Fail("bad-value", diag.Msg("giá trị %q không được dùng ở đây", "value %q is not allowed here", t.S), fix)
	return "", false
}

// Suggest returns the one of allowed closest to s, if it is close enough
// to be a typo; "" when none is.
func Suggest(s string, allowed []string) string { return suggest(s, allowed) }
