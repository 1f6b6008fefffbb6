import DocumentModel
import Foundation

/// Reads OpenDocument text (`.odt` zip, or flat `.fodt`): headings with outline level, paragraphs, list items,
/// table cells, footnotes/endnotes, comments (annotations) and text boxes; tracked deletions are skipped.
struct ODTReader {
    let limits: IngestionLimits

    func read(_ url: URL, into sink: @escaping BlockSink) throws -> DocumentInfo {
        let package = try ZipPackage(url: url, limits: limits)
        guard package.contains("content.xml") else { throw IngestionError.missingPart(package.partName("content.xml")) }
        if let manifest = try? package.data("META-INF/manifest.xml"),
           String(decoding: manifest, as: UTF8.self).contains("encryption-data") {
            throw IngestionError.encryptedODF
        }
        var info = DocumentInfo(format: .odt)
        if package.contains("meta.xml") {
            let properties = PropertiesHandler()
            try? package.parseXML("meta.xml", handler: properties)
            info.properties = properties.properties
        }
        let body = ODFBodyHandler(part: package.partName("content.xml"), limits: limits, sink: sink)
        try package.parseXML("content.xml", handler: body)
        return info
    }

    func readFlat(_ url: URL, into sink: @escaping BlockSink) throws -> DocumentInfo {
        let properties = PropertiesHandler()
        let body = ODFBodyHandler(part: url.lastPathComponent, limits: limits, sink: sink)
        let parser = XMLEventParser(part: url.lastPathComponent, limits: limits, handler: MultiplexHandler([properties, body]))
        try FileChunks.read(url) { try parser.feed($0) }
        try parser.finish()
        return DocumentInfo(format: .flatODT, properties: properties.properties)
    }
}

/// Turns ODF `office:text` events into blocks.
final class ODFBodyHandler: XMLEventHandler {
    fileprivate struct Paragraph {
        var bytes: [UInt8] = []
        var headingLevel: Int?
        var noteRefs: [String] = []
    }

    fileprivate struct Note {
        var kind: Block.Kind
        var id: String
        var texts: [String] = []
        var depth: Int
    }

    private let part: String
    private let limits: IngestionLimits
    private let sink: BlockSink
    private var index = 0
    private var inBody = false
    private var skipDepth = 0
    private var paragraphs: [Paragraph] = []
    private var listDepth = 0
    private var listItemOpen = false
    private var cells: [(row: Int, column: Int, texts: [String])] = []
    private var notes: [Note] = []
    private var pending: [Block] = []
    private var frameDepth = 0
    private var noteCounter = 0

    init(part: String, limits: IngestionLimits, sink: @escaping BlockSink) {
        self.part = part
        self.limits = limits
        self.sink = sink
    }

    func startElement(_ element: XMLElementEvent) throws {
        if skipDepth > 0 { skipDepth += 1; return }
        switch (element.namespace, element.name) {
        case (.odfOffice, "text"): inBody = true
        case (.odfOffice, "annotation"): startNote(.comment, "cm")
        case (.odfText, "tracked-changes"), (.odfText, "note-citation"), (.odfText, "sequence-decls"),
             (.dublinCore, _), (.odfOffice, "annotation-end"):
            skipDepth = 1
        case (.odfText, "h"), (.odfText, "p"):
            var paragraph = Paragraph()
            if element.name == "h" { paragraph.headingLevel = element.attribute("outline-level").flatMap { Int($0) } ?? 1 }
            paragraphs.append(paragraph)
        case (.odfText, "s"):
            let count = element.attribute("c").flatMap { Int($0) } ?? 1
            try appendText(String(repeating: " ", count: min(max(count, 1), 1000)))
        case (.odfText, "tab"): try appendText("\t")
        case (.odfText, "line-break"): try appendText("\n")
        case (.odfText, "list"): listDepth += 1
        case (.odfText, "list-item"): listItemOpen = true
        case (.odfText, "note"):
            startNote(element.attribute("note-class") == "endnote" ? .endnote : .footnote,
                      element.attribute("note-class") == "endnote" ? "en" : "fn")
        case (.odfTable, "table"): cells.append((-1, -1, []))
        case (.odfTable, "table-row"): if !cells.isEmpty { cells[cells.count - 1].row += 1; cells[cells.count - 1].column = -1 }
        case (.odfTable, "table-cell"):
            if !cells.isEmpty { cells[cells.count - 1].column += 1; cells[cells.count - 1].texts = [] }
        case (.odfDraw, "text-box"): frameDepth += 1
        default: break
        }
    }

