package check_test

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/docx/docxtest"
	"github.com/thongbao/thongbao/notice/reading"
)

// TestEnglishCountOfOne: a count of one reads "1 change", not "1
// changes", in English.
func TestEnglishCountOfOne(t *testing.T) {
	r, err := reading.Read("n.docx", (wordNotice{changes: true}).doc().Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range check.Reading(r, nil, check.Options{Today: cite.Date{Year: 2023, Month: 2, Day: 23}}) {
		got = append(got, f.Message.In(diag.EN))
	}
	all := strings.Join(got, "\n")
	if !strings.Contains(all, "the file holds 1 change not yet accepted") {
		t.Errorf("no \"1 change\" among:\n%s", all)
	}
}

// TestEnglishBodyParagraphOfOne: body-format's count of one paragraph
// reads "1 body paragraph is", not "1 body paragraph(s) are".
func TestEnglishBodyParagraphOfOne(t *testing.T) {
	centred := func(_ int, s string) string {
		return docxtest.P(`<w:jc w:val="center"/><w:ind w:firstLine="720"/><w:spacing w:before="120" w:after="0"/>`, docxtest.R(tnr+sz(28), s))
	}
	n := wordNotice{body: centred}
	r, err := reading.Read("n.docx", n.doc().Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range check.Reading(r, nil, check.Options{Today: cite.Date{Year: 2023, Month: 2, Day: 23}}) {
		got = append(got, f.Message.In(diag.EN))
	}
	all := strings.Join(got, "\n")
	if !strings.Contains(all, "1 body paragraph is not justified (this one: aligned centre)") {
		t.Errorf("no \"1 body paragraph is not justified\" among:\n%s", all)
	}
}
