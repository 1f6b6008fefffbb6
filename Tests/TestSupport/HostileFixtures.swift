import Foundation

/// The hostile fixture set (issue: hostile and broken inputs), generated rather than stored as opaque binaries:
/// each damaged, malicious or mislabelled input next to a few good documents, with the status each must get.
public enum HostileFixtures {
    public static let secretMarker = "SECRET-MARKER-7f3a"

    /// Writes the set into `folder` (and a secret file beside it, outside the input); returns name → expected status.
    public static func write(to folder: URL) throws -> [String: String] {
        let fm = FileManager.default
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        let secret = folder.deletingLastPathComponent().appendingPathComponent("secret-\(UUID().uuidString).txt")
        try Data("\(secretMarker) this file is outside the input folder".utf8).write(to: secret)
        var expected: [String: String] = [:]
        func put(_ name: String, _ data: Data, _ status: String) throws {
            try data.write(to: folder.appendingPathComponent(name))
            expected[name] = status
        }
        func docx(_ name: String, body: String, status: String, prolog: String = "") throws {
            let xml = "<?xml version=\"1.0\"?>\(prolog)<w:document xmlns:w=\"\(DOCXFixture.wordNamespace)\"><w:body>\(body)</w:body></w:document>"
            try Fixtures.zip([("word/document.xml", Data(xml.utf8)), ("[Content_Types].xml", Data("<Types/>".utf8))],
                             to: folder.appendingPathComponent(name))
            expected[name] = status
        }
        let paragraph = "<w:p><w:r><w:t>The family were not consulted about the discharge plan.</w:t></w:r></w:p>"
        try docx("good-1.docx", body: paragraph + paragraph, status: "ok")
        try docx("good-2.docx", body: "<w:p><w:r><w:t>There was no joint working between agencies.</w:t></w:r></w:p>", status: "ok")
        try put("good.txt", Data("LEARNING REVIEW\n\nThere was no evidence of trauma-informed approaches.\n".utf8), "ok")

        let good = try Data(contentsOf: folder.appendingPathComponent("good-1.docx"))
        try put("truncated.docx", good.prefix(good.count / 2), "failed")
        var crc = good
        crc[14] ^= 0xFF
        if let central = crc.firstRange(of: Data([0x50, 0x4B, 0x01, 0x02])) { crc[central.lowerBound + 16] ^= 0xFF }
        try put("corrupt-crc.docx", crc, "failed")
        let bomb = Data(repeating: 0x20, count: 64 << 20)
        try Fixtures.zip([("[Content_Types].xml", Data("<Types/>".utf8)), ("word/document.xml", bomb)],
                         to: folder.appendingPathComponent("zip-bomb.docx"))
        expected["zip-bomb.docx"] = "failed"
        // A real bomb: 2 MB on disk, 2 GiB inflated (tools/make_zip_bomb.py; needs python3, as the test machine has).
        let python = Fixtures.which("python3")
        if let python {
            let bombURL = folder.appendingPathComponent("zip-bomb-2gib.docx")
            let script = Fixtures.root.appendingPathComponent("tools/make_zip_bomb.py").path
            if try Fixtures.run(URL(fileURLWithPath: python), [script, bombURL.path, "2"]) == 0 { expected["zip-bomb-2gib.docx"] = "failed" }
        }
        try Fixtures.zip([("[Content_Types].xml", Data("<Types/>".utf8))], to: folder.appendingPathComponent("no-document-part.docx"))
        expected["no-document-part.docx"] = "failed"
        try docx("xxe.docx", body: "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>", status: "failed",
                 prolog: "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file://\(secret.path)\">]>")
        var laughs = "<!ENTITY a0 \"lol\">"
        for i in 1...9 { laughs += "<!ENTITY a\(i) \"" + String(repeating: "&a\(i - 1);", count: 10) + "\">" }
        try docx("entity-expansion.docx", body: "<w:p><w:r><w:t>&a9;</w:t></w:r></w:p>", status: "failed",
                 prolog: "<!DOCTYPE w:document [\(laughs)]>")
        try docx("deep-nesting.docx", body: String(repeating: "<w:sdt>", count: 200_000) + String(repeating: "</w:sdt>", count: 200_000),
                 status: "failed")
        var generator = SystemRandomNumberGenerator()
        try put("random-bytes.docx", Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }), "failed")
        try put("empty.docx", Data(), "failed")
        try put("ole-compound.docx", Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 1016)), "failed")
        try put("utf16-no-bom.txt", Data("The referral was rejected twice.\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), "ok")
        try put("invalid-utf8.txt", Data(Array("Mr A".utf8) + [0x92] + Array("s care plan was not reviewed.\n".utf8)), "ok")
        try put("single-line-50mb.txt", Data(repeating: 0x61, count: 50 << 20), "failed")
        try put("unbound-prefix.xml", Data("<?xml version=\"1.0\"?><w:document><w:body>\(paragraph)</w:body></w:document>".utf8), "ok")
        try put("fake.pdf", Data("%PDF-1.4\n%garbage that is not a PDF at all\n".utf8), "failed")
        let loop = folder.appendingPathComponent("loop")
        try fm.createDirectory(at: loop, withIntermediateDirectories: true)
        try fm.createSymbolicLink(at: loop.appendingPathComponent("self"), withDestinationURL: folder)
        expected["loop/self"] = "skipped"
        try put("unreadable.txt", Data("Unreadable unless you are root.\n".utf8), getuid() == 0 ? "ok" : "failed")
        try fm.setAttributes([.posixPermissions: 0], ofItemAtPath: folder.appendingPathComponent("unreadable.txt").path)
        return expected
    }
}