    func endElement(_ name: String, _ namespace: XMLNamespace) throws {
        if skipDepth > 0 { skipDepth -= 1; return }
        switch (namespace, name) {
        case (.odfOffice, "text"): inBody = false
        case (.odfText, "h"), (.odfText, "p"): try endParagraph()
        case (.odfText, "list"): listDepth -= 1
        case (.odfText, "list-item"): listItemOpen = false
        case (.odfText, "note"), (.odfOffice, "annotation"): try endNote()
        case (.odfTable, "table"): _ = cells.popLast()
        case (.odfTable, "table-cell"): try endCell()
        case (.odfDraw, "text-box"): frameDepth -= 1
        default: break
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard skipDepth == 0, !paragraphs.isEmpty else { return }
        try append(bytes)
    }
}

private extension ODFBodyHandler {
    func append(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard paragraphs[paragraphs.count - 1].bytes.count + bytes.count <= limits.maxBlockBytes else {
            throw IngestionError.limitExceeded(limit: "maxBlockBytes", part: part,
                                               detail: "a paragraph longer than \(limits.maxBlockBytes) bytes")
        }
        paragraphs[paragraphs.count - 1].bytes.append(contentsOf: bytes)
    }

    func appendText(_ text: String) throws {
        guard !paragraphs.isEmpty else { return }
        var text = text
        try text.withUTF8 { try append($0) }
    }

    func startNote(_ kind: Block.Kind, _ prefix: String) {
        noteCounter += 1
        let id = prefix + "\(noteCounter)"
        if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].noteRefs.append(id) }
        notes.append(Note(kind: kind, id: id, depth: paragraphs.count))
    }

    func endNote() throws {
        guard let note = notes.popLast() else { return }
        let text = note.texts.joined(separator: "\n")
        guard !text.isEmpty else { return }
        let block = Block(kind: note.kind, text: text, noteID: note.id, location: nextLocation())
        if note.depth > 0 { pending.append(block) } else { try sink(block) }
    }

    func endParagraph() throws {
        guard let paragraph = paragraphs.popLast() else { return }
        let text = String(decoding: paragraph.bytes, as: UTF8.self)
        let blank = text.allSatisfy(\.isWhitespace)
        if let note = notes.last, paragraphs.count == note.depth {
            if !blank { notes[notes.count - 1].texts.append(text) }
            return
        }
        guard inBody || frameDepth > 0 else { return }
        if frameDepth == 0, !cells.isEmpty {
            if !blank { cells[cells.count - 1].texts.append(text) }
            return
        }
        if blank { return }
        var block = Block(kind: .paragraph, text: text, noteRefs: paragraph.noteRefs, location: nextLocation())
        if frameDepth > 0 {
            block.kind = .textBox
        } else if let level = paragraph.headingLevel {
            block.kind = .heading
            block.level = level
        } else if listDepth > 0 {
            block.kind = .listItem
            block.level = listDepth - 1
            block.marker = "•"
        }
        try sink(block)
        if paragraphs.isEmpty { try flush() }
    }

    func endCell() throws {
        guard frameDepth == 0, notes.isEmpty, let cell = cells.last else { return }
        let text = cell.texts.joined(separator: "\n")
        guard !text.isEmpty else { return }
        try sink(Block(kind: .tableCell, text: text, row: cell.row, column: cell.column, location: nextLocation()))
        if paragraphs.isEmpty { try flush() }
    }

    func flush() throws {
        let blocks = pending
        pending = []
        for block in blocks { try sink(block) }
    }

    func nextLocation() -> SourceLocation {
        defer { index += 1 }
        return SourceLocation(part: part, index: index)
    }
}
