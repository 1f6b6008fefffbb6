import DocumentModel
import Foundation
@testable import Reporting
import Testing
import TestSupport

@Suite("Writers")
struct WriterTests {
    @Test(arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        ("=SUM(A1)", "'=SUM(A1)"), ("-3", "-3"),
    ])
    func csvFields(_ input: String, _ expected: String) {
        #expect(CSV.field(input) == expected)
    }

    @Test func jsonEscapesControlCharactersAndKeepsKeyOrder() {
        let value = JSONValue.object([("b", .string("tab\there \"q\" \u{1}")), ("a", .array([.int(1), .double(0.5), .null, .bool(true)]))])
        #expect(value.rendered() == #"{"b":"tab\there \"q\" \u0001","a":[1,0.5,null,true]}"#)
    }

    @Test func quadrantUsesSharpQuestionsOnlyWhenTheSpecificIsFound() {
        let templates = QuadrantTemplates(specifics: [("agency", ["substance misuse service", "police"])], questions: [
            "TH4": [.system: ["How do we work with the {agency}?", "How do agencies work together?"]],
        ])
        let builder = QuadrantBuilder(templates: templates, catalog: LabelCatalog(entries: [.init(code: "TH4", name: "Working with other agencies", definition: "")]))
        #expect(builder.bestQuestion(label: "TH4", quadrant: .system, evidence: [QuadrantBuilder.folded("No joint work with the substance misuse service.")])
            == "How do we work with the substance misuse service?")
        #expect(builder.bestQuestion(label: "TH4", quadrant: .system, evidence: [QuadrantBuilder.folded("No joint work took place.")]) == "How do agencies work together?")
        #expect(builder.bestQuestion(label: "TH4", quadrant: .board, evidence: []) == nil)
        #expect(builder.bestQuestion(label: "TH1", quadrant: .board, evidence: []) == "How are we assured that learning on th1 is being acted on?")
    }

    @Test func atomicFileLeavesNoTemporaryBehind() throws {
        let folder = Fixtures.temporaryDirectory()
        let url = folder.appendingPathComponent("counts.csv")
        try AtomicFile.write("a,b\r\n", to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "a,b\r\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["counts.csv"])
    }

    /// Early flushes overlap the writes and never pile up; the final flush waits for them and reports a failure.
    @Test func fileSystemFlushRunsEarlyFlushesThenTheFinalOne() throws {
        let folder = Fixtures.temporaryDirectory()
        let flush = try FileSystemFlush(folder: folder)
        for i in 0..<40 {
            try AtomicFile.write("row \(i)\n", to: folder.appendingPathComponent("f\(i).txt"), durable: false)
            flush.flushEarly()
        }
        try flush.flush()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 40)
        #expect(throws: ReportError.self) { try FileSystemFlush(folder: folder.appendingPathComponent("missing")) }
    }

    @Test func sha256MatchesKnownDigests() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array(repeating: UInt8(ascii: "a"), count: 1000)
        var streamed = SHA256()
        long.withUnsafeBytes { streamed.update(UnsafeRawBufferPointer(rebasing: $0[0..<300])); streamed.update(UnsafeRawBufferPointer(rebasing: $0[300...])) }
        #expect(streamed.finalize() == SHA256.hex(long))
    }
}
