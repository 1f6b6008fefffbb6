import DocumentModel
import Foundation

/// One gold passage: `{"id", "text", "labels", "split"?}`.
public struct GoldPassage: Sendable {
    public var id: String
    public var text: String
    public var labels: [String]
    public var split: String?
}

/// Precision, recall and F1 per label, micro and macro averages, and the errors behind them.
public struct EvaluationReport: Sendable {
    public struct Score: Sendable {
        public var label: String
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        public var support: Int { truePositives + falseNegatives }
    }

    public struct ErrorCase: Sendable {
        public var id: String
        public var label: String
        public var kind: String          // "FP" or "FN"
        public var text: String
        public var detail: String        // the rule that fired, or the nearest miss
    }

    public var passages: Int
    public var scores: [Score]
    public var errors: [ErrorCase]

    public var micro: (precision: Double, recall: Double, f1: Double) {
        let tp = scores.map(\.truePositives).reduce(0, +)
        let fp = scores.map(\.falsePositives).reduce(0, +)
        let fn = scores.map(\.falseNegatives).reduce(0, +)
        let p = ratio(tp, tp + fp), r = ratio(tp, tp + fn)
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
    }

    /// Macro averages over the given labels (all scored labels when nil).
    public func macro(over labels: Set<String>? = nil) -> (precision: Double, recall: Double, f1: Double) {
        let chosen = scores.filter { labels?.contains($0.label) ?? true }
        guard !chosen.isEmpty else { return (0, 0, 0) }
        let n = Double(chosen.count)
        return (chosen.map(\.precision).reduce(0, +) / n, chosen.map(\.recall).reduce(0, +) / n,
                chosen.map(\.f1).reduce(0, +) / n)
    }
}

private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

/// Scores a classifier against gold passages.
public struct Evaluator {
    public init() {}

    /// Reads gold JSON Lines; a malformed line is an error naming the file and line.
    public static func loadGold(_ url: URL) throws -> [GoldPassage] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw EvaluationError.unreadable(url.path)
        }
        var result: [GoldPassage] = []
        for (index, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            do {
                let object = try JSONValue.parseObject(trimmed)
                guard let text = object["text"] as? String else { throw EvaluationError.malformed(url.path, index + 1, "missing \"text\"") }
                guard let labels = object["labels"] as? [String] else {
                    throw EvaluationError.malformed(url.path, index + 1, "missing \"labels\" list")
                }
                let id = (object["id"] as? String) ?? (object["id"].map { "\($0)" } ?? "line-\(index + 1)")
                result.append(GoldPassage(id: id, text: text, labels: labels, split: object["split"] as? String))
            } catch let error as EvaluationError {
                throw error
            } catch {
                throw EvaluationError.malformed(url.path, index + 1, "not a JSON object")
            }
        }
        return result
    }

    /// Scores `classifier` on `gold` for `labels` (default: every label that occurs in the gold file).
    public func evaluate(_ gold: [GoldPassage], classifier: Classifier, labels: [String]? = nil) -> EvaluationReport {
        let scope = labels ?? Array(Set(gold.flatMap(\.labels))).sorted(by: LabelCode.precedes)
        var scores = Dictionary(uniqueKeysWithValues: scope.map { ($0, EvaluationReport.Score(label: $0)) })
        var errors: [EvaluationReport.ErrorCase] = []
        for passage in gold {
            let (result, misses) = classifier.explain(passage.text)
            let predicted = Set(result.labels), expected = Set(passage.labels)
            for label in scope {
                switch (expected.contains(label), predicted.contains(label)) {
                case (true, true): scores[label]!.truePositives += 1
                case (false, true):
                    scores[label]!.falsePositives += 1
                    let fired = result.evidence.filter { $0.label == label || LabelCode.parent(of: $0.label) == label }
                        .map { "\($0.rule) matched \"\($0.match)\" (\($0.context))" }.joined(separator: "; ")
                    errors.append(.init(id: passage.id, label: label, kind: "FP", text: passage.text, detail: fired))
                case (true, false):
                    scores[label]!.falseNegatives += 1
                    let near = misses.filter { $0.label == label || LabelCode.parent(of: $0.label) == label }
                        .map { "\($0.rule) matched \"\($0.match)\" but \($0.reason)" }
                    errors.append(.init(id: passage.id, label: label, kind: "FN", text: passage.text,
                                        detail: near.first ?? "no rule of \(label) matched"))
                case (false, false): break
                }
            }
        }
        return EvaluationReport(passages: gold.count, scores: scope.map { scores[$0]! }, errors: errors)
    }
}

public enum EvaluationError: Error, CustomStringConvertible {
    case unreadable(String)
    case malformed(String, Int, String)

    public var description: String {
        switch self {
        case .unreadable(let path): return "\(path): cannot read gold file"
        case .malformed(let path, let line, let why): return "\(path):\(line): error: \(why)"
        }
    }
}
