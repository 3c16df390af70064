package diag

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// SARIF 2.1.0, as GitHub code scanning and most CI dashboards read it, and
// as Microsoft's SARIF Multitool validates it (see sarif_test.go).

// sarifSchema is the schema URI of the OASIS standard, errata 01.
const sarifSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                `json:"tool"`
	OriginalURIBaseIDs map[string]sarifArtifact `json:"originalUriBaseIds,omitempty"`
	ColumnKind         string                   `json:"columnKind"`
	Results            []sarifResult            `json:"results"`
	Invocations        []sarifInvocation        `json:"invocations"`
}

// sarifInvocation says whether the run did its work: false when a file
// could not be read or checked, whatever its findings (SARIF 2.1.0, 3.20.14).
type sarifInvocation struct {
	ExecutionSuccessful bool `json:"executionSuccessful"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name            string      `json:"name"`
	InformationURI  string      `json:"informationUri"`
	Version         string      `json:"version,omitempty"`
	SemanticVersion string      `json:"semanticVersion,omitempty"`
	Language        string      `json:"language"`
	Rules           []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string            `json:"id"`
	Name                 string            `json:"name"`
	ShortDescription     sarifText         `json:"shortDescription"`
	FullDescription      sarifText         `json:"fullDescription"`
	Help                 *sarifText        `json:"help,omitempty"`
	DefaultConfiguration sarifConfig       `json:"defaultConfiguration"`
	Properties           map[string]string `json:"properties,omitempty"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID     string            `json:"ruleId"`
	RuleIndex  int               `json:"ruleIndex"`
	Level      string            `json:"level"`
	Message    sarifText         `json:"message"`
	Locations  []sarifLocation   `json:"locations"`
	Properties map[string]string `json:"properties,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

// sarifRegion counts columns in characters (runes), as Pos does; the run
// says so with columnKind "unicodeCodePoints".
type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
}

func sarifLevel(s Severity) string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "note"
}

// sarifWriter turns one report into a SARIF run.
type sarifWriter struct {
	lang    Lang
	dir     string // the working directory relative paths are read from
	windows bool   // paths are Windows paths
	driver  sarifDriver
	index   map[string]int // rule id -> index in driver.Rules
}

func writeSARIF(w io.Writer, r Report, lang Lang) error {
	sw := &sarifWriter{lang: lang, dir: r.Dir, windows: filepath.Separator == '\\', index: map[string]int{}}
	log := sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{sw.run(r)}}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(log); err != nil {
		return fmt.Errorf("write sarif: %w", err)
	}
	return nil
}

func (sw *sarifWriter) run(r Report) sarifRun {
	sw.driver = sarifDriver{Name: "thongbao", InformationURI: "https://github.com/thongbao/thongbao",
		Version: r.Version, Language: sw.lang.String(), Rules: []sarifRule{}}
	if semver().MatchString(r.Version) {
		sw.driver.SemanticVersion = r.Version
	}
	for _, ri := range r.Rules {
		sw.addRule(ri)
	}
	run := sarifRun{ColumnKind: "unicodeCodePoints", Results: []sarifResult{},
		Invocations: []sarifInvocation{{ExecutionSuccessful: !r.Unreadable}}}
	if sw.dir != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifact{srcRoot: {URI: dirURI(sw.dir, sw.windows)}}
	}
	for _, f := range r.Findings {
		sw.addRule(RuleInfo{ID: f.Rule, Severity: f.Severity, Ref: f.Ref, Title: f.Message, Help: f.Fix})
		run.Results = append(run.Results, sw.result(f))
	}
	run.Tool.Driver = sw.driver
	return run
}

// addRule describes a rule once; a rule outside r.Rules is described by
// its first finding.
func (sw *sarifWriter) addRule(ri RuleInfo) {
	if _, ok := sw.index[ri.ID]; ok {
		return
	}
	sw.index[ri.ID] = len(sw.driver.Rules)
	rule := sarifRule{ID: ri.ID, Name: ruleName(ri.ID),
		ShortDescription: sarifText{ri.Title.In(sw.lang)}, FullDescription: sarifText{ri.Title.In(sw.lang)},
		DefaultConfiguration: sarifConfig{sarifLevel(ri.Severity)}}
	if help := ri.Help.In(sw.lang); help != "" {
		rule.Help = &sarifText{help}
	}
	if ri.Ref != "" {
		rule.Properties = map[string]string{"reference": ri.Ref}
	}
	sw.driver.Rules = append(sw.driver.Rules, rule)
}

func (sw *sarifWriter) result(f Finding) sarifResult {
	res := sarifResult{RuleID: f.Rule, RuleIndex: sw.index[f.Rule], Level: sarifLevel(f.Severity),
		Message: sarifText{f.Message.In(sw.lang)}, Locations: []sarifLocation{}}
	if f.Pos.Path != "" && f.Pos.Path != Stdin {
		uri, base := artifactURI(f.Pos.Path, sw.dir, sw.windows)
		loc := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: uri, URIBaseID: base}}}
		if f.Pos.Line > 0 {
			loc.PhysicalLocation.Region = &sarifRegion{StartLine: f.Pos.Line, StartColumn: max(f.Pos.Col, 0)}
		}
		res.Locations = append(res.Locations, loc)
	}
	if fix := f.Fix.In(sw.lang); fix != "" {
		res.Properties = map[string]string{"fix": fix}
	}
	return res
}

// semver matches a Semantic Versioning 2.0.0 version, which SARIF's
// semanticVersion must be.
var semver = lazyre.New(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$`)

// ruleName turns "citation-code-typo" into "CitationCodeTypo", as SARIF
// names rules. A name must differ from the id even ignoring case, so a
// one-word id gets "Rule" after it: "motto" is "MottoRule".
func ruleName(id string) string {
	var b strings.Builder
	for _, part := range strings.Split(id, "-") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	if strings.EqualFold(b.String(), id) {
		b.WriteString("Rule")
	}
	return b.String()
}
