import ArgumentParser
import Classification
import DocumentModel
import Foundation

/// `reviewlens train`: fits the statistical model on gold passages and writes it beside the rule packs.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train the statistical model (Rules/model.json) on gold passages.",
        discussion: """
        One logistic regression per top-level label (HS1–HS7, TH1–TH6) over word stems and pairs of them. Train on tuning \
        splits only, never on the split you report as held out. The same passages give the same file, byte for byte.
        """)

    @Option(name: .long, help: "Gold JSON Lines file.")
    var gold: String

    @Option(name: .long, parsing: .upToNextOption, help: "The splits to train on (e.g. dev dev2 dev3).")
    var split: [String]

    @OptionGroup var rules: RulesOption

    @Option(name: .long, help: "Where to write the model (default: model.json in the rules folder).")
    var out: String?

    @Option(name: .long, help: "Inverse L2 penalty.")
    var c: Double = TextModel.Parameters().c

    @Option(name: .long, help: "Probability at which the model adds a label.")
    var threshold: Double = TextModel.Parameters().threshold

    @Flag(name: .long, help: "Features are words as written, not their stems.")
    var words = false

    func validate() throws {
        guard !split.isEmpty else { throw ValidationError("name the splits to train on: --split dev dev2 …") }
        guard threshold > 0, threshold < 1 else { throw ValidationError("--threshold must be between 0 and 1") }
        guard c > 0 else { throw ValidationError("--c must be positive") }
    }

    func run() throws {
        var options = rules
        options.noModel = true  // the packs' labels are what the model needs; an old model is replaced
        let compiled = try options.load()
        let passages: [GoldPassage]
        do { passages = try Evaluator.loadGold(URL(fileURLWithPath: gold)).filter { split.contains($0.split ?? "") } } catch {
            throw Failure(message: "error: \(error)", status: 2)
        }
        guard !passages.isEmpty else { throw Failure.usage("no gold passages in split(s) \(split.joined(separator: ", "))") }
        let labels = compiled.book.labels.map(\.code).filter(EvalRendering.headline.contains)
        var parameters = TextModel.Parameters()
        parameters.c = c
        parameters.threshold = threshold
        parameters.stems = !words
        let model = try TextModelTrainer(parameters: parameters).train(
            passages, labels: labels, spelling: compiled.book.spelling, trainedOn: "\(gold), split \(split.joined(separator: " ")): \(passages.count) passages",
            splits: split)
        let folder = try rules.resolved()
        let destination = out ?? URL(fileURLWithPath: folder).appendingPathComponent(RuleLoader.modelFile).path
        do { try model.encoded().write(to: URL(fileURLWithPath: destination), options: .atomic) } catch {
            throw Failure(message: "error: cannot write \(destination): \(error.localizedDescription)", status: 2)
        }
        print("\(destination): \(labels.count) labels, \(model.features.count) features, trained on \(passages.count) passages")
    }
}
