package gen

import (
	"bytes"
	"encoding/json"
	"sort"
)

// obj is a JSON object whose keys keep the order they were set in, so
// that the schema reads in the order of the structs.
type obj struct {
	keys []string
	vals map[string]any
}

func newObj() *obj { return &obj{vals: map[string]any{}} }

// set sets k to v, at the end the first time.
func (o *obj) set(k string, v any) *obj {
	if _, ok := o.vals[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.vals[k] = v
	return o
}

// copyObj copies o, one level deep.
func (o *obj) copyObj() *obj {
	c := newObj()
	for _, k := range o.keys {
		c.set(k, o.vals[k])
	}
	return c
}

// fromMap makes an obj of m, its keys sorted.
func fromMap(m map[string]any) *obj {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	o := newObj()
	for _, k := range keys {
		o.set(k, m[k])
	}
	return o
}

// MarshalJSON writes the object in key order, with <, > and & as they
// are: descriptions quote "<host>".
func (o *obj) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range o.keys {
		if i > 0 {
			b.WriteByte(',')
		}
		if err := encode(&b, k); err != nil {
			return nil, err
		}
		b.WriteByte(':')
		if err := encode(&b, o.vals[k]); err != nil {
			return nil, err
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func encode(b *bytes.Buffer, v any) error {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	b.Truncate(b.Len() - 1) // the newline Encode adds
	return nil
}

// indent writes v as indented JSON, ending with a newline.
func indent(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
