// Package schematest validates TOML sources against the JSON Schema of
// package schema, as an editor does, for the tests of the packages that
// write or read sources. Only tests import it.
package schematest

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/thongbao/thongbao/notice/schema"
	"github.com/thongbao/thongbao/notice/tomlpos"
)

var compiled = sync.OnceValues(func() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema.JSON))
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	const loc = "thongbao.schema.json" // a name, never fetched
	if err := c.AddResource(loc, doc); err != nil {
		return nil, err
	}
	return c.Compile(loc)
})

// Validate checks a TOML source against the schema: nil when it is valid,
// the schema's complaint when it is not, an error when the TOML cannot be
// read or the schema compiled.
func Validate(src string) error {
	sch, err := compiled()
	if err != nil {
		return fmt.Errorf("compile the schema: %w", err)
	}
	data, err := tomlpos.JSON(src)
	if err != nil {
		return err
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("read the TOML as JSON: %w", err)
	}
	return sch.Validate(inst)
}
