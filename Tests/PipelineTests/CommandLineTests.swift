import Foundation
import DocumentModel
import Testing
import TestSupport

/// The command-line contract: exit statuses 0/1/2, nothing written on rule errors, `tag` line format.
/// Runs the debug binary that `make test` builds first; skipped, visibly, when it is absent.
let reviewlensBinary = Fixtures.root.appendingPathComponent(".build/debug/reviewlens")
let reviewlensBinaryExists = FileManager.default.isExecutableFile(atPath: reviewlensBinary.path)

@Suite("Command line", .enabled(if: reviewlensBinaryExists, "build the reviewlens binary first (make test does)"))
struct CommandLineTests {
    static let binary = reviewlensBinary
    static let goodRules = Fixtures.url("Rules/good").path

    struct Outcome { var status: Int32; var stdout: String; var stderr: String }

    func reviewlens(_ arguments: [String], stdin: String? = nil, in folder: URL = Fixtures.root) throws -> Outcome {
        signal(SIGPIPE, SIG_IGN)  // a child that dies early must fail its test, not kill the test runner
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdout = try out.fileHandleForReading.readToEndRetryingInterrupts()
        let stderr = try err.fileHandleForReading.readToEndRetryingInterrupts()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                       stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func runExitsOneWhenADocumentFailsAndStillWritesEverything() throws {
        let out = Fixtures.temporaryDirectory()
        let result = try reviewlens(["run", Fixtures.url("Pipeline/corpus").path, "--out", out.path, "--rules", Self.goodRules, "--quiet"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("failed: corpus/broken.docx: corrupt zip"))
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files == [".cache", "board-summary.docx", "cooccurrence.csv", "counts.csv", "learning", "learning_points.csv", "manifest.json",
                          "matrix.csv", "passages.jsonl", "quadrant.md", "reviewlens.sqlite", "summary.html", "summary.md"])
    }

    @Test func runExitsZeroWhenEverythingIsProcessed() throws {
        let out = Fixtures.temporaryDirectory()
        let input = Fixtures.url("Pipeline/corpus/review-a.txt").path
        let result = try reviewlens(["run", input, "--out", out.path, "--rules", Self.goodRules])
        #expect(result.status == 0)
        #expect(result.stdout.contains("1 ok, 0 failed, 0 skipped"))
    }

    /// Without `--rules`, outside the checkout: the checkout's own `Rules/` (found from the binary's path) is used.
    @Test func runFromAnotherFolderUsesTheCheckoutsRules() throws {
        let elsewhere = Fixtures.temporaryDirectory()
        let input = Fixtures.url("Pipeline/corpus/review-a.txt").path
        let result = try reviewlens(["rules", "check"], in: elsewhere)
        #expect(result.status == 0)
        let shipped = try reviewlens(["rules", "check", "--rules", Fixtures.root.appendingPathComponent("Rules").path], in: elsewhere)
        #expect(result.stdout == shipped.stdout && result.stdout.contains("labels"))
        let run = try reviewlens(["run", input, "--out", elsewhere.appendingPathComponent("out").path, "--quiet"], in: elsewhere)
        #expect(run.status == 0)
        let missing = try reviewlens(["rules", "check", "--rules", "no-such-folder"], in: elsewhere)
        #expect(missing.status == 2 && missing.stderr.contains("rules folder 'no-such-folder' not found"))
    }

    @Test func aBadRulePackStopsTheRunBeforeAnythingIsWritten() throws {
        let out = Fixtures.temporaryDirectory().appendingPathComponent("out")
        let result = try reviewlens(["run", Fixtures.url("Pipeline/corpus").path, "--out", out.path,
                                     "--rules", Fixtures.url("Rules/broken").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("broken/labels.yaml:9:9: error: unknown field 'polarty'"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test(arguments: [["run", "--jobs", "0"], ["run", "--no-such-option"], ["eval"], ["frobnicate"]])
    func usageErrorsExitTwo(_ arguments: [String]) throws {
        #expect(try reviewlens(arguments).status == 2)
    }

    @Test func tagWritesOneLinePerInputLine() throws {
        let input = """
        {"id": "a", "text": "The family were not consulted about the discharge.", "extra": 1}
        {"id": 7, "text": "No safeguarding concerns were identified."}
        """
        let result = try reviewlens(["tag", "--rules", Self.goodRules], stdin: input + "\n")
        #expect(result.status == 0)
        #expect(result.stdout == """
        {"id":"a","labels":["TH6"],"evidence":[{"label":"TH6","rule":"TH6.family-involved","match":"family were not consulted","start":4,"end":29,"context":"negated"}]}
        {"id":7,"labels":[],"evidence":[]}

        """)
    }

    @Test func rulesCheckPassesOnGoodPacksAndFailsOnBrokenOnes() throws {
        let good = try reviewlens(["rules", "check", "--rules", Self.goodRules])
        #expect(good.status == 0)
        #expect(good.stdout.contains("4 examples: 4 passed, 0 failed"))
        let broken = try reviewlens(["rules", "check", "--rules", Fixtures.url("Rules/broken").path])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("6 error(s) in rule files"))
    }

    @Test func evalPrintsATableOrJSON() throws {
        let gold = Fixtures.temporaryDirectory().appendingPathComponent("gold.jsonl")
        try Data("""
        {"id":"1","text":"The family were not consulted.","labels":["TH6"],"split":"dev"}
        {"id":"2","text":"The family were consulted.","labels":[],"split":"dev"}
        """.utf8).write(to: gold)
        let table = try reviewlens(["eval", "--gold", gold.path, "--rules", Self.goodRules])
        #expect(table.status == 0)
        #expect(table.stdout.contains("TH6     1        1     0     0     1.000      1.000    1.000"))
        let json = try reviewlens(["eval", "--gold", gold.path, "--rules", Self.goodRules, "--json", "--split", "dev"])
        #expect(json.stdout.hasPrefix(#"{"passages":2,"labels":[{"label":"TH6","support":1,"tp":1,"fp":0,"fn":0,"precision":1,"recall":1,"f1":1}]"#))
    }
}

/// `metadata.csv` overrides document attributes, and `counts` slices the run's database by them.
@Suite("Attributes and counts", .enabled(if: reviewlensBinaryExists, "build the reviewlens binary first (make test does)"))
struct AttributesAndCountsTests {
    @Test func metadataOverridesAttributesAndCountsGroupsByThem() throws {
        let input = Fixtures.temporaryDirectory().appendingPathComponent("reviews")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data("The family were not consulted about the discharge plan.\n".utf8).write(to: input.appendingPathComponent("a.txt"))
        try Data("The family were not consulted.\n\nThere was limited information sharing.\n".utf8).write(to: input.appendingPathComponent("b.txt"))
        try Data("path,organisation,review_type,date,region\r\na.txt,Trust A,SAR,2023-05-01,North\r\n\"b.txt\",\"Trust, B\",DHR,2024-02-01,South\r\n".utf8)
            .write(to: input.appendingPathComponent("metadata.csv"))
        let out = Fixtures.temporaryDirectory()
        let rules = Fixtures.url("Rules/good").path
        let run = try CommandLineTests().reviewlens(["run", input.path, "--out", out.path, "--rules", rules, "--quiet"])
        #expect(run.status == 0)
        let byYear = try CommandLineTests().reviewlens(["counts", "--out", out.path, "--by", "label", "year", "--format", "csv"])
        #expect(byYear.stdout == "label,year,documents,passages\r\nHS3,2024,1,1\r\nTH6,2023,1,1\r\nTH6,2024,1,1\n")
        let region = try CommandLineTests().reviewlens(["counts", "--out", out.path, "--by", "region", "--where", "review_type=DHR",
                                                         "--format", "json"])
        #expect(region.stdout == #"[{"region":"South","documents":1,"passages":2}]"# + "\n")
        let matrix = try String(contentsOf: out.appendingPathComponent("matrix.csv"), encoding: .utf8)
        #expect(matrix.contains("reviews/b.txt,,\"Trust, B\",DHR,2024-02-01,2024,0,1,0,0,1"))
        let bad = try CommandLineTests().reviewlens(["counts", "--out", out.path, "--where", "nonsense"])
        #expect(bad.status == 2)
    }
}
