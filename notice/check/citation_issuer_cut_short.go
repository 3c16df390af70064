package check

import "strings"

// issuerRunsOn leaves "Bộ Giao thông" beside "Bộ Giao thông vận tải" for
// one cited document: a name cut short cannot be told, from the two
// strings alone, from a sentence that goes on after a whole name ("Sở Y
// tế" beside "Sở Y tế gộp đợt khám ..."). The notice's own text settles
// it where the longer name came first and is certainly a name: a whole
// name of data/official-names.txt ("Bộ Giao thông vận tải"), or the
// words of a line of the notice standing alone, its issuer in the
// header or a body of its Nơi nhận ("BAN QUẢN LÝ DỰ ÁN GIAO THÔNG",
// "- Ban Quản lý dự án giao thông;"). The shorter one written later is
// then that body's name cut short, unless the notice says it will call
// the body so ("sau đây gọi là", "gọi tắt là").

// issuerCutShort reports whether the issuer short, written after long
// for one cited document, is long's name cut short as the notice's own
// text settles it.
func issuerCutShort(v *View, long, short string) bool {
	nl, ns := strings.Fields(normal(long)), strings.Fields(normal(short))
	if len(ns) == 0 || len(ns) >= len(nl) || strings.Join(nl[:len(ns)], " ") != strings.Join(ns, " ") {
		return false
	}
	if kindOnly(strings.Join(ns, " ")) {
		return false // "của Hội đồng" after "của Hội đồng tuyển dụng viên chức"
	}
	tail, ok := restOpens(long, len(nl)-len(ns))
	if !ok || !goesOnUnplaced(tail) {
		return false // "Sở Y tế tỉnh Quảng Trị" beside "Sở Y tế": its place left out
	}
	if !placedOfficial(strings.Fields(long)) && !standsAlone(v, strings.Join(nl, " ")) {
		return false
	}
	return !namedShort(v)
}

// standsAlone reports whether a line of the header or of the prose is,
// in normal form, the words given: a body's name on a line of its own.
func standsAlone(v *View, words string) bool {
	for _, s := range v.allSegs() {
		if len(s.Text) >= len(words) && strings.Join(strings.Fields(normal(strings.TrimRight(s.Text, " ;,.:"))), " ") == words {
			return true
		}
	}
	return false
}

// namedShort reports whether the notice gives a body a short name of its
// own ("(sau đây gọi là Ban Quản lý)", "gọi tắt là").
func namedShort(v *View) bool {
	for _, s := range v.Texts() {
		if strings.Contains(s.Text, "gọi tắt") || strings.Contains(s.Text, "sau đây gọi") {
			return true
		}
	}
	return false
}
