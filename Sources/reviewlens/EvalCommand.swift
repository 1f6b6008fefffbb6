import ArgumentParser
import Classification
import DocumentModel
import Foundation

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Precision, recall and F1 per label against gold JSON Lines {\"id\", \"text\", \"labels\"}.")

    @Option(name: .long, help: "Gold JSON Lines file.")
    var gold: String

    @OptionGroup var rules: RulesOption

    @Option(name: .long, help: "Only passages whose \"split\" is this (e.g. dev, heldout).")
    var split: String?

    @Option(name: .long, parsing: .upToNextOption, help: "Labels to score (default: every label in the gold file).")
    var labels: [String] = []

    @Flag(name: .long, help: "Machine-readable JSON instead of a table.")
    var json = false

    @Option(name: .long, help: "How many false positives/negatives to list (table output).")
    var errors: Int = 20

    func run() throws {
        let compiled = try rules.load()
        var passages: [GoldPassage]
        do { passages = try Evaluator.loadGold(URL(fileURLWithPath: gold)) } catch {
            throw Failure(message: "error: \(error)", status: 2)
        }
        if let split { passages = passages.filter { $0.split == split } }
        guard !passages.isEmpty else { throw Failure.usage("no gold passages\(split.map { " in split '\($0)'" } ?? "")") }
        let report = Evaluator().evaluate(passages, classifier: Classifier(compiled), labels: labels.isEmpty ? nil : labels)
        print(json ? EvalRendering.json(report) : EvalRendering.table(report, errors: errors, split: split))
        // Figures on the model's own training passages say nothing about accuracy: say so where they are read.
        let trained = Set(compiled.model?.trainedSplits ?? []).intersection(passages.compactMap(\.split))
        if !trained.isEmpty {
            FileHandle.standardError.write(Data(("note: the statistical model (\(RuleLoader.modelFile)) was trained on split "
                + "\(trained.sorted().joined(separator: ", ")): these figures are not estimates of accuracy; use --no-model, "
                + "or a split it was not trained on\n").utf8))
        }
    }
}

enum EvalRendering {
    static let headline = Set(LabelCode.headline)

    static func table(_ report: EvaluationReport, errors: Int, split: String?) -> String {
        var out = "Evaluation on \(report.passages) passages\(split.map { " (split: \($0))" } ?? "")\n\n"
        out += pad("label", 8) + pad("support", 9) + pad("TP", 6) + pad("FP", 6) + pad("FN", 6)
            + pad("precision", 11) + pad("recall", 9) + "F1\n"
        for s in report.scores {
            out += pad(s.label, 8) + pad("\(s.support)", 9) + pad("\(s.truePositives)", 6) + pad("\(s.falsePositives)", 6)
                + pad("\(s.falseNegatives)", 6) + pad(f(s.precision), 11) + pad(f(s.recall), 9) + f(s.f1) + "\n"
        }
        let micro = report.micro, macro = report.macro()
        out += "\n" + pad("micro", 35) + pad(f(micro.precision), 11) + pad(f(micro.recall), 9) + f(micro.f1) + "\n"
        out += pad("macro", 35) + pad(f(macro.precision), 11) + pad(f(macro.recall), 9) + f(macro.f1) + "\n"
        let scored = Set(report.scores.map(\.label)).intersection(headline)
        if !scored.isEmpty {
            let m = report.macro(over: scored)
            out += pad("macro HS1-7+TH1-6", 35) + pad(f(m.precision), 11) + pad(f(m.recall), 9) + f(m.f1) + "\n"
        }
        if errors > 0, !report.errors.isEmpty {
            out += "\nErrors (first \(min(errors, report.errors.count)) of \(report.errors.count)):\n"
            for e in report.errors.prefix(errors) {
                out += "\(e.kind) \(e.label) \(e.id): \(e.text.prefix(160))\n    → \(e.detail)\n"
            }
        }
        return out
    }

    static func json(_ report: EvaluationReport) -> String {
        func triple(_ t: (precision: Double, recall: Double, f1: Double)) -> JSONValue {
            .object([("precision", .double(t.precision)), ("recall", .double(t.recall)), ("f1", .double(t.f1))])
        }
        let labels: [JSONValue] = report.scores.map { s in
            .object([("label", .string(s.label)), ("support", .int(s.support)), ("tp", .int(s.truePositives)),
                     ("fp", .int(s.falsePositives)), ("fn", .int(s.falseNegatives)), ("precision", .double(s.precision)),
                     ("recall", .double(s.recall)), ("f1", .double(s.f1))])
        }
        let errors: [JSONValue] = report.errors.map { e in
            .object([("id", .string(e.id)), ("label", .string(e.label)), ("kind", .string(e.kind)), ("detail", .string(e.detail))])
        }
        let scored = Set(report.scores.map(\.label)).intersection(headline)
        return JSONValue.object([
            ("passages", .int(report.passages)), ("labels", .array(labels)), ("micro", triple(report.micro)),
            ("macro", triple(report.macro())), ("macro_hs_th", scored.isEmpty ? .null : triple(report.macro(over: scored))),
            ("errors", .array(errors)),
        ]).rendered()
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    static func f(_ value: Double) -> String { String(format: "%.3f", value) }
}
