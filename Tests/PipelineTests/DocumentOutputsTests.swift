@testable import Pipeline
import Testing

@Suite("Per-document outputs")
struct DocumentOutputsTests {
    /// Every document keeps its own learning file, whatever its path; the first in input order keeps the plain name.
    @Test func learningFileNamesAreUniqueInInputOrder() {
        let names = DocumentOutputs.learningFileNames(["a/b.docx", nil, "a__b.docx", "x:y.txt", "x_y.txt", "a/b.docx", "c.txt"])
        #expect(names == ["a__b.docx.md", nil, "a__b.docx-2.md", "x_y.txt.md", "x_y.txt-2.md", "a__b.docx-3.md", "c.txt.md"])
    }
}
