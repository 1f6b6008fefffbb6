import Classification
import Segmentation
import Foundation

extension RulesOption {
    /// Loads and compiles the rule packs, or fails with exit status 2 and compiler-style messages.
    func load() throws -> CompiledRules {
        try compile(sources())
    }

    /// The rule files, read but not parsed (their hash decides whether a run can keep its outputs); without
    /// `model.json` under `--no-model`, so the hash tells the two apart.
    func sources() throws -> [(name: String, text: String)] {
        do {
            return try RuleLoader().sources(directory: URL(fileURLWithPath: try resolved()))
                .filter { !noModel || !RuleLoader.isModel($0.name) }
        } catch let error as RuleBookError {
            throw Failure(message: error.description, status: 2)
        }
    }

    /// Parses, checks and compiles rule files, or fails with exit status 2 and compiler-style messages.
    func compile(_ sources: [(name: String, text: String)]) throws -> CompiledRules {
        do {
            return CompiledRules(try RuleLoader().load(sources: sources))
        } catch let error as RuleBookError {
            throw Failure(message: error.description, status: 2)
        }
    }
}

extension RulesOption {
    /// The rules folder: `--rules`, else `./Rules`, else the `Rules` folder of the checkout holding this binary
    /// (`<checkout>/.build/…/reviewlens`), so the tool runs from any working directory.
    func resolved() throws -> String {
        func isFolder(_ path: String) -> Bool {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        if let rules {
            guard isFolder(rules) else { throw Failure.usage("rules folder '\(rules)' not found (use --rules DIR)") }
            return rules
        }
        if isFolder("Rules") { return "Rules" }
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = folder.appendingPathComponent("Rules").path
            if isFolder(candidate), FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return candidate
            }
            folder = folder.deletingLastPathComponent()
        }
        throw Failure.usage("no rules folder: ./Rules not found and none beside this binary's checkout (use --rules DIR)")
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
