import ArgumentParser
import Classification
import Foundation
import Pipeline

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Process documents (files or folders, recursively) into Output/: manifest, passages, counts, quadrant.")

    @Argument(help: "Input files or folders.")
    var inputs: [String] = ["Corpus"]

    @Option(name: .long, help: "Output folder.")
    var out: String = "Output"

    @OptionGroup var rules: RulesOption

    @Option(name: .long, help: "Documents processed in parallel (default: the number of cores; outputs are the same for any value).")
    var jobs: Int = min(64, max(1, ProcessInfo.processInfo.activeProcessorCount))

    @Flag(name: .long, help: "No progress line.")
    var quiet = false

    @OptionGroup var redaction: RedactionOptions

    func validate() throws {
        guard jobs >= 1, jobs <= 64 else { throw ValidationError("--jobs must be between 1 and 64") }
    }

    func run() throws {
        let sources = try rules.sources()
        let outURL = URL(fileURLWithPath: out)
        let rules = self.rules
        var runner = BatchRunner(rulesHash: RuleLoader.hash(sources),
                                 configuration: .init(inputs: inputs, outputDirectory: outURL, jobs: jobs,
                                                      version: ReviewLens.version, redactor: try redaction.redactor())) {
            try rules.compile(sources)
        }
        let showProgress = !quiet && isatty(STDERR_FILENO) == 1
        let start = Date()
        if showProgress {
            runner.progress = { done, total, failed in
                guard done == total || done % 25 == 0 else { return }
                let rate = Double(done) / max(Date().timeIntervalSince(start), 0.001)
                let line = String(format: "\r%d/%d documents, %.0f/s, %d failed", done, total, rate, failed)
                FileHandle.standardError.write(Data(line.utf8))
            }
        }
        let result: BatchRunner.Result
        do { result = try runner.run() } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(message: "error: cannot write outputs to \(out): \(error)", status: 2)
        }
        if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
        let manifest = result.manifest
        let line = "\(manifest.count(.ok)) ok, \(manifest.count(.failed)) failed, \(manifest.count(.skipped)) skipped; "
            + "\(result.passages) passages → \(out)/" + (result.reused ? " (unchanged since the last run: outputs kept)" : "")
        if !quiet { print(line) }
        for entry in manifest.documents where entry.status == .failed {
            FileHandle.standardError.write(Data("failed: \(entry.path): \(entry.error ?? "unknown error")\n".utf8))
        }
        if result.failed > 0 { throw ExitCode(1) }
    }
}
