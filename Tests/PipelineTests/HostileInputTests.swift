import Classification
import DocumentModel
import Foundation
@testable import Pipeline
import Testing
import TestSupport

/// A batch of hostile and broken inputs beside good ones: the run ends by itself, lists every input with a reason,
/// processes every good document, and never quotes a file from outside its input.
@Suite("Hostile and broken inputs")
struct HostileInputTests {
    static let rules = CompiledRules(try! RuleLoader().load(directory: Fixtures.url("Rules/good")))

    @Test(.timeLimit(.minutes(2)))
    func theBatchGoesOnAndEveryInputIsAccountedFor() throws {
        let folder = Fixtures.temporaryDirectory().appendingPathComponent("hostile")
        let expected = try HostileFixtures.write(to: folder)
        let out = Fixtures.temporaryDirectory()
        let configuration = BatchRunner.Configuration(inputs: [folder.path], outputDirectory: out, jobs: 2, version: "test")
        let result = try BatchRunner(rules: Self.rules, configuration: configuration).run()
        let byName = Dictionary(uniqueKeysWithValues: result.manifest.documents.map { (String($0.path.dropFirst("hostile/".count)), $0) })
        #expect(Set(byName.keys) == Set(expected.keys))
        for (name, status) in expected.sorted(by: { $0.key < $1.key }) {
            let entry = try #require(byName[name], "\(name) missing from the manifest")
            #expect(entry.status.rawValue == status, "\(name): \(entry.status) \(entry.error ?? "")")
            if entry.status != .ok {
                let reason = entry.error ?? ""
                #expect(!reason.isEmpty && !reason.contains("\n"), "\(name) needs a one-line reason")
            }
            if name.hasPrefix("good") { #expect(entry.passages > 0) }
        }
        #expect(result.failed == expected.values.filter { $0 == "failed" }.count)
        for file in try FileManager.default.subpathsOfDirectory(atPath: out.path) {
            let data = FileManager.default.contents(atPath: out.appendingPathComponent(file).path) ?? Data()
            #expect(data.firstRange(of: Data(HostileFixtures.secretMarker.utf8)) == nil, "\(file) quotes a file outside the input")
        }
        #expect(byName["zip-bomb.docx"]?.error?.contains("maxCompressionRatio") == true)
        if let bomb = byName["zip-bomb-2gib.docx"] { #expect(bomb.error?.contains("maxEntryBytes") == true, "\(bomb)") }
        // 200,000 nested elements compress beyond 200:1, so the ratio guard may refuse the part before the depth guard.
        #expect(["maxElementDepth", "maxCompressionRatio"].contains { byName["deep-nesting.docx"]?.error?.contains($0) == true })
        #expect(byName["single-line-50mb.txt"]?.error?.contains("maxBlockBytes") == true)
        #expect(byName["ole-compound.docx"]?.error?.contains("soffice --headless --convert-to docx") == true)
        #expect(byName["invalid-utf8.txt"]?.warnings.first?.contains("Windows-1252") == true)
    }

    /// Peak memory of the whole run stays under 300 MB (measured with /usr/bin/time on the built binary).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time") && reviewlensBinaryExists,
                   "needs /usr/bin/time and the built binary"))
    func peakMemoryIsBounded() throws {
        let folder = Fixtures.temporaryDirectory().appendingPathComponent("hostile")
        _ = try HostileFixtures.write(to: folder)
        let out = Fixtures.temporaryDirectory()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "%M", reviewlensBinary.path, "run", folder.path, "--out", out.path,
                             "--rules", Fixtures.url("Rules/good").path, "--quiet"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: try err.fileHandleForReading.readToEndRetryingInterrupts(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        let kilobytes = Int(text.split(separator: "\n").last.map(String.init) ?? "") ?? .max
        #expect(kilobytes < 300_000, "peak RSS \(kilobytes) KB")
    }

    /// A run killed with SIGKILL midway leaves each output either as the previous complete file or a complete new
    /// one, and the next run completes normally.
    @Test(.enabled(if: reviewlensBinaryExists, "needs the built binary"), .timeLimit(.minutes(2)))
    func aKilledRunLeavesNoTornOutputs() throws {
        let input = Fixtures.temporaryDirectory().appendingPathComponent("many")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for i in 0..<600 {
            let text = "REVIEW \(i)\n\nThe family were not consulted about the discharge plan.\n\nThere was limited information sharing.\n"
            try Data(String(repeating: text, count: 20).utf8).write(to: input.appendingPathComponent("r\(i).txt"))
        }
        let out = Fixtures.temporaryDirectory()
        let rules = Fixtures.url("Rules/good").path
        #expect(try Self.run(["run", input.path, "--out", out.path, "--rules", rules, "--quiet"]) == 0)
        let names = ["manifest.json", "passages.jsonl", "counts.csv", "quadrant.md", "summary.html"]
        let before = try names.map { try Data(contentsOf: out.appendingPathComponent($0)) }
        try Data("NEW\n\nThe family were not consulted.\n".utf8).write(to: input.appendingPathComponent("new.txt"))
        let process = Process()
        process.executableURL = reviewlensBinary
        process.arguments = ["run", input.path, "--out", out.path, "--rules", rules, "--quiet", "--no-redact"]
        try process.run()
        usleep(250_000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        for (name, previous) in zip(names, before) {
            let now = try Data(contentsOf: out.appendingPathComponent(name))
            guard now != previous else { continue }
            #expect(now.last == 10, "\(name) ends mid-line")
            if name == "manifest.json" { #expect((try? JSONSerialization.jsonObject(with: now)) != nil) }
            if name == "passages.jsonl" {
                for line in now.split(separator: 10) { #expect((try? JSONSerialization.jsonObject(with: Data(line))) != nil) }
            }
        }
        #expect(try Self.run(["run", input.path, "--out", out.path, "--rules", rules, "--quiet"]) == 0)
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("manifest.json"))) as? [String: Any]
        #expect((manifest?["documents"] as? [Any])?.count == 601)
    }

    static func run(_ arguments: [String]) throws -> Int32 { try Fixtures.run(reviewlensBinary, arguments) }
}

/// Names are redacted wherever a run quotes document text: passages, and headings (each later passage's section path
/// and the document's first heading).
@Suite("Redaction in a run")
struct RunRedactionTests {
    @Test func headingsAreRedactedLikePassages() throws {
        let folder = Fixtures.temporaryDirectory()
        let file = folder.appendingPathComponent("review.html")
        try "<html><body><h1>Review of the care of Jane Williams</h1><p>Jane Williams was not offered an advocate.</p></body></html>"
            .write(to: file, atomically: true, encoding: .utf8)
        let outcome = DocumentProcessor(rules: HostileInputTests.rules).process(file, display: "review.html")
        #expect(outcome.firstHeading == "Review of the care of [REDACTED:name]")
        let body = try #require(outcome.passages.first { $0.passage.text.hasSuffix("advocate.") })
        #expect(body.passage.text == "[REDACTED:name] was not offered an advocate.")
        #expect(body.passage.section == ["Review of the care of [REDACTED:name]"])
        let unredacted = DocumentProcessor(rules: HostileInputTests.rules, redactor: nil).process(file, display: "review.html")
        #expect(unredacted.firstHeading == "Review of the care of Jane Williams")
    }

    /// A document's title and author properties are quoted in the manifest, the database and the summaries.
    @Test func titleAndAuthorPropertiesAreRedacted() throws {
        let folder = Fixtures.temporaryDirectory()
        let file = folder.appendingPathComponent("review.docx")
        try DOCXFixture(body: "<w:p><w:r><w:t>The family were not consulted.</w:t></w:r></w:p>", core: """
            <dc:title>Learning review: Mr Peter Hughes</dc:title><dc:creator>Sarah Jones</dc:creator>
            """).write(to: file)
        let outcome = DocumentProcessor(rules: HostileInputTests.rules).process(file, display: "review.docx")
        #expect(outcome.entry.properties.title == "Learning review: Mr [REDACTED:name]")
        #expect(outcome.entry.properties.author == "[REDACTED:name]")
        let unredacted = DocumentProcessor(rules: HostileInputTests.rules, redactor: nil).process(file, display: "review.docx")
        #expect(unredacted.entry.properties.title == "Learning review: Mr Peter Hughes")
        #expect(unredacted.entry.properties.author == "Sarah Jones")
        // A re-run that takes the passages from the cache (after a rule edit) quotes the same redacted properties.
        let cache = DocumentCache(outputDirectory: folder.appendingPathComponent("out"), fingerprint: "test")
        let processor = DocumentProcessor(rules: HostileInputTests.rules)
        let first = processor.process(file, display: "review.docx", cache: cache)
        let second = processor.process(file, display: "review.docx", cache: cache)
        #expect(!first.cached && second.cached)
        #expect(second.entry.properties == outcome.entry.properties)
    }
}
