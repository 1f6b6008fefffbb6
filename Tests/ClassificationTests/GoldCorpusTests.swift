@testable import Classification
import DocumentModel
import Foundation
import Testing
import TestSupport

/// The gold file the figures in the README come from: well formed, and no held-out passage seen in training.
@Suite("Gold passages (Corpus/gold.jsonl)")
struct GoldCorpusTests {
    /// Read once for the suite; `everyPassageIsWellFormed` reports why when it cannot be read.
    static let loaded = Result { try Evaluator.loadGold(Fixtures.root.appendingPathComponent("Corpus/gold.jsonl")) }
    static var gold: [GoldPassage] { (try? loaded.get()) ?? [] }
    static let heldOut: Set<String> = ["heldout", "heldout-paraphrase"]

    /// Case, punctuation and spacing folded, so a re-typed copy is still the same passage.
    static func folded(_ text: String) -> String {
        text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(String.init).joined()
    }

    @Test func everyPassageIsWellFormed() throws {
        _ = try Self.loaded.get()
        #expect(Self.gold.count > 6000)
        #expect(Set(Self.gold.map(\.id)).count == Self.gold.count, "ids are unique")
        for passage in Self.gold {
            #expect(passage.split != nil, "\(passage.id) has a split")
            #expect(!passage.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(passage.id) has text")
            for label in passage.labels { #expect(LabelCode.isWellFormed(label), "\(passage.id): \(label)") }
            #expect(passage.labels == passage.labels.sorted { LabelCode.precedes($0, $1) }, "\(passage.id): labels sorted")
        }
    }

    /// A held-out passage whose text is also in a tuning split would be scored on what the model was trained on.
    @Test func noHeldOutPassageIsInATuningSplit() {
        let tuning = Set(Self.gold.filter { !Self.heldOut.contains($0.split ?? "") }.map { Self.folded($0.text) })
        let leaked = Self.gold.filter { Self.heldOut.contains($0.split ?? "") && tuning.contains(Self.folded($0.text)) }
        #expect(leaked.map(\.id) == [])
    }

    /// Issue #4: at least 15 positives for every HS and TH label in the split never tuned on.
    @Test func theHeldOutSplitHasFifteenPositivesPerLabel() {
        let heldout = Self.gold.filter { $0.split == "heldout" }
        for code in LabelCode.headline {
            let positives = heldout.filter { $0.labels.contains { LabelCode.code($0, isIn: code) } }.count
            #expect(positives >= 15, "\(code): \(positives)")
        }
    }

    /// The second annotator's file covers exactly the held-out split, with well-formed top-level codes.
    @Test func theSecondOpinionCoversTheHeldOutSplit() throws {
        let text = try String(contentsOf: Fixtures.root.appendingPathComponent("Corpus/second-opinion-heldout.jsonl"), encoding: .utf8)
        var ids: [String] = []
        for line in text.split(separator: "\n") {
            let object = try JSONValue.parseObject(String(line))
            let id = try #require(object["id"] as? String), labels = try #require(object["labels"] as? [String])
            ids.append(id)
            for label in labels { #expect(LabelCode.headline.contains(label), "\(id): \(label)") }
        }
        #expect(ids.count == Set(ids).count)
        #expect(Set(ids) == Set(Self.gold.filter { $0.split == "heldout" }.map(\.id)))
    }
}
