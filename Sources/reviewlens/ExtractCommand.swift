import ArgumentParser
import DocumentModel
import Foundation
import Ingestion
import Segmentation

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the passages of one document in reading order, exactly as the classifier sees them.")

    enum Format: String, ExpressibleByArgument { case text, jsonl, markdown }

    @Argument(help: "A document (.docx, .odt, Word .xml, .html, .txt, .pdf).")
    var file: String

    @Option(name: .long, help: "text, jsonl or markdown.")
    var format: Format = .text

    @OptionGroup var redaction: RedactionOptions

    func run() throws {
        let document: Document
        do { document = try Ingestor().document(at: URL(fileURLWithPath: file)) } catch {
            throw Failure(message: "error: \(file): \(error)", status: 1)
        }
        let redactor = try redaction.redactor()
        var out = Output()
        var segmenter = Segmenter()
        var tableRow: Int?
        var plain = PlainTextRenderer()
        for var block in document.blocks {
            let passages = segmenter.add(&block, redactor: redactor)
            switch format {
            case .text:
                out.write(plain.render(block, passages: passages))
            case .jsonl:
                for passage in passages { out.write(Self.json(passage, block: block) + "\n") }
            case .markdown:
                if block.kind != .tableCell, tableRow != nil { out.write("\n"); tableRow = nil }
                out.write(Self.markdown(block, passages: passages, tableRow: &tableRow))
            }
        }
        out.flush()
    }

    static func headingText(_ block: Block) -> String {
        block.marker.isEmpty ? block.text : "\(block.marker) \(block.text)"
    }

    static func json(_ passage: Passage, block: Block) -> String {
        var pairs: [(String, JSONValue)] = [
            ("id", .string(passage.id)), ("kind", .string(passage.kind.rawValue)),
            ("section", .array(passage.section.map { .string($0) })), ("text", .string(passage.text)),
            ("location", .string(passage.location.description)),
        ]
        if !block.marker.isEmpty { pairs.append(("marker", .string(block.marker))); pairs.append(("level", .int(block.level))) }
        if let row = block.row, let column = block.column { pairs.append(("row", .int(row))); pairs.append(("column", .int(column))) }
        if !block.noteRefs.isEmpty { pairs.append(("notes", .array(block.noteRefs.map { .string($0) }))) }
        if let note = block.noteID { pairs.append(("note", .string(note))) }
        return JSONValue.object(pairs).rendered()
    }

    static func markdown(_ block: Block, passages: [Passage], tableRow: inout Int?) -> String {
        let text = passages.map(\.text).joined(separator: " ")
        switch block.kind {
        case .heading:
            return String(repeating: "#", count: min(max(block.level, 1), 6)) + " " + headingText(block) + "\n\n"
        case .listItem:
            let indent = String(repeating: "  ", count: block.level)
            let marker = block.marker == "•" || block.marker.isEmpty ? "-" : block.marker
            return "\(indent)\(marker) \(text)\n"
        case .tableCell:
            var out = ""
            if tableRow != block.row {
                if tableRow != nil { out += "|\n" }
                tableRow = block.row
            }
            return out + "| \(text.replacingOccurrences(of: "|", with: "\\|")) "
        case .footnote, .endnote, .comment:
            return "[^\(block.noteID ?? "note")]: \(text)\n\n"
        case .paragraph, .textBox:
            let refs = block.noteRefs.map { "[^\($0)]" }.joined()
            return text + refs + "\n\n"
        }
    }
}
