// Package gen generates the JSON Schema of the notice source from the
// structs of package notice: their toml tags give the keys (as the decoder
// reads them), the typed fields give their own schemas (JSONSchema
// methods), and the doc comments, read with go/parser, give the
// descriptions in Vietnamese and English. Only the generator and the tests
// import it: the binary embeds the result.
package gen
