package diagtest

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

//go:embed schema/sarif-schema-2.1.0.json
var sarifSchemaJSON []byte

// sarifSchema compiles the schema once per process, with format assertions
// on: "uri" and "uri-reference" are checked too.
var sarifSchema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(sarifSchemaJSON))
	if err != nil {
		return nil, fmt.Errorf("read sarif schema: %w", err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	const loc = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json" // a name, never fetched
	if err := c.AddResource(loc, doc); err != nil {
		return nil, fmt.Errorf("add sarif schema: %w", err)
	}
	return c.Compile(loc)
})

// ValidateSARIF reports how data fails the SARIF 2.1.0 schema or one of the
// rules below, which the Multitool holds as errors or that GitHub needs.
func ValidateSARIF(data []byte) error {
	sch, err := sarifSchema()
	if err != nil {
		return err
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("read sarif: %w", err)
	}
	if err := sch.Validate(inst); err != nil {
		return fmt.Errorf("sarif schema: %w", err)
	}
	var log sarifLog
	if err := json.Unmarshal(data, &log); err != nil {
		return fmt.Errorf("read sarif: %w", err)
	}
	var errs []error
	for i, run := range log.Runs {
		errs = append(errs, checkRun(i, run)...)
	}
	return errors.Join(errs...)
}

// sarifLog is what the rules read of a log.
type sarifLog struct {
	Runs []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool struct {
		Driver struct {
			Version string `json:"version"`
			Rules   []struct {
				ID   string `json:"id"`
				Name string `json:"name"`
			} `json:"rules"`
		} `json:"driver"`
	} `json:"tool"`
	OriginalURIBaseIDs map[string]artifactLocation `json:"originalUriBaseIds"`
	Results            []struct {
		RuleID    string `json:"ruleId"`
		RuleIndex *int   `json:"ruleIndex"`
		Locations []struct {
			PhysicalLocation struct {
				ArtifactLocation artifactLocation `json:"artifactLocation"`
			} `json:"physicalLocation"`
		} `json:"locations"`
	} `json:"results"`
}

type artifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId"`
}

func checkRun(i int, run sarifRun) []error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("runs[%d]: "+format, append([]any{i}, args...)...))
	}
	d := run.Tool.Driver
	if d.Version == "" || d.Version[0] < '0' || d.Version[0] > '9' {
		bad("tool.driver.version %q does not start with a number (SARIF2005)", d.Version)
	}
	for j, r := range d.Rules {
		if strings.EqualFold(r.Name, r.ID) {
			bad("rules[%d]: name %q is its id (SARIF1001)", j, r.Name)
		}
	}
	for id, base := range run.OriginalURIBaseIDs {
		if u, err := url.Parse(base.URI); err != nil || !u.IsAbs() || !strings.HasSuffix(base.URI, "/") {
			bad("originalUriBaseIds[%s] = %q is not an absolute URI ending in / (SARIF1004)", id, base.URI)
		}
	}
	for j, res := range run.Results {
		if res.RuleIndex == nil || *res.RuleIndex < 0 || *res.RuleIndex >= len(d.Rules) || d.Rules[*res.RuleIndex].ID != res.RuleID {
			bad("results[%d]: ruleIndex does not point at rule %q", j, res.RuleID)
		}
		for _, loc := range res.Locations {
			if err := checkArtifact(loc.PhysicalLocation.ArtifactLocation, run.OriginalURIBaseIDs); err != nil {
				bad("results[%d]: %v", j, err)
			}
		}
	}
	return errs
}

// checkArtifact holds a file's location to SARIF §3.4.4 and §3.14.14: a
// URI under a base is a relative reference that does not start with a
// slash, under a base the run declares; one without a base is absolute.
func checkArtifact(a artifactLocation, bases map[string]artifactLocation) error {
	u, err := url.Parse(a.URI)
	switch {
	case err != nil:
		return fmt.Errorf("uri %q: %w", a.URI, err)
	case !rfc3986(a.URI):
		return fmt.Errorf("uri %q holds characters RFC 3986 wants percent-encoded", a.URI)
	case a.URIBaseID == "" && !u.IsAbs():
		return fmt.Errorf("uri %q is relative but has no uriBaseId", a.URI)
	case a.URIBaseID != "" && (u.IsAbs() || strings.HasPrefix(a.URI, "/")):
		return fmt.Errorf("uri %q under uriBaseId %s is not a relative reference (SARIF1004)", a.URI, a.URIBaseID)
	case a.URIBaseID != "" && bases != nil && bases[a.URIBaseID].URI == "":
		return fmt.Errorf("uriBaseId %s is not declared in originalUriBaseIds", a.URIBaseID)
	}
	return nil
}

// rfc3986 reports whether s is written only with the characters a URI may
// hold as they are, and percent escapes.
func rfc3986(s string) bool {
	const allowed = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&'()*+,;="
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '%':
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				return false
			}
			i += 2
		case strings.IndexByte(allowed, s[i]) < 0:
			return false
		}
	}
	return true
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
