package notice

import (
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/tomlpos"
)

// The Go structs of this file are the schema of the TOML source: each
// field's toml tag is its key (",required" marks what the loader insists
// on, "unless=key" what another key makes optional, and a was tag the old
// names still read), and each field's doc comment is its help. The doc
// comment says it in English, then, in a paragraph that starts "vi:", in
// Vietnamese for the clerk: `thongbao schema` turns both into the
// descriptions an editor shows (package schema, go generate).

// Notice is one THÔNG BÁO kết luận as a clerk writes it in TOML. Text
// fields may use inline Markdown: **đậm**, *nghiêng*, and footnote
// references [^1].
//
// vi: Một thông báo (kết luận) viết bằng TOML. Các trường văn bản dùng được
// **in đậm**, *in nghiêng* và chú thích [^nhãn].
type Notice struct {
	// Issuer is the issuing body (ô 2).
	//
	// vi: Cơ quan ban hành (ô 2): cơ quan chủ quản và tên cơ quan.
	Issuer Issuer `toml:"issuer,required" vi:"co_quan,co_quan_ban_hanh,don_vi_ban_hanh"`
	// Number is the số and ký hiệu (ô 3): "12/TB-UBND", or "/TB-UBND"
	// while drafting.
	//
	// vi: Số, ký hiệu (ô 3): "12/TB-UBND"; "/TB-UBND" khi chưa cấp số.
	Number DocNumber `toml:"number,required" vi:"so,so_ky_hieu,ky_hieu,so_hieu"`
	// Place is the địa danh of the issuing date (ô 4): "Quảng Ngãi".
	//
	// vi: Địa danh (ô 4): "Quảng Ngãi".
	Place Text `toml:"place,required" vi:"dia_danh,noi_ban_hanh"`
	// Date is the issuing date (ô 4): 2024-10-14, or "2024-10" while the
	// day is not known yet.
	//
	// vi: Ngày ban hành (ô 4): 2024-10-14; "2024-10" khi chưa có ngày ký.
	Date DraftDate `toml:"date,required" vi:"ngay,ngay_ban_hanh"`
	// Subject is the trích yếu under THÔNG BÁO (ô 5a): "Kết luận của
	// đồng chí ... tại cuộc họp ...", with no final period. One string is
	// broken into balanced lines; an array of strings gives the lines as
	// they are to be broken, one string per line.
	//
	// vi: Trích yếu dưới chữ THÔNG BÁO (ô 5a), không có dấu chấm cuối:
	// "Kết luận của đồng chí ... tại cuộc họp ...". Viết một chuỗi thì
	// thongbao tự ngắt dòng cho cân; muốn tự ngắt dòng thì viết mỗi dòng
	// một chuỗi: ["Kết luận của ...,", "tại cuộc họp ..."].
	Subject Subject `toml:"subject,required" vi:"trich_yeu"`
	// Meeting is what the opening paragraphs tell: when, who chaired, who
	// attended, what was heard. A site inspection or a working visit is a
	// meeting too.
	//
	// vi: Cuộc họp (hoặc buổi kiểm tra, buổi làm việc) mà đoạn mở đầu kể
	// lại: thời gian, người chủ trì, thành phần dự, nội dung đã nghe.
	Meeting Meeting `toml:"meeting,required" vi:"cuoc_hop,hop,hoi_nghi,phien_hop"`
	// Assessment is the chair's assessment ("Đánh giá chung"), if any.
	//
	// vi: Phần đánh giá chung (không bắt buộc).
	Assessment *Assessment `toml:"assessment" vi:"danh_gia,danh_gia_chung"`
	// Tasks are the conclusions and the tasks assigned, grouped by assignee.
	//
	// vi: Phần nhiệm vụ, kết luận: các nhóm, mỗi nhóm một cơ quan được giao.
	Tasks *Tasks `toml:"tasks" vi:"nhiem_vu,cac_nhiem_vu"`
	// Sections are further numbered parts after the tasks.
	//
	// vi: Các mục đánh số tiếp theo sau phần nhiệm vụ.
	Sections []Group `toml:"sections" vi:"muc,phan,cac_muc"`
	// Closing is the end of the notice: the closing formula and Nơi nhận.
	//
	// vi: Phần kết: câu kết thúc và nơi nhận.
	Closing Closing `toml:"closing,required" vi:"ket_thuc,phan_ket,noi_nhan"`
	// Signer is the signature block (ô 7a, 7b).
	//
	// vi: Người ký (ô 7a, 7b): thẩm quyền, chức vụ, họ tên.
	Signer Signer `toml:"signer,required" vi:"nguoi_ky,ky"`
	// Footnotes are the notes referenced from text fields as [^id].
	//
	// vi: Chú thích cuối trang, dẫn trong văn bản bằng [^nhãn].
	Footnotes []Footnote `toml:"footnotes" vi:"chu_thich,ghi_chu"`
	// Appendices are the PHỤ LỤC that follow the notice.
	//
	// vi: Các phụ lục kèm theo thông báo.
	Appendices []Appendix `toml:"appendices" vi:"phu_luc"`
	// Numbering is the style of each level of numbered parts, outermost
	// first: "I" (I., II.), "1" (1., 2.), "1.1" (2.1., 2.2.), "a" (a), b),
	// ... đ) ...), "-" and "+". The default is ["I", "1", "a", "-", "+"].
	//
	// vi: Cách đánh số từng cấp, từ ngoài vào trong: "I" (I., II.), "1" (1.,
	// 2.), "1.1" (2.1., 2.2.), "a" (a), b), ... đ) ...), "-" và "+". Mặc định
	// ["I", "1", "a", "-", "+"].
	Numbering Numbering `toml:"numbering" vi:"danh_so,so_thu_tu"`

	Pos  diag.Pos `toml:"-"`
	doc  *tomlpos.Doc
	runs *runsMemo
}

