package notice

import (
	"reflect"
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/tomlpos"
)

var textType = reflect.TypeOf(Text{})

// EachText calls fn for every text field of n that holds text, in the
// order of the schema, with the field's path ("meeting.chair.name",
// "tasks.groups[1].items[0].text").
func (n *Notice) EachText(fn func(path string, t Text)) {
	n.EachTextPath(func(p *TextPath, t Text) { fn(p.String(), t) })
}

// EachTextPath is EachText for a caller that needs the path of few fields:
// it hands each field's path unbuilt (TextPath.String builds it).
func (n *Notice) EachTextPath(fn func(p *TextPath, t Text)) {
	walkText(&TextPath{}, reflect.ValueOf(n).Elem(), fn)
}

// EachTextValue is EachText for a caller that needs no paths: it calls fn
// for the same fields in the same order, without building their paths.
func (n *Notice) EachTextValue(fn func(t Text)) {
	walkText(nil, reflect.ValueOf(n).Elem(), func(_ *TextPath, t Text) { fn(t) })
}

// A TextPath is the path of the field EachTextPath hands, as the keys and
// indexes that lead to it; valid during the call only.
type TextPath struct{ parts []pathPart }

// pathPart is a key of a path, or an index when key is "".
type pathPart struct {
	key   string
	index int
}

// String returns the path, "tasks.groups[1].items[0].text".
func (p *TextPath) String() string {
	path := ""
	for _, part := range p.parts {
		if part.key != "" {
			path = tomlpos.JoinKey(path, part.key)
		} else {
			path = tomlpos.JoinIndex(path, part.index)
		}
	}
	return path
}

// enter and leave step the path into a part and back; a nil path (no
// paths asked for) stays nil.
func (p *TextPath) enter(part pathPart) {
	if p != nil {
		p.parts = append(p.parts, part)
	}
}

func (p *TextPath) leave() {
	if p != nil {
		p.parts = p.parts[:len(p.parts)-1]
	}
}

// walkText walks v, whose path is p (nil when no paths are asked for).
func walkText(p *TextPath, v reflect.Value, fn func(*TextPath, Text)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walkText(p, v.Elem(), fn)
		}
	case reflect.Slice:
		for i := range v.Len() {
			p.enter(pathPart{index: i})
			walkText(p, v.Index(i), fn)
			p.leave()
		}
	case reflect.Struct:
		if v.Type() == textType {
			var t *Text
			if v.CanAddr() {
				t = v.Addr().Interface().(*Text)
			} else {
				c := v.Interface().(Text)
				t = &c
			}
			if t.S != "" {
				fn(p, *t)
			}
			return
		}
		for _, f := range walkFieldsOf(v.Type()) {
			if f.name == "" {
				walkText(p, v.Field(f.index), fn)
				continue
			}
			p.enter(pathPart{key: f.name})
			walkText(p, v.Field(f.index), fn)
			p.leave()
		}
	}
}

// walkField is a field walkText goes into: its index and its key in the
// path ("" for an embedded struct, or a typed field's own text, reported
// at the field's path).
type walkField struct {
	index int
	name  string
}

var walkFields sync.Map // reflect.Type -> []walkField

// walkFieldsOf returns the fields of a struct type walkText goes into, read
// from the type once per process.
func walkFieldsOf(t reflect.Type) []walkField {
	if fs, ok := walkFields.Load(t); ok {
		return fs.([]walkField)
	}
	var fs []walkField
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() || sf.Name == "Pos" {
			continue
		}
		name := strings.Split(sf.Tag.Get("toml"), ",")[0]
		if name == "-" {
			continue
		}
		fs = append(fs, walkField{index: i, name: name})
	}
	walkFields.Store(t, fs)
	return fs
}
