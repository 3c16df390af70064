package check

import "strings"

// saysNoticeIn reports whether the paragraph low (in small letters) holds
// a "thông báo" that is not asked of others: one before which no verb of
// askedVerbs ("đề nghị", "yêu cầu", "giao") stands in its sentence. A text
// that asks its addressees to "thông báo kết quả về ..." names what they
// are to do, not what it is.
func saysNoticeIn(low string) bool {
	for rest := low; ; {
		i := indexLit(rest, "thông báo")
		if i < 0 {
			return false
		}
		sentence := rest[:i]
		if j := strings.LastIndexAny(sentence, ".;:!?"); j >= 0 {
			sentence = sentence[j+1:]
		}
		if !asksSomeone(sentence + " x") {
			return true
		}
		rest = rest[i+len("thông báo"):]
	}
}

// headBare reports whether the header read holds none of a header's parts
// beside a line of words: no number, no place and date, no tên loại (on
// its own line or run into another), no trích yếu and no Quốc hiệu (a
// post's title in capitals above a body served without its header); and
// whether the body's last paragraph asks its addressees for something and
// closes with "./." ("đề nghị UBND các huyện ... thực hiện./."). Nothing
// in the header tells the kind, and a request tells no Thông báo.
func (v *View) headBare() bool {
	if len(v.Header) == 0 || v.Title != nil || v.Subject != nil || v.Number != nil || v.DateSeg != nil || titleRunIn(v) != nil {
		return false
	}
	for _, s := range v.Header {
		if containsFold(s.Text, "cộng hòa") || containsFold(s.Text, "cộng hoà") || containsFold(s.Text, "độc lập") {
			return false
		}
	}
	i := lastOfBody(v.Body)
	if i < 0 {
		return false
	}
	last := strings.TrimSpace(v.Body[i].Text)
	return strings.HasSuffix(last, "./.") && asksSomeone(last)
}
