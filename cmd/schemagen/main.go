// Command schemagen writes the JSON Schema of the notice source from the
// structs of package notice and their doc comments. `go generate
// ./notice/schema` runs it; TestUpToDate in package schema fails when the
// committed schema is stale.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/thongbao/thongbao/notice/output"
	"github.com/thongbao/thongbao/notice/schema/gen"
)

func main() {
	src := flag.String("src", "notice", "the directory of package notice")
	out := flag.String("o", "notice/schema/thongbao.schema.json", "the schema file to write")
	flag.Parse()
	data, err := gen.Generate(*src)
	if err == nil {
		err = output.WriteFile(*out, data, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "schemagen:", err)
		os.Exit(1)
	}
}
