import DocumentModel
import Foundation
@testable import Pipeline
import Testing

@Suite("Passage cache entries")
struct DocumentCacheTests {
    static let entry = DocumentCache.Entry(
        format: "docx",
        properties: DocumentProperties(title: "Review of Mr A’s care", author: nil, created: "2024-01-02T03:04:05Z",
                                       modified: "", organisation: "Northbridge NHS Trust"),
        warnings: ["image without alt text", ""],
        firstHeading: nil,
        passages: [
            Passage(id: "p0001", kind: .paragraph, section: ["1. Background", "Family – views"],
                    text: "The family were not consulted. 😀 e\u{301} \"quoted\"\nnext line", location: SourceLocation(part: "word/document.xml", index: 0)),
            Passage(id: "p0002", kind: .tableCell, section: [], text: "", location: SourceLocation(part: "", index: 123_456_789)),
        ])

    @Test func entriesRoundTrip() {
        let bytes = DocumentCache.encode(Self.entry)
        #expect(bytes.withUnsafeBytes { DocumentCache.decode($0) } == Self.entry)
        let empty = DocumentCache.Entry(format: "text", properties: DocumentProperties(), warnings: [], firstHeading: "", passages: [])
        #expect(DocumentCache.encode(empty).withUnsafeBytes { DocumentCache.decode($0) } == empty)
    }

    /// A torn, truncated, extended or foreign file is a miss, not a crash or a shorter entry.
    @Test func damagedEntriesAreMisses() {
        let bytes = DocumentCache.encode(Self.entry)
        for cut in 0..<bytes.count {
            #expect(Array(bytes.prefix(cut)).withUnsafeBytes { DocumentCache.decode($0) } == nil, "cut at \(cut)")
        }
        #expect((bytes + [0]).withUnsafeBytes { DocumentCache.decode($0) } == nil)
        #expect(Array("{\"format\":\"docx\"}".utf8).withUnsafeBytes { DocumentCache.decode($0) } == nil)
        var flipped = bytes
        flipped[DocumentCache.magic.count] = 0xFF
        #expect(flipped.withUnsafeBytes { DocumentCache.decode($0) } == nil)
    }
}
