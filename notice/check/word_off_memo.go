package check

// wordOffMemo answers the offset of word at of a spot's form
// (wordsWithOffsets(form)[at].off), splitting a form once while the forms
// asked stay the same: the spots of one spelling of a name mostly write
// it alike, and slips asks each of them in turn.
type wordOffMemo struct {
	form string
	at   int
	o    int
	has  bool
}

// off is wordsWithOffsets(form)[at].off.
func (m *wordOffMemo) off(form string, at int) int {
	if !m.has || m.form != form || m.at != at {
		m.form, m.at, m.o, m.has = form, at, wordsWithOffsets(form)[at].off, true
	}
	return m.o
}
