// Package markdown writes a composed notice as Markdown through the
// embedded template (templates.NoticeMarkdown): CommonMark, plus the GFM
// footnotes and tables that goldmark's extensions read.
//
// Every text from the notice is escaped so that it reads back as the same
// text and can never become Markdown structure, a link or raw HTML.
package markdown
