import Classification
import Segmentation
import Foundation

extension RulesOption {
    /// Loads and compiles the rule packs, or fails with exit status 2 and compiler-style messages.
    func load() throws -> CompiledRules {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: rules, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure.usage("rules folder '\(rules)' not found (use --rules DIR)")
        }
        do {
            return CompiledRules(try RuleLoader().load(directory: URL(fileURLWithPath: rules)))
        } catch let error as RuleBookError {
            throw Failure(message: error.description, status: 2)
        }
    }
}

/// Writes to standard output in large chunks.
struct Output {
    private var buffer = ""

    mutating func write(_ text: String) {
        buffer += text
        if buffer.utf8.count > 1 << 16 { flush() }
    }

    mutating func flush() {
        FileHandle.standardOutput.write(Data(buffer.utf8))
        buffer = ""
    }
}

extension RedactionOptions {
    /// The redactor to use, or nil with `--no-redact`.
    func redactor() throws -> Redactor? {
        guard !noRedact else { return nil }
        guard let names else { return Redactor() }
        guard let text = try? String(contentsOfFile: names, encoding: .utf8) else { throw Failure.usage("cannot read names file \(names)") }
        return Redactor(names: text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }
}
