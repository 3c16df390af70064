package plain

import "testing"

// TestMarkerTab: Word's numbering saved as text writes the marker and a
// tab ("-\tSở Tài chính", "1.\tVăn bản pháp lý"): the paragraph reads
// with a space after its marker.
func TestMarkerTab(t *testing.T) {
	readCases(t, []readCase{
		{"THÔNG BÁO\nVề việc họp\nNội dung:\n1.\tVăn bản pháp lý;\n-\tSở Tài chính;\n-\tSở Xây dựng chủ trì./.\n",
			"n.txt:1:1 title: THÔNG BÁO\nn.txt:2:1 subject: Về việc họp\nn.txt:3:1 body: Nội dung:\nn.txt:4:1 body: 1. Văn bản pháp lý;\nn.txt:5:1 body: - Sở Tài chính;\nn.txt:6:1 body: - Sở Xây dựng chủ trì./."},
	})
}

// TestItemSentenceTab: a tab typed for a space inside a numbered item's
// sentence ("2. Chủ đầu tư<Tab>tham khảo ...") keeps the item a paragraph
// of its own; a table row saved as text ("2\tTrung tâm\tthực hiện") is
// still cells.
func TestItemSentenceTab(t *testing.T) {
	readCases(t, []readCase{
		{"THÔNG BÁO\nVề việc giá\nNội dung:\n1. Giá tại Phụ lục là giá bán.\n2. Chủ đầu tư, đơn vị tư vấn\ttham khảo giá tại Thông báo này.\n3. Sở Xây dựng tổng hợp./.\n",
			"n.txt:1:1 title: THÔNG BÁO\nn.txt:2:1 subject: Về việc giá\nn.txt:3:1 body: Nội dung:\nn.txt:4:1 body: 1. Giá tại Phụ lục là giá bán.\nn.txt:5:1 body: 2. Chủ đầu tư, đơn vị tư vấn\ttham khảo giá tại Thông báo này.\nn.txt:6:1 body: 3. Sở Xây dựng tổng hợp./."},
	})
}
