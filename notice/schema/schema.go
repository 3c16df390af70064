package schema

import _ "embed"

//go:generate go run ../../cmd/schemagen -src .. -o thongbao.schema.json

// JSON is the schema, as generated.
//
//go:embed thongbao.schema.json
var JSON []byte

// FileName is the name the schema is written under beside the sources.
const FileName = "thongbao.schema.json"
