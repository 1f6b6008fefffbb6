import DocumentModel
import Foundation
import Reporting

/// Earlier results kept in `OUT/.cache/`, so that re-running after a rule edit re-classifies without re-reading
/// documents: the passages of each document, keyed by its SHA-256 and by what shapes passages (tool version and
/// redaction). Entries are written atomically; an unreadable entry is simply a miss.
struct DocumentCache: Sendable {
    struct Entry: Equatable {
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
        return data.withUnsafeBytes { Self.decode($0) }
    }

    func store(_ entry: Entry, sha256: String) {
        // Not synced to the disk: a lost or torn entry only costs a re-read (it fails to decode: a miss). A failed
        // write leaves no entry (the temporary file is removed).
        guard let file = try? AtomicFile(url(sha256), durable: false) else { return }
        try? file.write(bytes: Self.encode(entry))
        try? file.commit()
    }

    /// Entry files start with this line; what follows is length-prefixed fields in a fixed order (integers as
    /// LEB128, strings as a byte count and UTF-8, optionals behind a 0/1 byte). Read back without a JSON parser:
    /// decoding JSON had cost a re-run after a rule edit more than anything but classification and the outputs.
    static let magic = Array("ReviewLens passage cache 3\n".utf8)

    static func encode(_ entry: Entry) -> [UInt8] {
        var out = magic
        func int(_ value: Int) {
            var v = UInt64(bitPattern: Int64(value))
            repeat {
                out.append(UInt8(v & 0x7F) | (v > 0x7F ? 0x80 : 0))
                v >>= 7
            } while v != 0
        }
        func string(_ text: String) {
            int(text.utf8.count)
            out.append(contentsOf: text.utf8)
        }
        func optional(_ text: String?) {
            out.append(text == nil ? 0 : 1)
            if let text { string(text) }
        }
        string(entry.format)
        let p = entry.properties
        for value in [p.title, p.author, p.created, p.modified, p.organisation] { optional(value) }
        int(entry.warnings.count)
        entry.warnings.forEach(string)
        optional(entry.firstHeading)
        int(entry.passages.count)
        for passage in entry.passages {
            string(passage.id)
            string(passage.kind.rawValue)
            int(passage.section.count)
            passage.section.forEach(string)
            string(passage.text)
            string(passage.location.part)
            int(passage.location.index)
        }
        return out
    }

    /// Nil for anything that is not a complete entry of this format (a miss). There is no checksum: a torn or
    /// truncated file is caught by its lengths, a byte changed in place is not.
    static func decode(_ bytes: UnsafeRawBufferPointer) -> Entry? {
        guard bytes.count >= magic.count, bytes.prefix(magic.count).elementsEqual(magic) else { return nil }
        var offset = magic.count
        func int() -> Int? {
            var value: UInt64 = 0, shift: UInt64 = 0
            while offset < bytes.count, shift < 64 {
                let byte = bytes[offset]
                offset += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte & 0x80 == 0 { return Int(Int64(bitPattern: value)) }
                shift += 7
            }
            return nil
        }
        func string() -> String? {
            guard let count = int(), count >= 0, count <= bytes.count - offset else { return nil }
            defer { offset += count }
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]), as: UTF8.self)
        }
        func optional() -> String?? {
            guard offset < bytes.count else { return nil }
            offset += 1
            switch bytes[offset - 1] {
            case 0: return .some(nil)
            case 1: return string().map { .some($0) }
            default: return nil
            }
        }
        func list(_ limit: Int) -> [String]? {
            guard let count = int(), count >= 0, count <= limit else { return nil }
            var items: [String] = []
            for _ in 0..<count {
                guard let item = string() else { return nil }
                items.append(item)
            }
            return items
        }
        guard let format = string(), let title = optional(), let author = optional(), let created = optional(),
              let modified = optional(), let organisation = optional(), let warnings = list(bytes.count),
              let firstHeading = optional(), let count = int(), count >= 0, count <= bytes.count else { return nil }
        var passages: [Passage] = []
        passages.reserveCapacity(min(count, (bytes.count - offset) / 6))  // a passage takes at least 6 bytes
        for _ in 0..<count {
            guard let id = string(), let kind = string().flatMap(Block.Kind.init(rawValue:)), let section = list(bytes.count),
                  let text = string(), let part = string(), let index = int() else { return nil }
            passages.append(Passage(id: id, kind: kind, section: section, text: text, location: SourceLocation(part: part, index: index)))
        }
        guard offset == bytes.count else { return nil }
        return Entry(format: format, properties: DocumentProperties(title: title, author: author, created: created, modified: modified,
                                                                      organisation: organisation),
                     warnings: warnings, firstHeading: firstHeading, passages: passages)
    }

    private func url(_ sha256: String) -> URL { folder.appendingPathComponent("\(sha256)-\(fingerprint).bin") }
}
