import DocumentModel
import Foundation
import Yams

/// Loads a rules folder (`Rules/*.yaml`) into a `RuleBook`, checking every file the way a compiler would:
/// unknown fields, wrong types, duplicate ids, empty phrase lists, bad patterns and unknown label codes are
/// collected as `RuleDiagnostic`s with file, line, column and the source line.
public struct RuleLoader {
    public init() {}

    /// Loads every `*.yaml` file of `directory`; throws `RuleBookError` listing all problems found.
    public func load(directory: URL) throws -> RuleBook {
        try load(sources: sources(directory: directory))
    }

    /// The statistical model's file name in a rules folder.
    public static let modelFile = "model.json"

    /// Whether a rule source (a display name such as `Rules/model.json`) is the statistical model.
    public static func isModel(_ name: String) -> Bool { (name as NSString).lastPathComponent == modelFile }

    /// The `*.yaml` files of `directory` (and `model.json`) as (display name, text), in file-name order, without
    /// parsing them.
    public func sources(directory: URL) throws -> [(name: String, text: String)] {
        let files: [URL]
        do {
            files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "yaml" || $0.pathExtension == "yml" || Self.isModel($0.lastPathComponent) }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch {
            let location = RuleSourceLocation(file: directory.path, line: 0, column: 0)
            throw RuleBookError(diagnostics: [RuleDiagnostic(location, "cannot read rules folder: \(error.localizedDescription)")])
        }
        var sources: [(name: String, text: String)] = []
        for file in files {
            let name = Self.displayPath(file, directory: directory)
            guard let data = FileManager.default.contents(atPath: file.path) else {
                let location = RuleSourceLocation(file: name, line: 0, column: 0)
                throw RuleBookError(diagnostics: [RuleDiagnostic(location, "cannot read file")])
            }
            sources.append((name, String(decoding: data, as: UTF8.self)))
        }
        return sources
    }

    /// Loads rule files given as (display name, YAML text) pairs; the basis of `load(directory:)` and of tests.
    public func load(sources: [(name: String, text: String)]) throws -> RuleBook {
        var parser = RuleFileParser()
        let special = ["spelling.yaml": 0, "spelling.yml": 0, "vocabulary.yaml": 1, "vocabulary.yml": 1, "context.yaml": 2, "context.yml": 2]
        let ordered = sources.sorted {
            let a = special[($0.name as NSString).lastPathComponent] ?? 3, b = special[($1.name as NSString).lastPathComponent] ?? 3
            return a != b ? a < b : $0.name < $1.name
        }
        var modelDiagnostics: [RuleDiagnostic] = []
        let models = ordered.filter { Self.isModel($0.name) }
        let modelLocation = RuleSourceLocation(file: models.first?.name ?? Self.modelFile, line: 1, column: 1)
        for extra in models.dropFirst() {
            modelDiagnostics.append(RuleDiagnostic(RuleSourceLocation(file: extra.name, line: 1, column: 1),
                                                   "statistical model: more than one model file (\(modelLocation.file) is the first)"))
        }
        // The model file is read on another thread while the packs are parsed.
        let reading = models.first.map { source in BackgroundTask { try TextModel(json: Data(source.text.utf8)) } }
        for source in ordered where !Self.isModel(source.name) { parser.parse(name: source.name, text: source.text) }
        var model: TextModel?
        do { model = try reading?.result() } catch {
            modelDiagnostics.append(RuleDiagnostic(modelLocation, "statistical model: \(error)"))
        }
        guard !parser.labels.isEmpty || !parser.diagnostics.isEmpty else {
            let location = RuleSourceLocation(file: sources.first?.name ?? "Rules", line: 0, column: 0)
            throw RuleBookError(diagnostics: [RuleDiagnostic(location, "no label packs found")])
        }
        parser.checkReferences()
        let codes = Set(parser.labels.map(\.code))
        for label in model?.labels ?? [] where !codes.contains(label) {
            modelDiagnostics.append(RuleDiagnostic(modelLocation,
                                                   "statistical model: label '\(label)' is not defined by any pack (retrain with `reviewlens train`)"))
        }
        let diagnostics = parser.diagnostics + modelDiagnostics
        if !diagnostics.isEmpty { throw RuleBookError(diagnostics: diagnostics) }
        return RuleBook(labels: parser.labels, rules: parser.rules, cues: parser.cues, spelling: parser.spelling,
                        quadrant: parser.quadrant, hash: Self.hash(sources), model: model)
    }

    private static func displayPath(_ file: URL, directory: URL) -> String {
        let base = directory.path.hasSuffix("/") ? String(directory.path.dropLast()) : directory.path
        let relative = (base as NSString).lastPathComponent
        return "\(relative)/\(file.lastPathComponent)"
    }

    /// The rule packs' hash, as `RuleBook.hash` has it, from the files' names and bytes alone. Each name and text is
    /// preceded by its length in bytes, so no two different sets of files hash the same bytes.
    public static func hash(_ sources: [(name: String, text: String)]) -> String {
        var hasher = SHA256()
        for source in sources {
            for field in [Array((source.name as NSString).lastPathComponent.utf8), Array(source.text.utf8)] {
                hasher.update(Array("\(field.count):".utf8))
                hasher.update(field)
            }
        }
        return hasher.finalize()
    }
}
