import DocumentModel
import Foundation

/// Decides a file's format from its content (magic bytes, zip entries, XML root element), not its extension.
enum FormatSniffer {
    enum Verdict: Equatable {
        case format(DocumentFormat)
        case zip
    }

    /// Extensions whose files are never plain text: if the content is text-like anyway, the file is mislabelled.
    static let officeExtensions: Set<String> = ["docx", "docm", "dotx", "dotm", "doc", "odt", "ott", "pdf", "xlsx", "pptx", "rtf"]

    static func sniff(_ url: URL) throws -> Verdict {
        let head = try readHead(url)
        if head.isEmpty { throw IngestionError.emptyFile }
        if head.starts(with: [0x50, 0x4B]) { return .zip }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .format(.ole) }
        if head.starts(with: Array("%PDF-".utf8)) { return .format(.pdf) }
        let text = decodedHead(head)
        if let root = xmlRoot(text) {
            switch root {
            case "package": return .format(.flatOPC)
            case "wordDocument": return .format(.word2003)
            case "document" where text.contains("urn:oasis:names:tc:opendocument:xmlns:office"): return .format(.flatODT)
            case "document" where text.contains("wordprocessingml") || text.contains("<w:document"): return .format(.wordMLPart)
            case "html": return .format(.html)
            default:
                if text.contains("<?xml") {
                    throw IngestionError.unrecognised("XML with root element <\(root)> is not a Word, OpenDocument or HTML document")
                }
            }
        }
        if looksLikeHTML(text) { return .format(.html) }
        if looksBinary(head) { throw IngestionError.unrecognised("binary data that is not a known document format") }
        let ext = url.pathExtension.lowercased()
        if officeExtensions.contains(ext) {
            throw IngestionError.unrecognised("named .\(ext) but the content is not a Word, OpenDocument or PDF file (no zip, OLE or PDF signature)")
        }
        return .format(.text)
    }

    /// Which package a zip holds: `.docx` (OPC with a Word main part) or `.odt`.
    static func zipKind(_ package: ZipPackage) throws -> DocumentFormat {
        if package.contains("mimetype"), let mime = try? package.data("mimetype"),
           String(decoding: mime, as: UTF8.self).hasPrefix("application/vnd.oasis.opendocument.text") { return .odt }
        if package.contains("content.xml"), package.contains("META-INF/manifest.xml") { return .odt }
        if package.contains("[Content_Types].xml") || package.contains("word/document.xml") { return .docx }
        let listed = package.paths.prefix(5).joined(separator: ", ")
        throw IngestionError.notAnOfficePackage(listed.isEmpty ? "the archive lists no entries (empty or damaged)" : "it holds \(listed)")
    }

    private static func readHead(_ url: URL) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw IngestionError.unreadable("permission denied or not a regular file")
        }
        defer { try? handle.close() }
        do { return Array(try handle.read(upToCount: 4096) ?? Data()) } catch {
            throw IngestionError.unreadable(error.localizedDescription)
        }
    }

    private static func decodedHead(_ head: [UInt8]) -> String {
        if head.starts(with: [0xFF, 0xFE]) { return String(data: Data(head.dropFirst(2)), encoding: .utf16LittleEndian) ?? "" }
        if head.starts(with: [0xFE, 0xFF]) { return String(data: Data(head.dropFirst(2)), encoding: .utf16BigEndian) ?? "" }
        return String(decoding: head, as: UTF8.self)
    }

    /// Local name of the first element, skipping the XML declaration, comments, processing instructions and DOCTYPE.
    static func xmlRoot(_ text: String) -> String? {
        var rest = Substring(text).drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        while rest.hasPrefix("<?") || rest.hasPrefix("<!") {
            let close = rest.hasPrefix("<!--") ? "-->" : ">"
            guard let end = rest.range(of: close) else { return nil }
            rest = rest[end.upperBound...].drop { $0.isWhitespace }
        }
        guard rest.first == "<" else { return nil }
        let name = rest.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
        guard let first = name.first, first.isLetter else { return nil }
        return String(name.split(separator: ":").last ?? name)
    }

    private static func looksLikeHTML(_ text: String) -> Bool {
        let lower = text.prefix(1024).lowercased()
        return lower.contains("<!doctype html") || lower.contains("<html") || (lower.contains("<body") && lower.contains("</"))
    }

    /// Decoding errors in a sample of UTF-8 (a sample cut mid-character has at most one, at its end).
    static func utf8Errors(_ bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var errors = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return errors
            case .error: errors += 1
            }
        }
    }

    private static func looksBinary(_ head: [UInt8]) -> Bool {
        let sample = head.prefix(1024)
        let zeros = sample.filter { $0 == 0 }.count
        if zeros == 0 {
            let controls = sample.filter { $0 < 9 || ($0 > 13 && $0 < 32) }.count
            let plain = sample.filter { ($0 >= 32 && $0 < 127) || $0 == 9 || $0 == 10 || $0 == 13 }.count
            let validUTF8 = utf8Errors(Array(sample)) <= 1
            return controls * 10 > sample.count || (!validUTF8 && plain * 2 < sample.count)
        }
        // UTF-16 text has zeros in every other byte; other binary has them scattered.
        let pairs = max(sample.count / 2, 1)
        let even = stride(from: sample.startIndex, to: sample.endIndex, by: 2).filter { sample[$0] == 0 }.count
        let odd = zeros - even
        let utf16 = (odd * 10 >= pairs * 3 && even * 100 <= pairs) || (even * 10 >= pairs * 3 && odd * 100 <= pairs)
        return !utf16
    }
}
