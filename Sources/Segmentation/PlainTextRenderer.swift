import DocumentModel

/// Renders blocks and their passages as plain text the way Word shows them: headings and list items with their
/// numbering, `[n]` at note references and `[n] text` for the notes themselves. Used by `extract --format text`.
public struct PlainTextRenderer: Sendable {
    private var noteNumbers: [String: Int] = [:]

    public init() {}

    public mutating func render(_ block: Block, passages: [Passage]) -> String {
        if block.kind == .heading {
            return (block.marker.isEmpty ? block.text : "\(block.marker) \(block.text)") + "\n\n"
        }
        guard !passages.isEmpty else { return "" }
        var text = passages.map(\.text).joined(separator: "\n\n")
        if block.kind == .listItem, !block.marker.isEmpty { text = "\(block.marker) \(text)" }
        for ref in block.noteRefs { text += "[\(number(ref))]" }
        if let id = block.noteID { text = "[\(number(id))] " + text }
        return text + "\n\n"
    }

    private mutating func number(_ id: String) -> Int {
        if let existing = noteNumbers[id] { return existing }
        noteNumbers[id] = noteNumbers.count + 1
        return noteNumbers.count
    }
}
