package check

import "github.com/thongbao/thongbao/notice/cite"

// recipFolded is cite.Fold of the text of the Nơi nhận line v.Recips[i],
// worked out once a view: the rules that read the lines folded
// (sentElsewhere, asked twice, pointsSentTo, nhuTren and asAddressed,
// addresseeRecipients) folded each line again, some 4,000 instructions a
// line each time.
func (v *View) recipFolded(i int) string {
	if len(v.recipFolds) != len(v.Recips) {
		v.recipFolds = make([]foldMemo, len(v.Recips))
	}
	m := &v.recipFolds[i]
	if !m.done {
		m.text, m.done = cite.Fold(v.Recips[i].Text), true
	}
	return m.text
}

// foldMemo is a text's fold, once worked out (done).
type foldMemo struct {
	text string
	done bool
}
