import ArgumentParser
import Foundation

/// The `reviewlens` command: arguments → configuration, errors → messages and exit codes.
/// Exit status: 0 all inputs processed; 1 some inputs failed (the rest processed); 2 usage or rule-file errors.
@main
struct ReviewLens: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "reviewlens",
        abstract: "Turn care-quality review documents into tagged evidence and learning summaries, offline.",
        version: version,
        subcommands: [Run.self, Extract.self, Tag.self, Rules.self, Eval.self, Train.self, Counts.self]
    )

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as Failure {
            FileHandle.standardError.write(Data((failure.message + "\n").utf8))
            Foundation.exit(failure.status)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

/// An error that ends the command with a message and a chosen exit status.
struct Failure: Error {
    var message: String
    var status: Int32

    static func usage(_ message: String) -> Failure { Failure(message: "error: \(message)", status: 2) }
}

/// Options shared by every command that reads rule packs.
struct RulesOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder of rule packs (*.yaml).",
        discussion: "Default: ./Rules, else the Rules folder of the ReviewLens checkout this binary was built in."))
    var rules: String?

    @Flag(name: .customLong("no-model"), help: "Use the rules alone, without the statistical model (Rules/model.json).")
    var noModel = false
}

/// Redaction switches shared by every command that quotes document text.
struct RedactionOptions: ParsableArguments {
    @Flag(name: .customLong("no-redact"), help: "Quote text as written (identifiers are redacted by default).")
    var noRedact = false

    @Option(name: .long, help: "A file of people's names to redact, one per line.")
    var names: String?
}
