@testable import Classification
import DocumentModel
import Foundation
import Testing

@Suite("Statistical model")
struct TextModelTests {
    /// A small gold set: waits are TH2, families left out are TH6, the rest nothing.
    static let gold: [GoldPassage] = {
        let waits = ["She waited nine months on the waiting list for therapy.", "The waiting list for assessment was over a year.",
                     "He remained on a waiting list while his mood worsened.", "Families described the waiting list as endless.",
                     "A long waiting list meant no treatment was offered.", "The waiting list grew throughout the year."]
        let families = ["His mother was never asked for her view.", "Her father was never asked about the risks.",
                        "The family was never asked what had changed.", "Her sister was never asked to the meeting.",
                        "His partner was never asked about his drinking.", "Their son was never asked what he wanted."]
        let neither = ["The ward had twelve beds.", "The review met in March.", "Staff completed the audit on time.",
                       "The panel thanks everyone who took part.", "The Trust employs three thousand staff.", "The report has five parts."]
        return waits.map { GoldPassage(id: $0, text: $0, labels: ["TH2"], split: "train") }
            + families.map { GoldPassage(id: $0, text: $0, labels: ["TH6.1"], split: "train") }
            + neither.map { GoldPassage(id: $0, text: $0, labels: [], split: "train") }
    }()

    /// Words as written unless `stems` (the tests below read words straight from the tokenizer).
    static func trained(stems: Bool = false) throws -> TextModel {
        var parameters = TextModel.Parameters()
        parameters.iterations = 300
        parameters.stems = stems
        return try TextModelTrainer(parameters: parameters).train(gold, labels: ["TH2", "TH6"], spelling: [:], trainedOn: "test")
    }

    static func probabilities(_ model: TextModel, _ text: String) -> [Double] {
        var tokenizer = Tokenizer(), tokens: [Token] = [], vector = TextModel.Vector()
        tokenizer.tokenize(text, into: &tokens)
        model.vector(tokens, into: &vector)
        var probabilities: [Double] = []
        model.score(&vector, into: &probabilities)
        return probabilities
    }

    @Test func learnsWhichWordsMarkALabelAndCountsSubItemsForTheirParent() throws {
        let model = try Self.trained()
        #expect(model.features.contains("waiting list") && model.features.contains("never asked"))
        #expect(!model.features.contains("nine"), "seen in one passage only")
        let wait = Self.probabilities(model, "The waiting list for the clinic was long.")
        let family = Self.probabilities(model, "Her brother was never asked.")
        let neither = Self.probabilities(model, "The building has two floors.")
        #expect(wait[0] > 0.7 && wait[1] < 0.5, "\(wait)")
        #expect(family[1] > 0.7 && family[0] < 0.5, "\(family)")
        #expect(neither.allSatisfy { $0 < 0.5 }, "\(neither)")
    }

