import Classification
import DocumentModel
import Foundation
import Pipeline
import Testing
import TestSupport

/// End-to-end: a small fixture corpus through `run`, compared with committed golden outputs.
/// Re-record on purpose with `REVIEWLENS_RECORD=1 swift test` (the test then fails, so nobody records by accident).
@Suite("Batch run (golden)")
struct BatchRunnerTests {
    static let rules = CompiledRules(try! RuleLoader().load(directory: Fixtures.url("Rules/good")))

    func run(into out: URL, jobs: Int = 2) throws -> BatchRunner.Result {
        let configuration = BatchRunner.Configuration(inputs: [Fixtures.url("Pipeline/corpus").path], outputDirectory: out,
                                                      jobs: jobs, version: "test")
        return try BatchRunner(rules: Self.rules, configuration: configuration).run()
    }

    @Test func goldenOutputs() throws {
        let out = Fixtures.temporaryDirectory()
        let result = try run(into: out)
        #expect(result.failed == 1)
        let expected = Fixtures.url("Pipeline/expected")
        let record = ProcessInfo.processInfo.environment["REVIEWLENS_RECORD"] == "1"
        for name in ["passages.jsonl", "counts.csv", "quadrant.md", "manifest.json", "matrix.csv", "cooccurrence.csv",
                     "learning_points.csv", "summary.md", "learning/corpus__review-a.txt.md"] {
            var actual = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            if name == "manifest.json" { actual = Self.withoutTimes(actual) }
            let golden = expected.appendingPathComponent(name)
            if record {
                try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: golden, atomically: true, encoding: .utf8)
                Issue.record("recorded \(name); unset REVIEWLENS_RECORD and run again")
                continue
            }
            #expect(actual == (try String(contentsOf: golden, encoding: .utf8)), "\(name) differs from its golden file")
        }
    }

    /// Twice with the same number of jobs, and with one job against three: the same bytes.
    @Test(arguments: [(2, 2), (1, 3)])
    func sameInputsGiveByteIdenticalOutputs(_ jobsA: Int, _ jobsB: Int) throws {
        let a = Fixtures.temporaryDirectory(), b = Fixtures.temporaryDirectory()
        _ = try run(into: a, jobs: jobsA)
        _ = try run(into: b, jobs: jobsB)
        for name in ["passages.jsonl", "counts.csv", "quadrant.md", "summary.md", "summary.html", "matrix.csv", "board-summary.docx",
                     "learning_points.csv", "cooccurrence.csv", "learning/corpus__review-a.txt.md", ".cache/entries.json"] {
            #expect(try Data(contentsOf: a.appendingPathComponent(name)) == (try Data(contentsOf: b.appendingPathComponent(name))))
        }
    }

    @Test func everyInputIsListedInTheManifest() throws {
        let manifest = try run(into: Fixtures.temporaryDirectory()).manifest
        #expect(manifest.documents.map { "\($0.path) \($0.status.rawValue)" } == [
            "corpus/broken.docx failed", "corpus/gold.jsonl skipped", "corpus/nested/bulletin.html ok", "corpus/review-a.txt ok",
        ])
        #expect(manifest.documents[0].error?.hasPrefix("corrupt zip (broken.docx)") == true)
    }

    @Test func unchangedInputsAndRulesReuseTheOutputs() throws {
        let out = Fixtures.temporaryDirectory()
        let first = try run(into: out)
        let passages = try Data(contentsOf: out.appendingPathComponent("passages.jsonl"))
        let second = try run(into: out)
        #expect(!first.reused && second.reused)
        #expect(second.manifest.documents.map(\.path) == first.manifest.documents.map(\.path))
        #expect(try Data(contentsOf: out.appendingPathComponent("passages.jsonl")) == passages)
    }

    /// The batch key needs the rules' hash only: an unchanged re-run never compiles the rules; a changed one compiles
    /// them before writing anything, and a compile error leaves the previous outputs as they were.
    @Test func unchangedReRunsDoNotCompileTheRules() throws {
        struct Refused: Error {}
        let out = Fixtures.temporaryDirectory()
        _ = try run(into: out)
        let passages = try Data(contentsOf: out.appendingPathComponent("passages.jsonl"))
        let configuration = BatchRunner.Configuration(inputs: [Fixtures.url("Pipeline/corpus").path], outputDirectory: out,
                                                      jobs: 2, version: "test")
        let again = try BatchRunner(rulesHash: Self.rules.book.hash, configuration: configuration) {
            Issue.record("an unchanged re-run compiled the rules")
            return Self.rules
        }.run()
        #expect(again.reused)
        #expect(throws: Refused.self) {
            try BatchRunner(rulesHash: "another hash", configuration: configuration) { throw Refused() }.run()
        }
        #expect(try Data(contentsOf: out.appendingPathComponent("passages.jsonl")) == passages)
        #expect(try BatchRunner(rulesHash: Self.rules.book.hash, configuration: configuration) { Self.rules }.run().reused)
    }

    @Test func changedRulesReclassifyCachedPassages() throws {
        let out = Fixtures.temporaryDirectory()
        _ = try run(into: out)
        let rulesFolder = Fixtures.temporaryDirectory()
        for name in ["context.yaml", "labels.yaml", "spelling.yaml"] {
            try FileManager.default.copyItem(at: Fixtures.url("Rules/good/\(name)"), to: rulesFolder.appendingPathComponent(name))
        }
        let extra = "\n  - code: TH4\n    name: Working with other agencies\n    definition: Agencies apart.\n    rules:\n      - id: TH4.misuse\n        terms: [\"substance misuse service\"]\n"
        let labels = rulesFolder.appendingPathComponent("labels.yaml")
        try (try String(contentsOf: labels, encoding: .utf8) + extra).write(to: labels, atomically: true, encoding: .utf8)
        let changed = CompiledRules(try RuleLoader().load(directory: rulesFolder))
        let configuration = BatchRunner.Configuration(inputs: [Fixtures.url("Pipeline/corpus").path], outputDirectory: out, jobs: 1, version: "test")
        let result = try BatchRunner(rules: changed, configuration: configuration).run()
        #expect(!result.reused)
        #expect(result.cachedDocuments == 2)
        let counts = try String(contentsOf: out.appendingPathComponent("counts.csv"), encoding: .utf8)
        #expect(counts.contains("TH4,Working with other agencies,1,1"))
    }

    static func withoutTimes(_ manifest: String) -> String {
        manifest.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("  \"started\"") && !$0.hasPrefix("  \"finished\"") }
            .joined(separator: "\n")
    }
}
