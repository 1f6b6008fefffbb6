import DocumentModel
import Foundation
import Ingestion
@testable import Reporting
import Testing
import TestSupport

@Suite("Reports")
struct ReportTests {
    static func passage(_ text: String, labels: [String]) -> ClassifiedPassage {
        ClassifiedPassage(passage: Passage(id: "p0001", kind: .paragraph, section: ["Recommendations"], text: text,
                                           location: SourceLocation(part: "x", index: 0)),
                          result: Classification(labels: labels, evidence: [], scores: [:]))
    }

    @Test(arguments: [
        ("The Trust should ensure families are involved.", "The Trust"),
        ("Recommendation 2: The ICB must commission a dual diagnosis pathway.", "The ICB"),
        ("Establish proactive working relationships with the substance misuse service; staff need to follow plans.", "staff"),
        ("There should have been a safeguarding referral.", nil),
        ("We recommend that the CMHT reviews its discharge policy.", "the CMHT"),
    ] as [(String, String?)])
    func learningPointsFindTheAddressee(_ text: String, _ addressee: String?) {
        let points = LearningPointExtractor.extract(Self.passage(text, labels: ["TH6", "HM2"]), document: "d")
        if text.contains("should have") {
            #expect(points.isEmpty)
        } else {
            #expect(points.count == 1)
            #expect(points.first?.addressee == addressee)
            #expect(points.first?.minimisations == ["HM2"])
        }
    }

    /// A batch built from per-document summaries equals one fed passage by passage: counts, citations (more
    /// documents than citation slots, tied scores), learning points past the cap, attributes, an unread document.
    @Test func mergingDocumentSummariesEqualsAddingPassages() {
        let labels = [["TH6", "HS3.2"], ["TH6"], [], ["HS3", "HS3.2", "TH4"], ["TH6", "TH4"]]
        var direct = BatchSummary(citationsPerLabel: 2, learningPointLimit: 3)
        var merged = BatchSummary(citationsPerLabel: 2, learningPointLimit: 3)
        for d in 0..<4 {
            let path = "doc\(d).docx"
            var document = BatchSummary(citationsPerLabel: 5, learningPointLimit: .max)
            let attributes = DocumentAttributes([("organisation", d % 2 == 0 ? "North" : "South"), ("date", "202\(d)-01-01")])
            for p in 0..<(d == 3 ? 0 : 5) {
                let codes = labels[(p + d) % labels.count]
                let item = ClassifiedPassage(
                    passage: Passage(id: "p000\(p)", kind: .paragraph, section: ["S\(p)"], text: "The Trust should act on \(d)/\(p).",
                                     location: SourceLocation(part: "x", index: p)),
                    result: Classification(labels: codes, evidence: [], scores: Dictionary(uniqueKeysWithValues: codes.map { ($0, Double((p * 7 + d) % 3)) })))
                direct.add(item, document: path)
                document.add(item, document: path)
            }
            if d != 3 {  // doc3 failed: no passages, never closed
                direct.documentDone(path: path, attributes: attributes)
                document.documentDone(path: path, attributes: attributes)
            }
            merged.merge(document)
        }
        #expect(merged.passages == direct.passages && merged.documents == direct.documents)
        #expect(merged.passagesByLabel == direct.passagesByLabel && merged.documentsByLabel == direct.documentsByLabel)
        #expect(merged.cooccurrence == direct.cooccurrence && merged.attributeCounts == direct.attributeCounts)
        #expect(merged.citations == direct.citations && merged.citations["TH6"]?.count == 2)
        #expect(merged.learningPoints == direct.learningPoints && merged.learningPoints.count == 3)
        #expect(merged.learningPointCount == direct.learningPointCount && merged.rankedLabels == direct.rankedLabels)
        #expect(merged.lastDocument?.path == direct.lastDocument?.path && merged.lastDocument?.labels == direct.lastDocument?.labels)
    }

