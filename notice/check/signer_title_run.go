package check

import "strings"

// signerTitleRun reports whether t is a run of học hàm, học vị and
// honours alone ("TTND. BSCKII.", "PGS.TS."): a Word or PDF copy sets it
// apart from the signer's name, before it on the name's line or over it,
// and the reading keeps it as a signature line of its own. It is the
// name's, not a title's: no post shortened (signer-abbrev), and the
// degree signer-degree reads before the name. A whole match of either
// expression ends with a title's period: the spaces that end
// signerDegreeRe's names written out cannot end a trimmed line; a line
// with no period at its end tries neither.
func signerTitleRun(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasSuffix(t, ".") && (signerTitleRe().FindString(t) == t || signerDegreeRe().FindString(t) == t)
}

// signerTitleSeg returns the signature's last line when it is a title run
// set apart from the name (signerTitleRun), or nil.
func signerTitleSeg(v *View) *Seg {
	if len(v.Signer) == 0 || v.Name == nil {
		return nil
	}
	s := &v.Signer[len(v.Signer)-1]
	if !signerTitleRun(s.Text) {
		return nil
	}
	return s
}
