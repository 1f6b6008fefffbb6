import DocumentModel

/// Turns WordprocessingML body events (DOCX `document.xml`, notes and comments parts, Flat OPC and Word 2003
/// XML alike) into blocks: paragraphs, headings, list items, table cells, notes, comments and text boxes.
///
/// Tracked deletions and moved-from text are dropped, insertions kept; `mc:Fallback` is skipped so alternate
/// content is read once; field instructions are skipped and their displayed result kept; headers and footers
/// are not body text.
final class WordBodyHandler: XMLEventHandler {
    fileprivate struct Paragraph {
        var bytes: [UInt8] = []
        var styleID: String?
        var numID: String?
        var numLevel: Int?
        var outlineLevel: Int?
        var marker2003: String?
        var noteRefs: [String] = []
    }

    fileprivate struct Cell {
        var row = -1
        var column = -1
        var texts: [String] = []
        var noteRefs: [String] = []
    }

    fileprivate struct NoteContainer {
        var kind: Block.Kind
        var id: String
        var texts: [String] = []
        var isInline: Bool
    }

    var part: String
    private let styles: WordStyles
    private var numbering: WordNumbering
    private let limits: IngestionLimits
    private let sink: BlockSink
    private var index = 0
    private var skipDepth = 0
    private var runDepth = 0
    private var propertiesDepth = 0
    private var inText = false
    private var paragraphs: [Paragraph] = []
    private var tables: [Cell] = []
    private var notes: [NoteContainer] = []
    private var pendingNotes: [Block] = []
    private var fields: [Bool] = []
    private var textBoxDepth = 0
    private var inlineNoteCounter = 0

    init(part: String, styles: WordStyles, numbering: WordNumbering, limits: IngestionLimits, sink: @escaping BlockSink) {
        self.part = part
        self.styles = styles
        self.numbering = numbering
        self.limits = limits
        self.sink = sink
    }

    func startElement(_ element: XMLElementEvent) throws {
        if skipDepth > 0 { skipDepth += 1; return }
        switch element.namespace {
        case .word: try startWord(element)
        case .wordAux:
            if element.name == "t", !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].marker2003 = element.attribute("val") }
        case .markupCompatibility:
            if element.name == "Fallback" { skipDepth = 1 }
        case .officeMath:
            if element.name == "t" { inText = true }
        default: break
        }
    }

    func endElement(_ name: String, _ namespace: XMLNamespace) throws {
        if skipDepth > 0 { skipDepth -= 1; return }
        if namespace == .officeMath, name == "t" { inText = false }
        guard namespace == .word else { return }
        switch name {
        case "t": inText = false
        case "r": runDepth -= 1
        case "pPr": propertiesDepth -= 1
        case "p": try endParagraph()
        case "tc": try endCell()
        case "tbl": _ = tables.popLast()
        case "txbxContent": textBoxDepth -= 1
        case "footnote", "endnote", "comment": try endNote()
        default: break
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard inText, skipDepth == 0, fields.last != true, !paragraphs.isEmpty else { return }
        try append(bytes)
    }

    /// Emits notes found inline (Word 2003) that are still waiting for their paragraph to end.
    func finish() throws {
        try flushPendingNotes()
    }
}

private extension WordBodyHandler {
    func startWord(_ element: XMLElementEvent) throws {
        switch element.name {
        case "del", "moveFrom", "pPrChange", "rPrChange", "hdr", "ftr", "instrText", "delText": skipDepth = 1
        case "p": paragraphs.append(Paragraph())
        case "pPr": propertiesDepth += 1
        case "pStyle" where propertiesDepth > 0: setParagraph { $0.styleID = element.attribute("val") }
        case "ilvl" where propertiesDepth > 0: setParagraph { $0.numLevel = element.attribute("val").flatMap { Int($0) } }
        case "numId" where propertiesDepth > 0: setParagraph { $0.numID = element.attribute("val") }
        case "outlineLvl" where propertiesDepth > 0:
            setParagraph { $0.outlineLevel = element.attribute("val").flatMap { Int($0) } }
        case "r": runDepth += 1
        case "t": inText = true
        case "tab" where runDepth > 0 && propertiesDepth == 0: try appendText("\t")
        case "br", "cr": if runDepth > 0 { try appendText("\n") }
        case "noBreakHyphen": if runDepth > 0 { try appendText("-") }
        case "sym": if let text = Self.symbol(element.attribute("char")) { try appendText(text) }
        case "fldChar": updateField(element.attribute("fldCharType"))
        case "footnoteReference": addNoteRef("fn", element.attribute("id"))
        case "endnoteReference": addNoteRef("en", element.attribute("id"))
        case "commentReference": addNoteRef("cm", element.attribute("id"))
        case "footnote", "endnote", "comment": startNote(element)
        case "tr":
            if !tables.isEmpty { tables[tables.count - 1].row += 1; tables[tables.count - 1].column = -1 }
        case "tbl": tables.append(Cell())
        case "tc":
            if !tables.isEmpty {
                tables[tables.count - 1].column += 1
                tables[tables.count - 1].texts = []
                tables[tables.count - 1].noteRefs = []
            }
        case "txbxContent": textBoxDepth += 1
        default: break
        }
    }

    func setParagraph(_ change: (inout Paragraph) -> Void) {
        guard !paragraphs.isEmpty else { return }
        change(&paragraphs[paragraphs.count - 1])
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        let count = paragraphs[paragraphs.count - 1].bytes.count + bytes.count
        guard count <= limits.maxBlockBytes else {
            throw IngestionError.limitExceeded(limit: "maxBlockBytes", part: part,
                                               detail: "a paragraph longer than \(limits.maxBlockBytes) bytes")
        }
        paragraphs[paragraphs.count - 1].bytes.append(contentsOf: bytes)
    }

