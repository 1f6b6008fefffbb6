/// One unit of document text as a reader found it: a heading, paragraph, list item, table cell or note.
public struct Block: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case heading, paragraph, listItem = "list-item", tableCell = "table-cell"
        case footnote, endnote, comment, textBox = "text-box"
    }

    public var kind: Kind
    public var text: String
    /// Heading level (1 = top) for headings; list nesting level (0 = outermost) for list items.
    public var level: Int
    /// Rendered list numbering such as `1.`, `a)` or `•`; empty when the block is not numbered.
    public var marker: String
    /// Table position (0-based) for table cells.
    public var row: Int?
    public var column: Int?
    /// Note ids referenced from this block (footnotes/endnotes), e.g. `fn1`.
    public var noteRefs: [String]
    /// Id of a note, for footnote/endnote/comment blocks.
    public var noteID: String?
    public var location: SourceLocation

    public init(kind: Kind, text: String, level: Int = 0, marker: String = "", row: Int? = nil, column: Int? = nil,
                noteRefs: [String] = [], noteID: String? = nil, location: SourceLocation) {
        self.kind = kind
        self.text = text
        self.level = level
        self.marker = marker
        self.row = row
        self.column = column
        self.noteRefs = noteRefs
        self.noteID = noteID
        self.location = location
    }
}

/// Where a block came from: `review.docx!word/document.xml`, block index 12.
public struct SourceLocation: Sendable, Equatable, Codable, CustomStringConvertible {
    public var part: String
    public var index: Int

    public init(part: String, index: Int) {
        self.part = part
        self.index = index
    }

    public var description: String { "\(part)#\(index)" }
}