    @Test func theSamePassagesGiveTheSameBytesAndTheFileRoundTrips() throws {
        let a = try Self.trained(), b = try Self.trained()
        #expect(a.encoded() == b.encoded())
        let read = try TextModel(json: a.encoded())
        #expect(read.encoded() == a.encoded())
        #expect(read.features == a.features && read.labels == a.labels && read.parameters == a.parameters)
        let text = "His mother was never asked while she sat on the waiting list."
        for (x, y) in zip(Self.probabilities(read, text), Self.probabilities(a, text)) { #expect(abs(x - y) < 1e-4) }
    }

    /// The classifier adds what the model is confident of, with the sentence that adds most as evidence and its span;
    /// the inline examples and `model: false` see the rules alone.
    @Test func theClassifierAddsModelLabelsWithEvidence() throws {
        let yaml = "pack: x\nlabels:\n  - code: TH2\n    name: A\n    definition: B\n    examples:\n      not_tagged: [\"The waiting list was closed.\"]\n"
            + "    rules:\n      - id: TH2.r\n        terms: [\"waiting list\"]\n        with: [\"reviewed\"]\n        polarity: good\n"
            + "  - code: TH6\n    name: C\n    definition: D\n    rules:\n      - id: TH6.r\n        terms: [\"advocate\"]\n"
        let model = String(decoding: try Self.trained().encoded(), as: UTF8.self)
        let context = "negation:\n  before: [\"not\"]\n"
        let book = try RuleLoader().load(sources: [("Rules/x.yaml", yaml), ("Rules/model.json", model), ("Rules/context.yaml", context)])
        let compiled = CompiledRules(book)
        // A passage whose rules found good practice stated as done gets nothing from the model, unless it also
        // reports a gap ("not" here is a negation cue, so the rule itself finds the gap).
        #expect(Self.probabilities(try Self.trained(), "The waiting list was reviewed every week.")[0] >= 0.7, "the model alone would tag it")
        #expect(Classifier(compiled).classify("The waiting list was reviewed every week.").labels.isEmpty)
        #expect(Classifier(compiled).classify("The waiting list was not reviewed.").evidence.map(\.rule) == ["TH2.r"])
        let text = "In 2023 the waiting list for therapy was closed."
        let result = Classifier(compiled).classify(text)
        #expect(result.labels == ["TH2"])
        let evidence = try #require(result.evidence.first)
        #expect(evidence.rule == "model.TH2" && evidence.context == "model" && evidence.weight >= 0.7)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])) == evidence.match)
        #expect(evidence.match == "In 2023 the waiting list for therapy was closed")
        // In a longer passage the evidence is the sentence that weighs most, not the first one.
        let longer = "The ward was repainted in May. In 2023 the waiting list for therapy was closed; nobody was told."
        let quoted = try #require(Classifier(compiled).classify(longer).evidence.first { $0.rule == "model.TH2" })
        #expect(quoted.match == "In 2023 the waiting list for therapy was closed")
        #expect(String(String.UnicodeScalarView(Array(longer.unicodeScalars)[quoted.start..<quoted.end])) == quoted.match)
        #expect(Classifier(compiled, model: false).classify(text).labels.isEmpty)
        #expect(ExampleRunner().run(compiled).failures.isEmpty)
        // The rules' own label is not doubled by the model.
        let both = Classifier(compiled).classify("The advocate's mother was never asked.")
        #expect(both.evidence.filter { $0.label == "TH6" }.map(\.rule) == ["TH6.r"])
    }

    /// With stems (what `train` writes by default) a word's other forms count too, read through the classifier, which
    /// looks a token's stem up: "waited" and "lists" are not in the gold as written (once, and never).
    @Test func stemFeaturesCountAWordsOtherForms() throws {
        let yaml = "pack: x\nlabels:\n  - code: TH2\n    name: A\n    definition: B\n  - code: TH6\n    name: C\n    definition: D\n"
        func tagged(_ model: TextModel, _ text: String) throws -> [String] {
            let book = try RuleLoader().load(sources: [("Rules/x.yaml", yaml), ("Rules/model.json", String(decoding: model.encoded(), as: UTF8.self))])
            return Classifier(CompiledRules(book)).classify(text).labels
        }
        let stems = try Self.trained(stems: true), words = try Self.trained()
        #expect(stems.features.contains("wait list") && stems.features.contains("never ask") && !stems.features.contains("waiting"))
        let readStems = try TextModel(json: stems.encoded()), readWords = try TextModel(json: words.encoded())
        #expect(readStems.parameters.stems && !readWords.parameters.stems)
        #expect(try tagged(stems, "He waited on the lists for months.") == ["TH2"])
        #expect(try tagged(words, "He waited on the lists for months.").isEmpty)
        #expect(try tagged(stems, "Her brother was never asked.") == ["TH6"])
        // A file written before stems were an option holds words.
        let old = String(decoding: words.encoded(), as: UTF8.self).replacingOccurrences(of: ", \"stems\": false", with: "")
        let readOld = try TextModel(json: Data(old.utf8))
        #expect(!old.contains("stems") && !readOld.parameters.stems)
    }

    @Test func aSecondModelFileIsAnError() throws {
        let yaml = "pack: x\nlabels:\n  - code: TH2\n    name: A\n    definition: B\n    rules:\n      - id: TH2.r\n        terms: [\"waiting list\"]\n"
        let model = String(decoding: try Self.trained().encoded(), as: UTF8.self)
        let error = #expect(throws: RuleBookError.self) {
            try RuleLoader().load(sources: [("Rules/x.yaml", yaml), ("Rules/model.json", model), ("Other/model.json", model)])
        }
        #expect(error?.description.contains("Rules/model.json:1:1: error: statistical model: more than one model file (Other/model.json is the first)") == true)
    }

    @Test(arguments: [
        ("{", "Rules/model.json:1:1: error: statistical model: not valid JSON"),
        ("{\"format\": \"other\"}", "'format' must be \"reviewlens-text-model/1\""),
        ("{\"format\": \"reviewlens-text-model/1\", \"parameters\": {}, \"labels\": [\"TH2\"], \"features\": [\"a b\"], \"idf\": [1], \"bias\": [0], \"weights\": [[1]]}",
         "feature 'a b': a pair must be two words that are features themselves"),
        ("{\"format\": \"reviewlens-text-model/1\", \"parameters\": {}, \"labels\": [\"TH2\"], \"features\": [\"a\"], \"idf\": [1], \"bias\": [0], \"weights\": [[1, 2]]}",
         "one weight per feature"),
        ("{\"format\": \"reviewlens-text-model/1\", \"parameters\": {}, \"labels\": [\"TH5\"], \"features\": [\"a\"], \"idf\": [1], \"bias\": [0], \"weights\": [[1]]}",
         "label 'TH5' is not defined by any pack"),
        ("{\"format\": \"reviewlens-text-model/1\", \"parameters\": {}, \"labels\": [\"TH2\", \"TH2\"], \"features\": [\"a\"], \"idf\": [1], \"bias\": [0, 0], \"weights\": [[1], [1]]}",
         "a label is listed twice"),
    ])
    func aBrokenModelFileStopsLoadingWithItsName(_ json: String, _ expected: String) {
        let yaml = "pack: x\nlabels:\n  - code: TH2\n    name: A\n    definition: B\n"
        let error = #expect(throws: RuleBookError.self) {
            try RuleLoader().load(sources: [("Rules/x.yaml", yaml), ("Rules/model.json", json)])
        }
        #expect(error?.description.contains(expected) == true, "\(String(describing: error))")
    }
}