// Issuer is the issuing body: the optional parent body in regular capitals
// above it, and its own name in bold capitals (spec §3.3).
//
// vi: Cơ quan ban hành: cơ quan chủ quản (chữ đứng) và tên cơ quan (chữ đậm).
type Issuer struct {
	// Parent is the tên cơ quan chủ quản, one string per header line:
	// "UBND TỈNH LÀO CAI". Leave it out when the issuer has none.
	//
	// vi: Tên cơ quan chủ quản, mỗi dòng một chuỗi: "UBND TỈNH LÀO CAI".
	// Bỏ trống khi không có.
	Parent Lines `toml:"parent" vi:"co_quan_chu_quan,cap_tren"`
	// Name is the issuing body's name, one string per header line:
	// ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"].
	//
	// vi: Tên cơ quan ban hành, mỗi dòng một chuỗi: ["ỦY BAN NHÂN DÂN",
	// "TỈNH QUẢNG NGÃI"].
	Name Lines `toml:"name,required" vi:"ten,ho_ten,ho_va_ten"`
	// Short is how the text names the issuer, as in the appendix line
	// "(Kèm theo Thông báo số ... của UBND xã Đắk Tờ Re)".
	//
	// vi: Tên viết gọn của cơ quan trong văn bản, như ở dòng "(Kèm theo
	// Thông báo số ... của UBND xã Đắk Tờ Re)".
	Short Text `toml:"short" vi:"ten_viet_tat,viet_tat,ten_ngan"`
}

