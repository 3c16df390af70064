package diag

import (
	"encoding/json"
	"fmt"
	"io"
)

type jsonFinding struct {
	Path     string `json:"path"`
	Line     int    `json:"line"`
	Col      int    `json:"col"`
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	Fix      string `json:"fix,omitempty"`
	Ref      string `json:"ref,omitempty"`
}

type jsonReport struct {
	Files    []string       `json:"files"`
	Findings []jsonFinding  `json:"findings"`
	Counts   map[string]int `json:"counts"`
}

func writeJSON(w io.Writer, r Report, lang Lang) error {
	out := jsonReport{Files: r.Files, Findings: []jsonFinding{}, Counts: map[string]int{"error": 0, "warning": 0, "info": 0}}
	if out.Files == nil {
		out.Files = []string{}
	}
	for _, f := range r.Findings {
		out.Findings = append(out.Findings, jsonFinding{
			Path: f.Pos.Path, Line: f.Pos.Line, Col: f.Pos.Col, Rule: f.Rule, Severity: f.Severity.String(),
			Message: f.Message.In(lang), Fix: f.Fix.In(lang), Ref: f.Ref,
		})
		out.Counts[f.Severity.String()]++
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}
