import DocumentModel
import Foundation

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
        guard let data = try? JSONEncoder().encode(entry) else { return }
        let temporary = folder.appendingPathComponent(".\(sha256).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else { return }
        if rename(temporary.path, url(sha256).path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }

    private func url(_ sha256: String) -> URL { folder.appendingPathComponent("\(sha256)-\(fingerprint).json") }
}
