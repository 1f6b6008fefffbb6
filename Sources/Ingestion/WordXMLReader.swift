import DocumentModel
import Foundation

/// Reads Word's single-file XML formats — Flat OPC (`pkg:package`) and Word 2003 XML (`w:wordDocument`) —
/// with the same `WordBodyHandler` as DOCX. Two streaming passes: styles, numbering and properties first
/// (they may come after the body in the file), then the body and its notes.
struct WordXMLReader {
    let limits: IngestionLimits

    func read(_ url: URL, format: DocumentFormat, into sink: @escaping BlockSink) throws -> DocumentInfo {
        let part = url.lastPathComponent
        let styles = WordStylesHandler()
        let numbering = WordNumberingHandler()
        let properties = PropertiesHandler()
        let first = MultiplexHandler([styles, numbering, properties])
        try parse(url, part: part, handler: format == .flatOPC ? FlatOPCRouter { _ in first } : first)

        let body = WordBodyHandler(part: part, styles: styles.result, numbering: numbering.result, limits: limits, sink: sink)
        if format == .flatOPC {
            var main: String?
            for pass in ["document", "notes"] {
                let router = FlatOPCRouter { name in
                    let isMain = Self.isMainPart(name)
                    if isMain { main = name }
                    let wanted = pass == "document" ? isMain : Self.isNotesPart(name)
                    body.part = "\(part)!\(name.drop { $0 == "/" })"
                    return wanted ? body : nil
                }
                try parse(url, part: part, handler: router)
                if pass == "document", main == nil {
                    throw IngestionError.missingPart("\(part)!/word/document.xml")
                }
            }
        } else {
            try parse(url, part: part, handler: body)
        }
        try body.finish()
        return DocumentInfo(format: format, properties: properties.properties)
    }

    private func parse(_ url: URL, part: String, handler: XMLEventHandler) throws {
        let parser = XMLEventParser(part: part, limits: limits, handler: handler)
        try FileChunks.read(url) { try parser.feed($0) }
        try parser.finish()
    }

    private static func isMainPart(_ name: String) -> Bool {
        name.hasPrefix("/word/document") && name.hasSuffix(".xml") && !name.contains("_rels")
    }

    private static func isNotesPart(_ name: String) -> Bool {
        ["/word/footnotes.xml", "/word/endnotes.xml", "/word/comments.xml"].contains(name)
    }
}

/// Reads a file in fixed-size chunks (bounded memory whatever the file size).
enum FileChunks {
    static let size = 64 * 1024

    static func read(_ url: URL, _ consumer: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw IngestionError.unreadable("permission denied or not a regular file")
        }
        defer { try? handle.close() }
        while true {
            let chunk: Data
            do { chunk = try handle.read(upToCount: size) ?? Data() } catch {
                throw IngestionError.unreadable(error.localizedDescription)
            }
            if chunk.isEmpty { return }
            try chunk.withUnsafeBytes { try consumer($0) }
        }
    }
}