// Meeting is the meeting whose conclusions are announced. The opening
// paragraph is written from its fields:
//
//	<When>, <host> tổ chức <name> <purpose> <place>, do <chair> <verb>.
//	<When>, <chair> <verb> <name> <purpose> <place>.
//	<Attendance> <attendee>; <attendee>.
//
// and the next one from the reports: "Sau khi nghe <by> báo cáo <content>;
// <discussion>, <chair> <conclusion>:". When the notice says it otherwise,
// opening and heard hold the paragraphs as written.
//
// vi: Cuộc họp có kết luận được thông báo. Đoạn mở đầu được viết từ các
// trường này ("<Thời gian>, <host> tổ chức <name> <purpose> <place>, do
// <chair> <verb>."; "Tham dự ... có: ..."), đoạn sau từ các báo cáo ("Sau
// khi nghe ..., <chair> <conclusion>:"). Khi văn bản viết khác, ghi nguyên
// văn vào opening và heard.
type Meeting struct {
	// Date is the day of the meeting.
	//
	// vi: Ngày họp: 2024-04-12.
	Date Date `toml:"date,required,unless=opening" vi:"ngay,ngay_hop"`
	// When is the time of the meeting as the opening says it, when the
	// date alone does not: "Ngày 19 tháng 6 năm 2026", "Vào lúc 14 giờ 00
	// ngày 12/4/2024". By default it is made from part_of_day and date:
	// "Chiều ngày 12/4/2024".
	//
	// vi: Thời gian họp viết như trong văn bản, khi không chỉ là ngày:
	// "Ngày 19 tháng 6 năm 2026", "Vào lúc 14 giờ 00 ngày 12/4/2024". Mặc
	// định viết từ part_of_day và date: "Chiều ngày 12/4/2024".
	When Text `toml:"when" vi:"thoi_gian"`
	// PartOfDay is "sáng", "chiều" or "tối" when the notice says it:
	// "Chiều ngày 12/4/2024".
	//
	// vi: Buổi: "sáng", "chiều" hoặc "tối" ("Chiều ngày 12/4/2024").
	PartOfDay Text `toml:"part_of_day" vi:"buoi"`
	// Host is the body that organised the meeting, when the notice says
	// "<host> tổ chức ..., do <chair> chủ trì": "UBND thị xã".
	//
	// vi: Cơ quan tổ chức, khi văn bản viết "<host> tổ chức ..., do <chair>
	// chủ trì": "UBND thị xã".
	Host Text `toml:"host" vi:"don_vi_to_chuc,to_chuc"`
	// Name is the meeting as the opening sentence names it: "cuộc họp
	// triển khai nhiệm vụ Ban Chỉ đạo năm 2023", "Hội nghị chuyên đề ...",
	// "việc chấp hành quy định ... tại Công ty ..." for an inspection.
	//
	// vi: Tên cuộc họp như câu mở đầu gọi: "cuộc họp triển khai nhiệm vụ
	// ...", "Hội nghị chuyên đề ...", hay nội dung buổi kiểm tra.
	Name Text `toml:"name,required,unless=opening" vi:"ten,ten_cuoc_hop"`
	// Purpose follows the name: "để nghe báo cáo về ...", "về nội dung ...".
	//
	// vi: Mục đích, viết liền sau tên: "để nghe báo cáo về ...".
	Purpose Text `toml:"purpose" vi:"muc_dich"`
	// Place follows the purpose: "tại Hội trường UBND huyện".
	//
	// vi: Địa điểm, viết liền sau mục đích: "tại Hội trường UBND huyện".
	Place Text `toml:"place" vi:"dia_diem,noi_hop"`
	// Chair is the person who chaired the meeting and whose conclusions
	// these are.
	//
	// vi: Người chủ trì, người kết luận.
	Chair Person `toml:"chair,required,unless=opening" vi:"chu_tri,nguoi_chu_tri,chu_toa"`
	// Verb is what the chair did: "chủ trì" (the default), "đã chủ trì",
	// "kiểm tra", "làm việc với". With a host, verb = "" leaves the chair
	// out of the opening ("UBND tỉnh tổ chức cuộc họp về ...").
	//
	// vi: Việc người chủ trì làm: "chủ trì" (mặc định), "đã chủ trì",
	// "kiểm tra", "làm việc với". Có host mà verb = "" thì câu mở đầu không
	// nêu người chủ trì.
	Verb *Text `toml:"verb"`
	// Attendees are the groups who attended, in order; the notice joins
	// them with ";".
	//
	// vi: Thành phần dự họp, theo thứ tự; nối với nhau bằng dấu ";".
	Attendees []Text `toml:"attendees" vi:"thanh_phan,thanh_phan_du_hop,du_hop"`
	// Attendance are the words that introduce the attendees, as written:
	// "Dự họp có", "Tham dự có:", "cùng dự họp có" (in lower case it
	// continues the sentence before, after ";"). By default "Tham dự
	// <cuộc họp, hội nghị ...> có:".
	//
	// vi: Lời dẫn thành phần dự họp, viết như văn bản: "Dự họp có", "Tham
	// dự có:", "cùng dự họp có" (chữ thường thì nối tiếp câu trước sau dấu
	// ";"). Mặc định "Tham dự <cuộc họp, hội nghị ...> có:".
	Attendance Text `toml:"attendance"`
	// Opening are the opening paragraphs as written, when the fields above
	// cannot say them ("Thực hiện Quyết định số ..., Đoàn kiểm tra ...").
	// The fields above are then only read by the checks, and date, name
	// and chair may be left out.
	//
	// vi: Đoạn mở đầu viết nguyên văn, khi các trường trên không diễn đạt
	// được ("Thực hiện Quyết định số ..."). Khi đó các trường trên chỉ dùng
	// để kiểm tra, và có thể bỏ date, name, chair.
	Opening Paragraphs `toml:"opening" vi:"mo_dau,doan_mo_dau"`
	// Reports are what the meeting heard, for "Sau khi nghe ...".
	//
	// vi: Các báo cáo đã nghe, cho câu "Sau khi nghe ...".
	Reports []Report `toml:"reports" vi:"bao_cao"`
	// Discussion follows the reports: "ý kiến phát biểu của các đại biểu
	// dự họp" (the default).
	//
	// vi: Nối sau các báo cáo: "ý kiến phát biểu của các đại biểu dự họp"
	// (mặc định).
	Discussion Text `toml:"discussion" vi:"thao_luan,y_kien"`
	// Conclusion is the verb that introduces the conclusions: "kết luận và
	// chỉ đạo như sau" ("kết luận như sau" by default).
	//
	// vi: Lời dẫn phần kết luận: "kết luận và chỉ đạo như sau" (mặc định
	// "kết luận như sau").
	Conclusion Text `toml:"conclusion" vi:"ket_luan"`
	// Heard is the "Sau khi nghe ..." paragraph as written, when reports,
	// discussion and conclusion cannot say it; heard = "" for a notice
	// that has none.
	//
	// vi: Đoạn "Sau khi nghe ..." viết nguyên văn, khi reports, discussion
	// và conclusion không diễn đạt được; heard = "" khi văn bản không có
	// đoạn này.
	Heard *Text `toml:"heard"`
	// OneParagraph puts the opening and "Sau khi nghe ..." in one
	// paragraph, as some offices write them.
	//
	// vi: true: đoạn mở đầu và câu "Sau khi nghe ..." viết liền trong một
	// đoạn, như một số cơ quan vẫn viết.
	OneParagraph bool `toml:"one_paragraph"`
}