    static func summary() -> BoardSummary {
        var batch = BatchSummary()
        batch.add(passage("The family were not consulted. The Trust should involve families <always> & carers.", labels: ["TH6"]), document: "a.docx")
        batch.documentDone(path: "a.docx", attributes: DocumentAttributes([("title", "A")]))
        let catalog = LabelCatalog(entries: [.init(code: "TH6", name: "Patient and family voice", definition: ""),
                                             .init(code: "TH1", name: "Trauma-informed care", definition: "")])
        let manifest = RunManifest(version: "t", rulesHash: "h", started: "", finished: "", documents: [
            .init(path: "a.docx", status: .ok), .init(path: "b.doc", status: .failed, error: "legacy Word 97-2003 .doc"),
        ])
        let quadrant = QuadrantBuilder(templates: QuadrantTemplates(), catalog: catalog).build(batch)
        return BoardSummary(summary: batch, manifest: manifest, catalog: catalog, quadrant: quadrant)
    }

    @Test func htmlSummaryIsSelfContainedAndAccessible() {
        let html = SummaryHTMLWriter.render(Self.summary())
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("http://www.w3.org/1999/xlink"))
        #expect(!html.contains("href=\"http"))
        #expect(html.contains("<caption>Themes by evidence strength</caption>"))
        #expect(html.contains("<svg") && html.contains("role=\"img\""))
        #expect(html.contains("&lt;always&gt; &amp; carers"))
        #expect(html.contains("No evidence was found for: TH1 Trauma-informed care"))
        #expect(html.contains("b.doc: legacy Word 97-2003 .doc"))
    }

    @Test func boardSummaryDOCXRoundTripsThroughOurOwnReader() throws {
        let url = Fixtures.temporaryDirectory().appendingPathComponent("board-summary.docx")
        try BoardSummaryDOCXWriter.write(Self.summary(), to: url)
        let document = try Ingestor().document(at: url)
        #expect(document.properties.title == "Assurance summary")
        let headings = document.blocks.filter { $0.kind == .heading }.map { "\($0.level) \($0.text)" }
        #expect(headings == ["1 Assurance summary", "1 Themes: what recurs", "1 Sources of harm: what recurs", "1 Questions to ask",
                             "2 Individual practice", "2 Governance-focused learning", "2 Board assurance", "2 System learning points",
                             "1 Critical learning points", "1 What could not be assessed"])
        #expect(document.blocks.contains { $0.kind == .tableCell && $0.row == 1 && $0.text == "TH6 Patient and family voice" })
        #expect(document.blocks.contains { $0.kind == .listItem && $0.marker == "•" && $0.text.hasPrefix("The Trust: The Trust should involve") })
        let again = Fixtures.temporaryDirectory().appendingPathComponent("board-summary.docx")
        try BoardSummaryDOCXWriter.write(Self.summary(), to: again)
        #expect(try Data(contentsOf: url) == Data(contentsOf: again))
    }

    @Test(.enabled(if: ReportTests.which("soffice") != nil, "LibreOffice (soffice) is not installed: `make check-office` installs it"))
    func libreOfficeConvertsTheBoardSummaryToPDF() throws {
        let folder = Fixtures.temporaryDirectory()
        let url = folder.appendingPathComponent("board-summary.docx")
        try BoardSummaryDOCXWriter.write(Self.summary(), to: url)
        let status = try Self.run(Self.which("soffice")!, ["--headless", "--convert-to", "pdf", "--outdir", folder.path, url.path])
        #expect(status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("board-summary.pdf").path))
    }

    @Test(.enabled(if: ReportTests.chromium != nil, "headless Chromium is not installed: `make check-office` installs it"))
    func chromiumLoadsTheHTMLSummary() throws {
        let folder = Fixtures.temporaryDirectory()
        let url = folder.appendingPathComponent("summary.html")
        try SummaryHTMLWriter.render(Self.summary()).write(to: url, atomically: true, encoding: .utf8)
        let status = try Self.run(Self.chromium!, ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", url.absoluteString])
        #expect(status == 0)
    }

    static var chromium: String? { which("chromium") ?? which("chromium-browser") ?? which("google-chrome") }

    static func which(_ tool: String) -> String? { Fixtures.which(tool) }

    static func run(_ tool: String, _ arguments: [String]) throws -> Int32 {
        try Fixtures.run(URL(fileURLWithPath: tool), arguments)
    }
}
