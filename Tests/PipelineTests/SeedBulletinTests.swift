import Classification
import Foundation
@testable import Pipeline
import Testing
import TestSupport

/// The seed shared-learning bulletin (../shared/seeds/004_*.txt) read with the shipped rule packs: each of its six
/// numbered theme sections carries its own theme. Skipped, visibly, where ../shared is absent.
@Suite("Seed bulletin (../shared/seeds)")
struct SeedBulletinTests {
    static let bulletin: URL? = Fixtures.shared.flatMap { shared in
        let seeds = shared.appendingPathComponent("seeds")
        let name = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path))?.sorted().first { $0.hasPrefix("004_") }
        return name.map { seeds.appendingPathComponent($0) }
    }

    /// Read once for all six cases.
    static let outcome: DocumentProcessor.Outcome? = bulletin.map { url in
        let rules = CompiledRules(try! RuleLoader().load(directory: Fixtures.root.appendingPathComponent("Rules")))
        return DocumentProcessor(rules: rules).process(url, display: "bulletin")
    }

    @Test(.enabled(if: bulletin != nil, "../shared/seeds/004_*.txt is absent: seed bulletin check skipped"), arguments: [
        ("1. Trauma-informed care", "TH1"), ("2. Barriers to accessing treatment", "TH2"), ("3. Health inequalities", "TH3"),
        ("4. Working with other agencies", "TH4"), ("5. Pathway clarity", "TH5"), ("6. Patient and family voice", "TH6"),
    ])
    func eachThemeSectionGetsItsTheme(_ section: String, _ theme: String) throws {
        let passages = Self.outcome!.passages.filter { $0.passage.section.contains(section) }
        #expect(!passages.isEmpty, "no passage under '\(section)'")
        #expect(passages.contains { $0.result.labels.contains(theme) }, "'\(section)' was not tagged \(theme)")
    }
}
