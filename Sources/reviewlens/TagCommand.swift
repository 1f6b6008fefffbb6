import ArgumentParser
import Classification
import DocumentModel
import Foundation

struct Tag: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tag JSON Lines passages {\"id\", \"text\"} and write {\"id\", \"labels\", \"evidence\"} per line.")

    @Option(name: .long, help: "JSON Lines file, or - for standard input.")
    var input: String = "-"

    @OptionGroup var rules: RulesOption

    func run() throws {
        let classifier = Classifier(try rules.load())
        let handle: FileHandle
        if input == "-" { handle = .standardInput } else {
            guard let file = FileHandle(forReadingAtPath: input) else { throw Failure.usage("cannot read \(input)") }
            handle = file
        }
        var out = Output()
        var bad = 0
        var lineNumber = 0
        try LineReader.forEach(handle) { line in
            lineNumber += 1
            guard !line.trimmingSpaces.isEmpty else { return }
            guard let object = try? JSONValue.parseObject(line), let text = object["text"] as? String else {
                bad += 1
                out.write(JSONValue.object([("id", .null), ("labels", .array([])), ("evidence", .array([])),
                                            ("error", .string("line \(lineNumber): expected a JSON object with \"text\""))]).rendered() + "\n")
                return
            }
            let id: JSONValue = (object["id"] as? String).map { .string($0) }
                ?? (object["id"] as? NSNumber).map { .int($0.intValue) } ?? .null
            let result = classifier.classify(text, section: object["section"] as? [String] ?? [])
            let evidence: [JSONValue] = result.evidence.map {
                .object([("label", .string($0.label)), ("rule", .string($0.rule)), ("match", .string($0.match)),
                         ("start", .int($0.start)), ("end", .int($0.end)), ("context", .string($0.context))])
            }
            out.write(JSONValue.object([("id", id), ("labels", .array(result.labels.map { .string($0) })),
                                        ("evidence", .array(evidence))]).rendered() + "\n")
        }
        out.flush()
        if bad > 0 { throw Failure(message: "\(bad) input line(s) were not valid passages", status: 1) }
    }
}

/// Reads lines from a file handle in chunks.
enum LineReader {
    static func forEach(_ handle: FileHandle, _ body: (String) throws -> Void) throws {
        var pending = Data()
        while let chunk = try handle.read(upToCount: 1 << 16), !chunk.isEmpty {
            pending.append(chunk)
            while let newline = pending.firstIndex(of: 10) {
                try body(String(decoding: pending[pending.startIndex..<newline], as: UTF8.self))
                pending = pending[(newline + 1)...]
            }
        }
        if !pending.isEmpty { try body(String(decoding: pending, as: UTF8.self)) }
    }
}
