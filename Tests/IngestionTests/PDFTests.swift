import DocumentModel
import Foundation
@testable import Ingestion
import Testing
import TestSupport

@Suite("PDF text (pdftotext output)")
struct PDFTests {
    static let pdftotext = PDFReader.locate("pdftotext") != nil

    @Test(arguments: [
        // Running header and "Page N of M" footer dropped on every page; the line that fills the measure runs on
        // into the next page.
        ("Review of Adult K\nThe review found that the care coordinator was not told\nPage 1 of 2\n\u{0C}"
            + "Review of Adult K\nabout the eviction until the following week.\nPage 2 of 2\n\u{0C}",
         "The review found that the care coordinator was not told about the eviction until the following week."),
        // A short line ends its paragraph; a full one ending with a full stop was only wrapped.
        ("Header line\nThis paragraph is a long one and it fills the whole measure of the page.\nIt ends here.\n- 1 -\n\u{0C}"
            + "Header line\nA second paragraph starts on the next page and fills the measure too\nbut ends short.\n- 2 -\n\u{0C}",
         "This paragraph is a long one and it fills the whole measure of the page. It ends here.\n\n"
            + "A second paragraph starts on the next page and fills the measure too but ends short."),
        // A numbered heading or a bullet after a full line starts a new block; a hyphen at a line end joins the word.
        ("The findings below are grouped under the themes of the learning bulletin, and each\n2.1 Pathway clarity\n"
            + "The discharge plan did not say which team would follow him up after the multi-\nagency meeting.",
         "The findings below are grouped under the themes of the learning bulletin, and each\n\n2.1 Pathway clarity\n\n"
            + "The discharge plan did not say which team would follow him up after the multi-agency meeting."),
        // One page: nothing repeats, but a bare page number is still dropped; a line starting with a year stays.
        ("Summary\n2024 was the year of the review and of its findings.\n7\n", "Summary\n\n2024 was the year of the review and of its findings."),
    ])
    func cleanerDropsPageFurniture(_ raw: String, _ expected: String) {
        #expect(PDFTextCleaner.clean(raw) == expected)
    }

    @Test(arguments: ["12", "Page 3", "page 3 of 20", "3 of 20", "3/20", "- 4 -", "Page | 5"])
    func pageNumbers(_ line: String) { #expect(PDFTextCleaner.isPageNumber(line)) }

    @Test(arguments: ["1.", "Page one", "12 patients", "Section 4 of the Care Act"])
    func notPageNumbers(_ line: String) { #expect(!PDFTextCleaner.isPageNumber(line)) }

    /// Made by tools/make_pdf_fixture.py: two pages, running header, "Page N of 2" footers, a paragraph over the break.
    @Test(.enabled(if: pdftotext, "pdftotext is absent (apt-get install poppler-utils): PDF reading skipped"))
    func readsAPagedReport() throws {
        let document = try Ingestor().document(at: Fixtures.url("PDF/paged-review.pdf"))
        #expect(document.format == .pdf)
        let kinds = document.blocks.map { "\($0.kind) \($0.text.prefix(30))" }
        #expect(kinds == [
            "heading Safeguarding Adults Review: Ad", "heading Introduction", "paragraph This review looks at the suppo",
            "heading Findings", "paragraph The review found that informat", "paragraph His family were not consulted ",
            "heading Recommendations", "paragraph The Trust should ensure that f",
        ])
        #expect(document.blocks.map(\.marker).filter { !$0.isEmpty } == ["1.", "2.", "3."])
        let findings = document.blocks[4].text
        #expect(findings.contains("information sharing between the community"), "the paragraph cut by the page break must run on")
        #expect(!document.blocks.contains { $0.text.contains("Page 1 of 2") || $0.text.contains("Final report") })
    }
}