// Person is a named official.
//
// vi: Một người có chức vụ.
type Person struct {
	// Name is the full name: "Bùi Văn Lý".
	//
	// vi: Họ và tên: "Bùi Văn Lý".
	Name Text `toml:"name,required" vi:"ten,ho_ten,ho_va_ten"`
	// Title is the post: "Chủ tịch UBND thị xã".
	//
	// vi: Chức vụ: "Chủ tịch UBND thị xã".
	Title Text `toml:"title,required" vi:"chuc_vu,tieu_de"`
	// Role is a second post named after the first: "Trưởng Ban Chỉ đạo
	// Chuyển đổi số tỉnh".
	//
	// vi: Chức danh thứ hai, viết sau chức vụ: "Trưởng Ban Chỉ đạo Chuyển
	// đổi số tỉnh".
	Role Text `toml:"role" vi:"vai_tro"`
	// Form is how the text names the person: "comrade" (the default) gives
	// "đồng chí Bùi Văn Lý, Chủ tịch UBND thị xã"; "title" gives "Chủ tịch
	// UBND tỉnh Nguyễn Hoàng Giang, Trưởng Ban Chỉ đạo ...".
	//
	// vi: Cách gọi: "comrade" (mặc định) cho "đồng chí Bùi Văn Lý, Chủ tịch
	// UBND thị xã"; "title" cho "Chủ tịch UBND tỉnh Nguyễn Hoàng Giang".
	Form PersonForm `toml:"form"`
	// Separator stands between the name and the title in the "comrade"
	// form: "," (the default, "Bùi Văn Lý, Chủ tịch"), "-" ("Nguyễn Văn A
	// - Phó Chủ tịch") or "–".
	//
	// vi: Dấu giữa họ tên và chức vụ khi form = "comrade": "," (mặc định,
	// "Bùi Văn Lý, Chủ tịch"), "-" ("Nguyễn Văn A - Phó Chủ tịch") hoặc "–".
	Separator Separator `toml:"separator"`
	// Short is how the text names the person after the opening, in "Sau
	// khi nghe ..., <short> kết luận": "Chủ tịch UBND tỉnh Nguyễn Hoàng
	// Giang", or by title alone, "đồng chí Phó Chủ tịch UBND xã". By
	// default as in the opening.
	//
	// vi: Cách gọi ở câu "Sau khi nghe ..., <short> kết luận": "Chủ tịch
	// UBND tỉnh Nguyễn Hoàng Giang", hoặc chỉ chức vụ: "đồng chí Phó Chủ
	// tịch UBND xã". Mặc định như ở đoạn mở đầu.
	Short Text `toml:"short" vi:"ten_viet_tat,viet_tat,ten_ngan"`
}

