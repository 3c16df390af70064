// Package check finds the mistakes offices send notices back for:
// structure (numbers, dates, list numbering, Nơi nhận, the signer's
// authority chain), deadlines, citations of earlier documents, and prose
// slips. It checks a notice's TOML source and, through package plain, any
// notice written as Markdown or plain text.
//
// Each rule is data (a stable id, a default severity, a title and help in
// Vietnamese and English, and where Nghị định 30 says it, or "practice")
// plus a small function over a View of the notice. The
// configuration file can turn rules off or change their severity, and a
// comment with a reason can silence one on one line or key.
package check
