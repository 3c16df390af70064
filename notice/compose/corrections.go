package compose

import (
	"strings"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/diag"
)

// Correction is something the document writes otherwise than the source
// does, so that the clerk is told and can correct the source: nothing is
// changed behind their back. What the source format leaves to the
// renderer by design (the "- " and ";" of Nơi nhận, the "./." of the body,
// capitals) is not a correction.
type Correction struct {
	Pos  diag.Pos
	Was  string // as the source writes it
	Now  string // as the document writes it
	What string // the field: "signer.authority", "closing.archive" ...
}

// corrections lists what Compose writes otherwise than the source.
func corrections(n *notice.Notice, d *Document) []Correction {
	var out []Correction
	for _, a := range n.Signer.Authority {
		if was := strings.TrimSpace(a.Text.S); was != a.Line() {
			out = append(out, Correction{Pos: a.Text.PosAt(0), Was: was, Now: a.Line(), What: "signer.authority"})
		}
	}
	if c, ok := ending(n.Closing.Archive, " ;.,", ".", body.Plain(d.Archive)); ok {
		c.What = "closing.archive"
		out = append(out, c)
	}
	for i, r := range n.Closing.Recipients {
		if c, ok := ending(r, " ;.,", ";", body.Plain(d.Recipients[i])); ok {
			c.What = "closing.recipients"
			out = append(out, c)
		}
	}
	return out
}

// ending reports a text whose end the document changed: the characters
// in cut that end t were replaced by want, and they were not already
// want (or nothing, which the source format allows).
func ending(t notice.Text, cut, want, now string) (Correction, bool) {
	s := strings.TrimRight(t.S, " ")
	tail := s[len(strings.TrimRight(s, cut)):]
	if tail == "" || tail == want {
		return Correction{}, false
	}
	return Correction{Pos: t.PosAt(0), Was: s, Now: now}, true
}