// IsZero reports whether no one is named.
func (p Person) IsZero() bool { return p.Name.IsZero() && p.Title.IsZero() }

// Report is one report the meeting heard: "<by> báo cáo <content>".
//
// vi: Một báo cáo đã nghe: "<by> báo cáo <content>".
type Report struct {
	// By is who reported: "Phòng Văn hóa và Thông tin (Cơ quan Thường trực
	// Ban Chỉ đạo)".
	//
	// vi: Người, cơ quan báo cáo: "Phòng Văn hóa và Thông tin".
	By Text `toml:"by,required"`
	// Content is what was reported: "về một số kết quả ... năm 2022".
	// Without it the notice says "<by> báo cáo," and goes on.
	//
	// vi: Nội dung báo cáo: "về một số kết quả ... năm 2022". Bỏ trống thì
	// văn bản ghi "<by> báo cáo," rồi viết tiếp.
	Content Text `toml:"content" vi:"noi_dung"`
}

// Assessment is the chair's assessment of the work so far.
//
// vi: Đánh giá chung của người chủ trì.
type Assessment struct {
	// Title is the heading of the numbered part: "Đánh giá chung". Without
	// it the paragraphs stand under no heading.
	//
	// vi: Tiêu đề mục: "Đánh giá chung". Bỏ trống thì các đoạn không có
	// tiêu đề.
	Title Text `toml:"title" vi:"chuc_vu,tieu_de"`
	// Label is the part's number as written ("I."), instead of the
	// automatic one.
	//
	// vi: Số mục viết tay ("I."), thay cho số tự động.
	Label Text `toml:"label"`
	// Results are the paragraphs on what was achieved.
	//
	// vi: Các đoạn về kết quả đạt được.
	Results []Text `toml:"results" vi:"ket_qua"`
	// Limitations are the paragraphs on what fell short ("Tuy nhiên, ...").
	//
	// vi: Các đoạn về hạn chế ("Tuy nhiên, ...").
	Limitations []Text `toml:"limitations" vi:"han_che,ton_tai"`

	Marker string `toml:"-"` // the number as printed, set by Load
}

// Tasks are the directions and tasks of the conclusions.
//
// vi: Phần nhiệm vụ, kết luận.
type Tasks struct {
	// Title is the heading of the numbered part: "Nhiệm vụ trọng tâm trong
	// thời gian đến". Without it the groups are the top-level parts.
	//
	// vi: Tiêu đề mục: "Nhiệm vụ trọng tâm trong thời gian đến". Bỏ trống
	// thì các nhóm là các mục cấp ngoài cùng.
	Title Text `toml:"title" vi:"chuc_vu,tieu_de"`
	// Label is the part's number as written ("II."), instead of the
	// automatic one.
	//
	// vi: Số mục viết tay ("II."), thay cho số tự động.
	Label Text `toml:"label"`
	// Paragraphs open the part: "Để thực hiện ..., Chủ tịch UBND huyện
	// yêu cầu:". Its old name, lead, is still read.
	//
	// vi: Các đoạn mở đầu phần: "Để thực hiện ..., Chủ tịch UBND huyện yêu
	// cầu:". (Tên cũ: lead.)
	Paragraphs []Text `toml:"paragraphs" was:"lead" vi:"doan,doan_van"`
	// Groups are the tasks, one group per assignee.
	//
	// vi: Các nhóm nhiệm vụ, mỗi nhóm một cơ quan được giao.
	Groups []Group `toml:"groups" vi:"nhom"`
	// After are paragraphs that close the part.
	//
	// vi: Các đoạn kết thúc phần.
	After []Text `toml:"after"`

	Marker string `toml:"-"` // the number as printed, set by Load
}

