import DocumentModel
import Foundation
@testable import Ingestion
import Testing
import TestSupport

@Suite("Malformed and hostile input")
struct MalformedInputTests {
    static let cases: [(String, Data, String)] = [
        ("empty.docx", Data(), "empty file (0 bytes)"),
        ("random.docx", Data((0..<512).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) | 0x80 }), "unrecognised content"),
        ("legacy.docx", Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)),
         "legacy Word 97-2003 .doc (OLE compound file): convert it with `soffice --headless --convert-to docx FILE`"),
        ("truncated.docx", Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]), "corrupt zip (truncated.docx)"),
        ("fake.pdf", Data("%PDF-1.4\nnot really a pdf".utf8), "pdf"),
        ("unknown.xml", Data("<?xml version=\"1.0\"?><invoice><total>3</total></invoice>".utf8),
         "XML with root element <invoice> is not a Word, OpenDocument or HTML document"),
    ]

    @Test(arguments: cases.indices)
    func failsWithAClearReason(_ index: Int) throws {
        let (name, bytes, reason) = Self.cases[index]
        let url = Fixtures.temporaryDirectory().appendingPathComponent(name)
        try bytes.write(to: url)
        let error = #expect(throws: IngestionError.self) { try Ingestor().document(at: url) }
        #expect(error.map { "\($0)" }?.contains(reason) == true, "\(name): \(String(describing: error))")
    }

    @Test func externalEntitiesAreNeverResolved() throws {
        let folder = Fixtures.temporaryDirectory()
        let secret = folder.appendingPathComponent("secret.txt")
        try Data("TOP-SECRET-CONTENT".utf8).write(to: secret)
        let body = """
        <?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://\(secret.path)">]>
        <w:document xmlns:w="\(DOCXFixture.wordNamespace)"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>
        """
        let url = folder.appendingPathComponent("xxe.docx")
        try Fixtures.zip([("word/document.xml", Data(body.utf8)), ("[Content_Types].xml", Data("<Types/>".utf8))], to: url)
        var text = ""
        do { text = try Ingestor().document(at: url).blocks.map(\.text).joined() } catch { text = "\(error)" }
        #expect(!text.contains("TOP-SECRET"))
    }

    @Test func entityExpansionIsNotPerformed() throws {
        var decls = "<!ENTITY a0 \"lol\">"
        for i in 1...9 { decls += "<!ENTITY a\(i) \"" + String(repeating: "&a\(i - 1);", count: 10) + "\">" }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE w:document [\(decls)]><w:document xmlns:w=\"\(DOCXFixture.wordNamespace)\"><w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>"
        let url = Fixtures.temporaryDirectory().appendingPathComponent("laughs.docx")
        try Fixtures.zip([("word/document.xml", Data(xml.utf8)), ("[Content_Types].xml", Data("<Types/>".utf8))], to: url)
        var total = 0
        do { total = try Ingestor().document(at: url).blocks.map(\.text.count).reduce(0, +) } catch {}
        #expect(total < 1000)
    }

    @Test func deepNestingHitsTheDepthLimit() throws {
        let depth = 5000
        let xml = "<?xml version=\"1.0\"?><w:document xmlns:w=\"\(DOCXFixture.wordNamespace)\"><w:body>"
            + String(repeating: "<w:sdt>", count: depth) + String(repeating: "</w:sdt>", count: depth) + "</w:body></w:document>"
        let url = Fixtures.temporaryDirectory().appendingPathComponent("deep.docx")
        try Fixtures.zip([("word/document.xml", Data(xml.utf8)), ("[Content_Types].xml", Data("<Types/>".utf8))], to: url)
        let error = #expect(throws: IngestionError.self) { try Ingestor().document(at: url) }
        #expect(error.map { "\($0)" }?.contains("limit maxElementDepth exceeded in deep.docx!word/document.xml") == true)
    }

    @Test func zipBombsHitTheRatioLimit() throws {
        let filler = Data(String(repeating: "<w:p><w:r><w:t>a</w:t></w:r></w:p>", count: 250_000).utf8)
        let xml = Data("<?xml version=\"1.0\"?><w:document xmlns:w=\"\(DOCXFixture.wordNamespace)\"><w:body>".utf8)
            + filler + Data("</w:body></w:document>".utf8)
        let url = Fixtures.temporaryDirectory().appendingPathComponent("bomb.docx")
        try Fixtures.zip([("word/document.xml", xml), ("[Content_Types].xml", Data("<Types/>".utf8))], to: url)
        let error = #expect(throws: IngestionError.self) { try Ingestor().document(at: url) }
        #expect(error.map { "\($0)" }?.contains("limit maxCompressionRatio exceeded in bomb.docx!word/document.xml") == true)
    }

    @Test func aCorruptCRCIsReported() throws {
        let url = Fixtures.temporaryDirectory().appendingPathComponent("crc.docx")
        try DOCXFixture(body: "<w:p><w:r><w:t>Hello world, this is a paragraph.</w:t></w:r></w:p>").write(to: url)
        var bytes = try Data(contentsOf: url)
        // Flip a bit of the first stored CRC-32 (local header offset 14) and of the central directory copy.
        let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        bytes[14] ^= 0xFF
        if let central = bytes.firstRange(of: Data(signature)) { bytes[central.lowerBound + 16] ^= 0xFF }
        try bytes.write(to: url)
        let error = #expect(throws: IngestionError.self) { try Ingestor().document(at: url) }
        #expect(error.map { "\($0)" }?.contains("corrupt zip") == true, "\(String(describing: error))")
    }
}
