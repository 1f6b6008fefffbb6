import Foundation
import ZIPFoundation

/// A zip-based package (DOCX, ODT) whose entries are streamed through a parser under size and ratio limits.
final class ZipPackage {
    let displayName: String
    private let archive: Archive
    private let limits: IngestionLimits
    private lazy var entries: [String: Entry] = {
        var byPath: [String: Entry] = [:]
        for entry in archive where byPath[entry.path] == nil { byPath[entry.path] = entry }
        return byPath
    }()

    init(url: URL, limits: IngestionLimits) throws {
        displayName = url.lastPathComponent
        self.limits = limits
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw IngestionError.corruptZip(part: url.lastPathComponent, reason: Self.describe(error))
        }
    }

    /// True when the package has an entry at this path (leading `/` ignored).
    func contains(_ path: String) -> Bool { entries[Self.normalise(path)] != nil }

    /// An entry as the central directory records it: CRC-32 and both sizes, read without inflating it.
    struct EntryIdentity: Hashable {
        var crc32: UInt32
        var size: Int
        var compressed: Int
    }

    func identity(_ path: String) -> EntryIdentity? {
        entries[Self.normalise(path)].map {
            EntryIdentity(crc32: $0.checksum, size: Int(clamping: $0.uncompressedSize), compressed: Int(clamping: $0.compressedSize))
        }
    }

    /// All entry paths, sorted.
    var paths: [String] { entries.keys.sorted() }

    /// `review.docx!word/document.xml`, the name errors use for a part.
    func partName(_ path: String) -> String { "\(displayName)!\(Self.normalise(path))" }

    /// Streams one entry's bytes to `consumer`, enforcing the decompressed-size and ratio limits and the CRC.
    func stream(_ path: String, to consumer: (UnsafeRawBufferPointer) throws -> Void) throws {
        let path = Self.normalise(path)
        guard let entry = entries[path] else { throw IngestionError.missingPart(partName(path)) }
        let part = partName(path)
        let compressed = max(Int(entry.compressedSize), 1)
        let declared = Int(clamping: entry.uncompressedSize)
        // Refuse before inflating anything when the central directory already declares a bomb.
        try checkLimits(total: declared, compressed: compressed, part: part)
        var total = 0
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { chunk in
                total += chunk.count
                try self.checkLimits(total: total, compressed: compressed, part: part)
                if total > declared + 1024 {
                    throw IngestionError.corruptZip(part: part, reason: "entry inflates past its declared size of \(declared) bytes")
                }
                try chunk.withUnsafeBytes { try consumer($0) }
            }
        } catch let error as IngestionError {
            throw error
        } catch {
            throw IngestionError.corruptZip(part: part, reason: Self.describe(error))
        }
        if checksum != entry.checksum {
            throw IngestionError.corruptZip(part: part, reason: "CRC-32 mismatch (stored \(entry.checksum), computed \(checksum))")
        }
    }

    /// Reads a small entry (a `mimetype`, a relationships part) whole.
    func data(_ path: String) throws -> Data {
        var data = Data()
        try stream(path) { data.append(contentsOf: $0) }
        return data
    }

    /// Streams one XML entry through a SAX handler.
    func parseXML(_ path: String, handler: XMLEventHandler) throws {
        let parser = XMLEventParser(part: partName(path), limits: limits, handler: handler)
        try stream(path) { try parser.feed($0) }
        try parser.finish()
    }

    /// Parses an XML entry after `rewrite` has had its bytes, when the entry declares at most `holdLimit` bytes
    /// (so it can be held whole); a larger entry, or one `rewrite` declines (nil), is parsed as stored.
    func parseXML(_ path: String, handler: XMLEventHandler, holdLimit: Int, rewrite: ([UInt8]) -> [UInt8]?) throws {
        guard let entry = entries[Self.normalise(path)], Int(clamping: entry.uncompressedSize) <= holdLimit else {
            return try parseXML(path, handler: handler)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(clamping: entry.uncompressedSize))
        try stream(path) { bytes.append(contentsOf: $0) }
        let parser = XMLEventParser(part: partName(path), limits: limits, handler: handler)
        try (rewrite(bytes) ?? bytes).withUnsafeBytes { try parser.feed($0) }
        try parser.finish()
    }

    private func checkLimits(total: Int, compressed: Int, part: String) throws {
        if total > limits.maxEntryBytes {
            throw IngestionError.limitExceeded(limit: "maxEntryBytes", part: part,
                                               detail: "decompresses to more than \(limits.maxEntryBytes) bytes")
        }
        if total > (1 << 20), total / compressed > limits.maxCompressionRatio {
            throw IngestionError.limitExceeded(limit: "maxCompressionRatio", part: part,
                                               detail: "compression ratio above \(limits.maxCompressionRatio):1 (\(compressed) bytes compressed)")
        }
    }

    private static func normalise(_ path: String) -> String {
        path.hasPrefix("/") ? String(path.dropFirst()) : path
    }

    private static func describe(_ error: Error) -> String {
        let text = String(describing: error)
        switch text {
        case "unreadableArchive": return "the zip archive cannot be opened"
        case "missingEndOfCentralDirectoryRecord": return "no end-of-central-directory record (truncated or not a zip)"
        case "invalidCentralDirectoryOffset", "invalidCentralDirectoryEntryCount": return "damaged central directory"
        case "invalidCompressionMethod": return "unsupported compression method"
        case "invalidLocalHeaderDataOffset", "invalidLocalHeaderSize": return "damaged local file header"
        default: return text
        }
    }
}
