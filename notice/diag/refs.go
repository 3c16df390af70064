package diag

// The references of the rules: where a clerk looks each one up in Nghị
// định 30/2020/NĐ-CP (its annexes as they are numbered: Phụ lục I, Phần
// I, Mục I "Quy định chung" and Mục II "Các thành phần thể thức chính";
// Phụ lục III, the abbreviations and the mẫu), or Practice, for what the
// decree does not say but offices do. The Phần I of Phụ lục I is left out,
// as clerks cite it.
const (
	Practice = "practice"

	decree = "NĐ 30/2020/NĐ-CP"

	RefPaper       = decree + ", Phụ lục I, Mục I, khoản 1, 2"
	RefMargins     = decree + ", Phụ lục I, Mục I, khoản 3"
	RefFont        = decree + ", Phụ lục I, Mục I, khoản 4"
	RefPageNumbers = decree + ", Phụ lục I, Mục I, khoản 7"
	RefMotto       = decree + ", Phụ lục I, Mục II, khoản 1"
	RefIssuer      = decree + ", Phụ lục I, Mục II, khoản 2"
	RefNumber      = decree + ", Phụ lục I, Mục II, khoản 3"
	RefNumberSeq   = decree + ", Phụ lục I, Mục II, khoản 3, điểm a"
	RefPlaceDate   = decree + ", Phụ lục I, Mục II, khoản 4"
	RefDate        = decree + ", Phụ lục I, Mục II, khoản 4, điểm b"
	RefSubject     = decree + ", Phụ lục I, Mục II, khoản 5"
	RefGrounds     = decree + ", Phụ lục I, Mục II, khoản 6, điểm a"
	RefBody        = decree + ", Phụ lục I, Mục II, khoản 6, điểm e"
	RefCitation    = decree + ", Phụ lục I, Mục II, khoản 6, điểm b"
	RefParts       = decree + ", Phụ lục I, Mục II, khoản 6, điểm đ"
	RefPartsB      = decree + ", Phụ lục I, Mục V, số thứ tự 6b"
	RefAuthority   = decree + ", Phụ lục I, Mục II, khoản 7, điểm b"
	RefSignerName  = decree + ", Phụ lục I, Mục II, khoản 7, điểm c"
	RefSignerForm  = decree + ", Phụ lục I, Mục II, khoản 7, điểm đ"
	RefSigning     = decree + ", Điều 13"
	RefRecipients  = decree + ", Phụ lục I, Mục II, khoản 9"
	RefNoiNhan     = decree + ", Phụ lục I, Mục II, khoản 9, điểm d"
	RefAppendix    = decree + ", Phụ lục I, Mục III, khoản 1"
	RefSizes       = decree + ", Phụ lục I, Mục V"
	RefTypeCodes   = decree + ", Phụ lục III, Mục I"
	RefMau14       = decree + ", Phụ lục III, Mẫu 1.4"
	RefMau15       = decree + ", Phụ lục III, Mẫu 1.5"
	RefMau         = decree + ", Phụ lục III, các mẫu"
	RefCapitals    = decree + ", Phụ lục II"

	// RefLocalLevels is the law that left two levels of local
	// government from 01/7/2025: tỉnh and xã, phường, đặc khu; no huyện,
	// quận or thị xã.
	RefLocalLevels = "Luật Tổ chức chính quyền địa phương năm 2025, Điều 2"

	// RefMergedBodies are the acts that merged ministries (from
	// 01/3/2025: Bộ Kế hoạch và Đầu tư into Bộ Tài chính, ...), the sở of
	// each province after them, and the provinces (from 01/7/2025: 34).
	RefMergedBodies = "Nghị quyết số 176/2025/QH15; Nghị định số 45/2025/NĐ-CP; Nghị quyết số 202/2025/QH15"

	// RefPartyForm is the form of the Đảng's documents, which the mass
	// organisations' central bodies follow too (Hội Nông dân, Đoàn): its
	// number is "Số 664-CV/HNDTW", with no colon and a hyphen before the
	// code.
	RefPartyForm = "Hướng dẫn 36-HD/VPTW, thể thức số và ký hiệu văn bản"

	// RefPartyRecipients is the Nơi nhận of the Đảng's documents, whose
	// last line names where the copy is kept ("- Lưu Văn phòng Đảng ủy.").
	RefPartyRecipients = "Hướng dẫn 36-HD/VPTW, thể thức nơi nhận văn bản"

	// RefPartyAuthority is the signer's authority in the Đảng's documents,
	// abbreviated with a slash: "T/M", "K/T", "T/L", "T/UQ".
	RefPartyAuthority = "Hướng dẫn 36-HD/VPTW, thể thức quyền hạn của người ký"
)
