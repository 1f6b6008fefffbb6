import DocumentModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Earlier results kept in `OUT/.cache/`, so that re-running after a rule edit re-classifies without re-reading
/// documents: the passages of each document, keyed by its SHA-256 and by what shapes passages (tool version and
/// redaction). Entries are written atomically; an unreadable entry is simply a miss.
struct DocumentCache: Sendable {
    struct Entry: Codable {
        var format: String
        var properties: DocumentProperties
        var warnings: [String]
        var firstHeading: String?
        var passages: [Passage]
    }

    let folder: URL
    let fingerprint: String

    init(outputDirectory: URL, fingerprint: String) {
        folder = outputDirectory.appendingPathComponent(".cache/passages")
        self.fingerprint = fingerprint
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func load(sha256: String) -> Entry? {
        guard let data = FileManager.default.contents(atPath: url(sha256).path) else { return nil }
        return try? JSONDecoder().decode(Entry.self, from: data)
    }

    func store(_ entry: Entry, sha256: String) {
        // Not synced to the disk: a lost or torn entry only costs a re-read (it fails to decode: a miss).
        let bytes = Array(Self.render(entry).utf8)
        let temporary = folder.appendingPathComponent(".\(sha256).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            if n <= 0 { break }
            written += n
        }
        close(fd)
        if written != bytes.count || rename(temporary.path, url(sha256).path) != 0 { unlink(temporary.path) }
    }

    /// The entry as JSON with `Codable`'s key names (so `JSONDecoder` reads it back), rendered without the
    /// overhead of `JSONEncoder`, which dominated the cost of writing the cache.
    static func render(_ entry: Entry) -> String {
        func optional(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
        let p = entry.properties
        let passages: [JSONValue] = entry.passages.map { passage in
            .object([("id", .string(passage.id)), ("kind", .string(passage.kind.rawValue)),
                     ("section", .array(passage.section.map { .string($0) })), ("text", .string(passage.text)),
                     ("location", .object([("part", .string(passage.location.part)), ("index", .int(passage.location.index))]))])
        }
        return JSONValue.object([
            ("format", .string(entry.format)),
            ("properties", .object([("title", optional(p.title)), ("author", optional(p.author)), ("created", optional(p.created)),
                                    ("modified", optional(p.modified)), ("organisation", optional(p.organisation))])),
            ("warnings", .array(entry.warnings.map { .string($0) })), ("firstHeading", optional(entry.firstHeading)),
            ("passages", .array(passages)),
        ]).rendered()
    }

    private func url(_ sha256: String) -> URL { folder.appendingPathComponent("\(sha256)-\(fingerprint).json") }
}