// Group is a numbered part: usually the tasks of one assignee ("2. Giao
// Phòng Văn hóa và Thông tin:"), or a part with a title of its own.
//
// vi: Một mục đánh số: thường là nhiệm vụ của một cơ quan ("2. Giao Phòng
// Văn hóa và Thông tin:"), hoặc một mục có tiêu đề riêng.
type Group struct {
	// Label is the part's number as written: "7.", "2.4.", "e)", "-".
	// Without it the part is numbered automatically; the parts after it
	// count on from it.
	//
	// vi: Số mục viết tay: "7.", "2.4.", "e)", "-". Bỏ trống thì đánh số tự
	// động; các mục sau đếm tiếp từ số này.
	Label Text `toml:"label"`
	// Assignee is who must act: "Phòng Văn hóa và Thông tin". It must be
	// among the recipients.
	//
	// vi: Cơ quan được giao: "Phòng Văn hóa và Thông tin"; phải có trong
	// nơi nhận.
	Assignee Text `toml:"assignee" vi:"don_vi_thuc_hien,co_quan_thuc_hien,nguoi_thuc_hien,giao"`
	// Owner is who must act, for the checks and for follow-up, when the
	// notice does not print it: the heading or text says it otherwise.
	//
	// vi: Cơ quan chịu trách nhiệm, dùng để kiểm tra và theo dõi, khi văn
	// bản không in ra (tiêu đề hoặc nội dung đã nêu theo cách khác).
	Owner Text `toml:"owner"`
	// Title is the heading as written, when it says more than the
	// assignee: "Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với
	// các sở, ban, ngành, địa phương". Without it the heading is the
	// assignee; title = "" means no heading, for a part whose text names
	// its assignee itself ("6. Các thành viên Ban Chỉ đạo chịu trách
	// nhiệm ...").
	//
	// vi: Tiêu đề viết nguyên văn, khi nói nhiều hơn tên cơ quan được giao:
	// "Giao Sở Thông tin và Truyền thông chủ trì, ...". Bỏ trống thì tiêu
	// đề là assignee; title = "" thì không có tiêu đề.
	Title *Text `toml:"title" vi:"chuc_vu,tieu_de"`
	// Text follows the heading on the same line: "3. Sở Tài chính: Chịu
	// trách nhiệm ...".
	//
	// vi: Nội dung viết liền sau tiêu đề, cùng dòng: "3. Sở Tài chính: Chịu
	// trách nhiệm ...".
	Text Text `toml:"text" vi:"noi_dung,van_ban"`
	// Deadline is the time limit of the whole group.
	//
	// vi: Thời hạn của cả nhóm.
	Deadline Deadline `toml:"deadline" vi:"thoi_han,han"`
	// Paragraphs follow the heading.
	//
	// vi: Các đoạn sau tiêu đề.
	Paragraphs []Text `toml:"paragraphs" vi:"doan,doan_van"`
	// Numbering is the style of the levels under this part, when they are
	// not those of the notice: ["-"] for dashes right under "1.", ["a",
	// "-"] for points then dashes.
	//
	// vi: Cách đánh số các cấp bên trong mục này, khi khác với cả thông
	// báo: ["-"] cho gạch đầu dòng ngay dưới "1.", ["a", "-"] cho điểm a),
	// b) rồi gạch đầu dòng.
	Numbering Numbering `toml:"numbering" vi:"danh_so,so_thu_tu"`
	// Items are the tasks, one per line.
	//
	// vi: Các nhiệm vụ, mỗi nhiệm vụ một dòng.
	Items []Item `toml:"items" vi:"y,cac_y"`
	// Groups are numbered sub-parts ("2.1.", "a)").
	//
	// vi: Các mục con đánh số ("2.1.", "a)").
	Groups []Group `toml:"groups" vi:"nhom"`
	// After are paragraphs after the items and sub-parts.
	//
	// vi: Các đoạn sau các nhiệm vụ và mục con.
	After []Text `toml:"after"`

	Marker string   `toml:"-"` // the number as printed, set by Load
	Pos    diag.Pos `toml:"-"`
}

// Heading returns the heading of the group: its title, else its assignee.
func (g Group) Heading() Text {
	if g.Title != nil {
		return *g.Title
	}
	return g.Assignee
}

