import DocumentModel
import Foundation

/// The ingestion stage: bytes on disk → blocks in reading order, with the reader chosen by content.
///
/// Reads: one file. Creates: `Block`s (streamed to a sink) and a `DocumentInfo`. Throws `IngestionError`.
public struct Ingestor: Sendable {
    public var limits: IngestionLimits

    public init(limits: IngestionLimits = .init()) {
        self.limits = limits
    }

    /// Streams the blocks of the document at `url` to `sink` and returns what else was learned about it.
    public func read(_ url: URL, into sink: @escaping BlockSink) throws -> DocumentInfo {
        switch try FormatSniffer.sniff(url) {
        case .zip:
            let package = try ZipPackage(url: url, limits: limits)
            switch try FormatSniffer.zipKind(package) {
            case .odt: return try ODTReader(limits: limits).read(url, into: sink)
            default: return try DOCXReader(limits: limits).read(url, into: sink)
            }
        case .format(let format):
            switch format {
            case .flatOPC, .word2003, .wordMLPart: return try WordXMLReader(limits: limits).read(url, format: format, into: sink)
            case .flatODT: return try ODTReader(limits: limits).readFlat(url, into: sink)
            case .html: return try HTMLReader(limits: limits).read(url, into: sink)
            case .pdf: return try PDFReader(limits: limits).read(url, into: sink)
            case .ole: throw IngestionError.legacyOrEncryptedOffice(encrypted: Self.isEncryptedOLE(url))
            case .text: return try TextReader(limits: limits).read(url, into: sink)
            case .docx, .odt, .unknown: throw IngestionError.unrecognised("unsupported content")
            }
        }
    }

    /// Reads a whole document into memory (for `extract` and tests; the batch streams instead).
    public func document(at url: URL) throws -> Document {
        var blocks: [Block] = []
        let info = try read(url) { blocks.append($0) }
        return Document(path: url.path, format: info.format, properties: info.properties, blocks: blocks, warnings: info.warnings)
    }

    /// Encrypted OOXML is an OLE file holding an `EncryptionInfo` stream (its name is stored in UTF-16).
    private static func isEncryptedOLE(_ url: URL) -> Bool {
        let needle = Array("encryptioninfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        var found = false
        var carry: [UInt8] = []
        var scanned = 0
        try? FileChunks.read(url) { chunk in
            guard !found, scanned < 8 << 20 else { return }
            let window = carry + chunk.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
            found = window.firstRange(of: needle) != nil
            carry = Array(window.suffix(needle.count))
            scanned += chunk.count
        }
        return found
    }
}