    func appendText(_ text: String) throws {
        guard !paragraphs.isEmpty, fields.last != true else { return }
        var text = text
        try text.withUTF8 { try append($0) }
    }

    func updateField(_ type: String?) {
        switch type {
        case "begin": fields.append(true)
        case "separate": if !fields.isEmpty { fields[fields.count - 1] = false }
        case "end": _ = fields.popLast()
        default: break
        }
    }

    func addNoteRef(_ prefix: String, _ id: String?) {
        guard let id, !paragraphs.isEmpty else { return }
        paragraphs[paragraphs.count - 1].noteRefs.append(prefix + id)
    }

    func startNote(_ element: XMLElementEvent) {
        let type = element.attribute("type") ?? "normal"
        guard type == "normal" else { skipDepth = 1; return }
        let kind: Block.Kind = element.name == "footnote" ? .footnote : element.name == "endnote" ? .endnote : .comment
        let prefix = kind == .footnote ? "fn" : kind == .endnote ? "en" : "cm"
        let isInline = !paragraphs.isEmpty
        var id = element.attribute("id") ?? ""
        if isInline {
            inlineNoteCounter += 1
            id = "\(inlineNoteCounter)"
            paragraphs[paragraphs.count - 1].noteRefs.append(prefix + id)
        }
        notes.append(NoteContainer(kind: kind, id: prefix + id, isInline: isInline))
    }

    func endNote() throws {
        guard let note = notes.popLast() else { return }
        let text = note.texts.joined(separator: "\n")
        guard !text.isEmpty else { return }
        let block = Block(kind: note.kind, text: text, noteID: note.id, location: nextLocation())
        if note.isInline { pendingNotes.append(block) } else { try sink(block) }
    }

    func endParagraph() throws {
        guard let paragraph = paragraphs.popLast() else { return }
        let text = String(decoding: paragraph.bytes, as: UTF8.self)
        let blank = text.allSatisfy(\.isWhitespace)
        if !notes.isEmpty, paragraphs.count == notesBaseDepth {
            if !blank { notes[notes.count - 1].texts.append(text) }
            return
        }
        if textBoxDepth == 0, !tables.isEmpty {
            if !blank { tables[tables.count - 1].texts.append(text) }
            tables[tables.count - 1].noteRefs += paragraph.noteRefs
            return
        }
        if blank && paragraph.noteRefs.isEmpty { return }
        try emit(paragraph, text: text)
    }

    /// Paragraph nesting at which a note's own paragraphs sit (0 for notes parts, 1 for inline notes).
    var notesBaseDepth: Int { notes.last?.isInline == true ? 1 : 0 }

    func emit(_ paragraph: Paragraph, text: String) throws {
        var block = Block(kind: textBoxDepth > 0 ? .textBox : .paragraph, text: text, noteRefs: paragraph.noteRefs,
                          location: nextLocation())
        if textBoxDepth == 0 {
            if let level = headingLevel(paragraph) {
                block.kind = .heading
                block.level = level
                block.marker = listMarker(paragraph) ?? ""
            } else if let marker = listMarker(paragraph) {
                block.kind = .listItem
                block.marker = marker
                block.level = paragraph.numLevel ?? paragraph.styleID.flatMap { styles.numbering(of: $0)?.level } ?? 0
            }
        }
        if block.text.allSatisfy(\.isWhitespace) && block.kind != .paragraph { return }
        try sink(block)
        if paragraphs.isEmpty { try flushPendingNotes() }
    }

    func headingLevel(_ paragraph: Paragraph) -> Int? {
        if let outline = paragraph.outlineLevel { return outline < 9 ? outline + 1 : nil }
        return paragraph.styleID.flatMap { styles.headingLevel(of: $0) }
    }

    func listMarker(_ paragraph: Paragraph) -> String? {
        if let marker = paragraph.marker2003 { return Self.bulletMarker(marker) }
        if let numID = paragraph.numID {
            return numbering.nextMarker(numID: numID, level: paragraph.numLevel ?? 0)
        }
        guard let style = paragraph.styleID else { return nil }
        if let styled = styles.numbering(of: style), let marker = numbering.nextMarker(numID: styled.numID, level: styled.level) {
            return marker
        }
        return styles.isListStyle(style) ? "•" : nil
    }

    func endCell() throws {
        guard textBoxDepth == 0, notes.isEmpty, let cell = tables.last else { return }
        let text = cell.texts.joined(separator: "\n")
        guard !text.isEmpty else { return }
        try sink(Block(kind: .tableCell, text: text, row: cell.row, column: cell.column, noteRefs: cell.noteRefs,
                       location: nextLocation()))
        if paragraphs.isEmpty { try flushPendingNotes() }
    }

    func flushPendingNotes() throws {
        let pending = pendingNotes
        pendingNotes = []
        for block in pending { try sink(block) }
    }

    func nextLocation() -> SourceLocation {
        defer { index += 1 }
        return SourceLocation(part: part, index: index)
    }

    static func symbol(_ hex: String?) -> String? {
        guard let hex, var value = UInt32(hex, radix: 16) else { return nil }
        if value >= 0xF000 { value -= 0xF000 }
        if value == 0xB7 { return "•" }
        return UnicodeScalar(value).map { String(Character($0)) }
    }

    static func bulletMarker(_ marker: String) -> String {
        guard let scalar = marker.unicodeScalars.first, marker.unicodeScalars.count == 1,
              scalar.value >= 0xF000 || scalar.value == 0xB7 else { return marker }
        return "•"
    }
}