// Item is one task or point. In TOML it is a table, or just a string when
// it has nothing but text.
//
// vi: Một nhiệm vụ hoặc một điểm: một chuỗi, hoặc một bảng khi có thêm
// thời hạn, cơ quan được giao, số viết tay hay các ý con.
type Item struct {
	// Label is the item's number as written: "e)", "7.", "-", "+".
	// Without it the item is numbered automatically; the items after it
	// count on from it.
	//
	// vi: Số viết tay: "e)", "7.", "-", "+". Bỏ trống thì đánh số tự động;
	// các ý sau đếm tiếp từ số này.
	Label Text `toml:"label"`
	// Text is the task: "Tổ chức tập huấn cho Tổ công nghệ số cộng đồng".
	//
	// vi: Nội dung: "Tổ chức tập huấn cho Tổ công nghệ số cộng đồng".
	Text Text `toml:"text,required" vi:"noi_dung,van_ban"`
	// Assignee, when the item names its own: "Chủ tịch UBND các xã,
	// phường: Chỉ đạo ...".
	//
	// vi: Cơ quan được giao, khi ý này có riêng, in trước nội dung: "Chủ
	// tịch UBND các xã, phường: Chỉ đạo ...".
	Assignee Text `toml:"assignee" vi:"don_vi_thuc_hien,co_quan_thuc_hien,nguoi_thuc_hien,giao"`
	// Owner is who must act, for the checks and for follow-up, when the
	// notice does not print it.
	//
	// vi: Cơ quan chịu trách nhiệm, dùng để kiểm tra và theo dõi, không in
	// ra.
	Owner Text `toml:"owner"`
	// Deadline is the item's time limit. When the text does not already
	// say it, the notice adds "Thời hạn hoàn thành: ...".
	//
	// vi: Thời hạn. Nếu nội dung chưa nêu, văn bản thêm "Thời hạn hoàn
	// thành: ...".
	Deadline Deadline `toml:"deadline" vi:"thoi_han,han"`
	// Items are sub-items, one level down ("-" under "a)", "+" under "-").
	//
	// vi: Các ý con, cấp dưới ("-" dưới "a)", "+" dưới "-").
	Items []Item `toml:"items" vi:"y,cac_y"`

	Marker string   `toml:"-"` // the number as printed, set by Load
	Pos    diag.Pos `toml:"-"`
}

func (it *Item) DecodeTOMLString(v tomlpos.Value) { it.Text.DecodeTOML(v) }

// Footnote is a note at the foot of the page, referenced as [^id].
//
// vi: Chú thích cuối trang, dẫn bằng [^id].
type Footnote struct {
	// ID is the label used in references: "1" for [^1].
	//
	// vi: Nhãn dùng khi dẫn: "1" cho [^1].
	ID string `toml:"id,required"`
	// Text is the note.
	//
	// vi: Nội dung chú thích.
	Text Text `toml:"text,required" vi:"noi_dung,van_ban"`

	Pos diag.Pos `toml:"-"`
}

// Closing is the end of the body and the list of recipients.
//
// vi: Phần kết và nơi nhận.
type Closing struct {
	// Text is the closing formula, the last sentence of the body; "./." is
	// added: "Văn phòng ... thông báo để các cơ quan, đơn vị biết, thực
	// hiện".
	//
	// vi: Câu kết thúc, câu cuối của phần nội dung; "./." được thêm tự
	// động: "Văn phòng ... thông báo để các cơ quan, đơn vị biết, thực hiện".
	Text Text `toml:"text,required" vi:"noi_dung,van_ban"`
	// Recipients are the lines of Nơi nhận (ô 9b), without the leading "-"
	// and final ";": "Thường trực Tỉnh ủy (b/c)".
	//
	// vi: Các dòng nơi nhận (ô 9b), không có "-" đầu dòng và ";" cuối dòng:
	// "Thường trực Tỉnh ủy (b/c)".
	Recipients []Text `toml:"recipients,required" vi:"noi_nhan"`
	// Archive is what follows "Lưu:" on the last line of Nơi nhận: "VT,
	// TH"; the line is written "- Lưu: VT, TH.".
	//
	// vi: Phần sau "Lưu:" ở dòng cuối nơi nhận: "VT, TH"; dòng được viết
	// "- Lưu: VT, TH.".
	Archive Text `toml:"archive,required" vi:"luu"`
}

// Signer is the signature block (spec §8).
//
// vi: Phần ký.
type Signer struct {
	// Authority is the authority chain, outermost first: ["TL. CHỦ
	// TỊCH", "KT. CHÁNH VĂN PHÒNG"]. Empty when the head signs in their own
	// name.
	//
	// vi: Quyền hạn ký, từ ngoài vào trong: ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN
	// PHÒNG"]. Bỏ trống khi người đứng đầu ký.
	Authority []Authority `toml:"authority" vi:"tham_quyen"`
	// Title is the signer's own post: "PHÓ CHÁNH VĂN PHÒNG".
	//
	// vi: Chức vụ của người ký: "PHÓ CHÁNH VĂN PHÒNG".
	Title Text `toml:"title,required" vi:"chuc_vu,tieu_de"`
	// Name is the signer's name: "Võ Thị Hương".
	//
	// vi: Họ tên người ký: "Võ Thị Hương".
	Name Text `toml:"name,required" vi:"ten,ho_ten,ho_va_ten"`
}

