@testable import Classification
import DocumentModel
import Foundation
import Testing
import TestSupport

let fixtureRules = CompiledRules(try! RuleLoader().load(directory: Fixtures.url("Rules/good")))

/// Expected hits are marked inside the sentence: `[[TH6: family were not consulted]]`.
struct Marked: CustomTestStringConvertible, Sendable {
    var marked: String
    var testDescription: String { marked }

    /// The plain text and the expected (label, match) pairs.
    var parsed: (text: String, hits: [String]) {
        var text = "", hits: [String] = [], rest = Substring(marked)
        while let open = rest.range(of: "[["), let close = rest.range(of: "]]", range: open.upperBound..<rest.endIndex) {
            text += rest[..<open.lowerBound]
            let inner = rest[open.upperBound..<close.lowerBound]
            let parts = inner.split(separator: ":", maxSplits: 1)
            let match = parts[1].trimmingCharacters(in: .whitespaces)
            hits.append("\(parts[0]): \(match)")
            text += match
            rest = rest[close.upperBound...]
        }
        return (text + rest, hits)
    }
}

@Suite("Classifier: polarity, ConText cues and evidence")
struct ClassifierTests {
    @Test(arguments: [
        Marked(marked: "There was no evidence of [[TH1: trauma-informed approaches]] in her care."),
        Marked(marked: "Staff used a trauma-informed approach throughout."),
        Marked(marked: "The [[TH6: family were not consulted]] about the discharge."),
        Marked(marked: "The family were consulted and their views recorded."),
        Marked(marked: "No safeguarding concerns were identified."),
        Marked(marked: "A [[HS3.2: safeguarding concern was not raised]] with the local authority."),
        Marked(marked: "The Trust should ensure that [[TH6: families are involved]] in care planning."),
        Marked(marked: "The Trust should ensure that safeguarding protocols are followed."),
        Marked(marked: "If the family had been consulted, the plan may have changed."),
        Marked(marked: "There was limited [[HS3: information sharing]] between the teams."),
        Marked(marked: "There was limited information. Sharing was left to the ward."),
        Marked(marked: "[[HS3: Information sharing]] with the ward was poor."),
        Marked(marked: "Information sharing was thorough, but poor housing remained."),
        Marked(marked: "Not only was the family consulted, their views shaped the plan."),
        Marked(marked: "Staff showed [[HS2: discriminatory behaviour]] towards him."),
        Marked(marked: "There should have been [[HS3: joint working]] from the start."),
        Marked(marked: "Information sharing was good, but [[TH6: carers' views]] were not sought."),
        Marked(marked: "Mr A\u{2019}s [[TH6: family wasn't consulted]]."),
        // A terminator that runs into the match still ends the negation's scope.
        Marked(marked: "He did not complain for [[HS2: fear of discrimination]] by staff."),
        Marked(marked: "There was no fear of discrimination on the ward."),
        // A quantified shortfall reaches to the end of its sentence, not a few words; a terminator still ends it.
        Marked(marked: "Only 12% of the carers who responded to the survey said that [[HS3: information sharing]] worked well."),
        Marked(marked: "Only 12% of staff had completed the course, but information sharing was thorough."),
        Marked(marked: "[[HS3: Joint working]] happened in only 3 of the 40 cases."),
        Marked(marked: "Fewer than half of the families we spoke to said that, in the end, [[HS3: joint working]] had helped."),
        // A cleared cue denies the finding whatever the rule's polarity ("no" alone would make a gap of joint working);
        // a terminator ends its scope like any other cue's.
        Marked(marked: "We found no fault with the joint working between the two teams."),
        Marked(marked: "We did not find fault with the information sharing."),
        Marked(marked: "There were no concerns about information sharing on the ward."),
        Marked(marked: "We found no fault, but [[HS3: information sharing]] was poor."),
        // A denial inside a recommendation is learning, not a finding.
        Marked(marked: "The trust should ensure there are no concerns about how [[TH6: families are consulted]]."),
        Marked(marked: "There were no concerns about his mood, and the [[TH6: family were not consulted]]."),
    ])
    func labelsAndEvidence(_ example: Marked) {
        let (text, expected) = example.parsed
        let result = Classifier(fixtureRules).classify(text)
        let found = result.evidence.map { "\($0.label): \($0.match)" }
        #expect(found == expected)
        for evidence in result.evidence {
            let scalars = Array(text.unicodeScalars)
            let slice = String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end]))
            #expect(slice == evidence.match)
        }
    }

    /// A passage too long for the packed sort keys (65,536 tokens or more) takes the tuple sort and finds the same.
    @Test func veryLongPassagesAreClassifiedTheSame() {
        let sentence = "There was limited information sharing between the teams."
        let short = Classifier(fixtureRules).classify(sentence)
        let padding = String(repeating: "word ", count: 70_000)
        let long = Classifier(fixtureRules).classify(padding + sentence)
        #expect(long.labels == short.labels && !short.labels.isEmpty)
        #expect(long.evidence.map(\.rule) == short.evidence.map(\.rule))
        #expect(long.evidence.map { $0.start - padding.count } == short.evidence.map(\.start))
    }

    @Test func subItemsImplyTheirParent() {
        let result = Classifier(fixtureRules).classify("A safeguarding concern was never raised.")
        #expect(result.labels == ["HS3", "HS3.2"])
    }

    @Test func weakRulesNeedTheSectionHint() {
        let classifier = Classifier(fixtureRules)
        let text = "His concerns were dismissed by the ward."
        #expect(classifier.classify(text).labels == [])
        #expect(classifier.classify(text, section: ["4. Family involvement"]).labels == ["TH6"])
        // `eval` names the weak rule as the nearest miss instead of reporting that nothing matched.
        let (result, misses) = classifier.explain(text)
        #expect(result.labels.isEmpty)
        #expect(misses.map { "\($0.rule): \($0.match): \($0.reason)" } == [
            "TH6.concerns-dismissed: concerns were dismissed: its label's score 0.5 stays under the threshold 1.0 (a weak rule needs another rule or a section hint)",
        ])
    }

    @Test func tokenizerSplitsContractionsAndPossessives() {
        var tokenizer = Tokenizer()
        var tokens: [Token] = []
        tokenizer.tokenize("She didn't attend; Mr. A's GP re-referred her.", into: &tokens)
        #expect(tokens.map(\.word) == ["she", "did", "not", "attend", "mr", "a", "gp", "re", "referred", "her"])
        #expect(tokens.map(\.sentence) == [0, 0, 0, 0, 1, 1, 1, 1, 1, 1])
    }

    /// Spans are Unicode scalar offsets whatever the UTF-8 length of what precedes them (2-, 3- and 4-byte scalars,
    /// combining marks, curly apostrophes).
    @Test func tokenSpansCountScalarsNotBytes() {
        var tokenizer = Tokenizer()
        var tokens: [Token] = []
        let text = "Café 😀 staff wasn\u{2019}t nai\u{0308}ve. ÉQUIPE"
        tokenizer.tokenize(text, into: &tokens)
        #expect(tokens.map(\.word) == ["café", "staff", "was", "not", "nai\u{0308}ve", "équipe"])
        let scalars = Array(text.unicodeScalars)
        for token in tokens where token.word != "not" {
            let slice = String(String.UnicodeScalarView(scalars[token.start..<token.end]))
            #expect(slice.lowercased() == token.word)
            #expect(tokenizer.text(bytes: token.byteStart, token.byteEnd) == slice)
        }
        #expect(tokens.map(\.sentence) == [0, 0, 0, 0, 0, 1])
    }

    /// Canonical label order (family, then numbers, `.n` sub-items after their parent, `HM6A` after `HM6`), and the
    /// allocation-free code tests that the summaries use.
    @Test func labelCodesSortAndNest() {
        let canonical = ["HS1", "HS1.2", "HS1.10", "HS2", "HS10", "TH1", "TH6", "IM1", "IM13", "HM1", "HM6", "HM6A", "HM6B", "HM8"]
        #expect(canonical.reversed().sorted(by: LabelCode.precedes) == canonical)
        #expect(canonical.shuffled().sorted(by: LabelCode.precedes) == canonical)
        #expect(canonical.filter(LabelCode.isTopLevel) == canonical.filter { LabelCode.parent(of: $0) == nil })
        for code in canonical {
            for label in ["HS1", "HS1.2", "HS10", "HM6"] {
                #expect(LabelCode.code(code, isIn: label) == (code == label || LabelCode.parent(of: code) == label), "\(code) in \(label)")
            }
        }
    }

    @Test func evaluationCountsPerLabel() {
        let gold = [
            GoldPassage(id: "1", text: "The family were not consulted.", labels: ["TH6"]),
            GoldPassage(id: "2", text: "Staff used a trauma-informed approach.", labels: ["TH1"]),
            GoldPassage(id: "3", text: "There was no routine enquiry about trauma.", labels: []),
        ]
        let report = Evaluator().evaluate(gold, classifier: Classifier(fixtureRules))
        let th1 = report.scores.first { $0.label == "TH1" }!, th6 = report.scores.first { $0.label == "TH6" }!
        #expect((th1.truePositives, th1.falsePositives, th1.falseNegatives) == (0, 1, 1))
        #expect((th6.truePositives, th6.falsePositives, th6.falseNegatives) == (1, 0, 0))
        #expect(report.micro.precision == 0.5)
        #expect(report.errors.map { "\($0.kind) \($0.label) \($0.id)" } == ["FN TH1 2", "FP TH1 3"])
    }
}