// Appendix is a PHỤ LỤC (spec §10.2).
//
// vi: Một phụ lục.
type Appendix struct {
	// Title is the appendix title, written in capitals: "Kết quả đánh giá
	// chỉ số ...".
	//
	// vi: Tên phụ lục (in hoa khi trình bày): "Kết quả đánh giá chỉ số ...".
	Title Text `toml:"title,required" vi:"chuc_vu,tieu_de"`
	// Reference is the line "(Kèm theo Thông báo số ...)"; by default it is
	// made from the notice's number, date and issuer.
	//
	// vi: Dòng "(Kèm theo Thông báo số ...)"; mặc định viết từ số, ngày và
	// cơ quan ban hành.
	Reference Text `toml:"reference" vi:"kem_theo"`
	// Paragraphs come before the table.
	//
	// vi: Các đoạn trước bảng.
	Paragraphs []Text `toml:"paragraphs" vi:"doan,doan_van"`
	// Table is a scored table of indicators and criteria.
	//
	// vi: Bảng điểm các chỉ số, tiêu chí.
	Table *ScoreTable `toml:"table" vi:"bang"`
}

// ScoreTable is a table of scored indicators, each with the criteria that
// fell short and who must remedy them (seed 003).
//
// vi: Bảng điểm: mỗi chỉ số với các tiêu chí chưa đạt và người khắc phục.
type ScoreTable struct {
	// Columns are the header cells; by default "Chỉ số, tiêu chí", "Kết
	// quả", "Giao trách nhiệm".
	//
	// vi: Các ô tiêu đề; mặc định "Chỉ số, tiêu chí", "Kết quả", "Giao trách
	// nhiệm".
	Columns []Text `toml:"columns"`
	// Groups are the indicators.
	//
	// vi: Các chỉ số.
	Groups []ScoreGroup `toml:"groups" vi:"nhom"`
}

// ScoreGroup is one indicator and its criteria.
//
// vi: Một chỉ số và các tiêu chí của nó.
type ScoreGroup struct {
	// Title is the indicator: "Chỉ số nhận thức số".
	//
	// vi: Tên chỉ số: "Chỉ số nhận thức số".
	Title Text `toml:"title,required" vi:"chuc_vu,tieu_de"`
	// Score is the indicator's score: đạt Score/Max điểm.
	//
	// vi: Điểm đạt được.
	Score float64 `toml:"score" vi:"diem"`
	// Max is the indicator's highest score.
	//
	// vi: Điểm tối đa.
	Max float64 `toml:"max" vi:"diem_toi_da"`
	// Rows are the criteria.
	//
	// vi: Các tiêu chí.
	Rows []ScoreRow `toml:"rows"`

	Pos diag.Pos `toml:"-"`
}

// ScoreRow is one criterion.
//
// vi: Một tiêu chí.
type ScoreRow struct {
	// Ref is the criterion's number in the scoring rules: "1.3".
	//
	// vi: Số của tiêu chí trong bộ chỉ số: "1.3".
	Ref Text `toml:"ref"`
	// Title is the criterion: "Văn bản điều hành về chuyển đổi số cấp xã".
	//
	// vi: Tên tiêu chí: "Văn bản điều hành về chuyển đổi số cấp xã".
	Title Text `toml:"title,required" vi:"chuc_vu,tieu_de"`
	// Score is the criterion's score.
	//
	// vi: Điểm đạt được.
	Score float64 `toml:"score" vi:"diem"`
	// Max is the criterion's highest score.
	//
	// vi: Điểm tối đa.
	Max float64 `toml:"max" vi:"diem_toi_da"`
	// Assignee is who must remedy it: "VHTT".
	//
	// vi: Người được giao khắc phục: "VHTT".
	Assignee Text `toml:"assignee" vi:"don_vi_thuc_hien,co_quan_thuc_hien,nguoi_thuc_hien,giao"`
	// Action is what they must do; "tham mưu khắc phục" by default.
	//
	// vi: Việc phải làm; mặc định "tham mưu khắc phục".
	Action Text `toml:"action"`

	Pos diag.Pos `toml:"-"`
}
