import DocumentModel
import Foundation

/// Reads HTML through libxml2's HTML push parser: h1–h6, paragraphs, list items and table cells become blocks;
/// script, style, navigation and other non-content elements are skipped; `<title>` becomes the document title.
struct HTMLReader {
    let limits: IngestionLimits

    func read(_ url: URL, into sink: @escaping BlockSink) throws -> DocumentInfo {
        let handler = HTMLBlockHandler(part: url.lastPathComponent, limits: limits, sink: sink)
        let parser = XMLEventParser(mode: .html, part: url.lastPathComponent, limits: limits, handler: handler)
        try FileChunks.read(url) { try parser.feed($0) }
        try parser.finish()
        try handler.finish()
        return DocumentInfo(format: .html, properties: DocumentProperties(title: handler.title))
    }
}

final class HTMLBlockHandler: XMLEventHandler {
    private static let skipped: Set<String> = ["script", "style", "nav", "noscript", "template", "svg", "iframe",
                                                "select", "object", "button", "head"]
    private static let blocks: Set<String> = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th",
                                              "blockquote", "pre", "dd", "dt", "caption", "section", "article", "main",
                                              "aside", "figcaption", "address", "tr", "table", "ul", "ol", "dl", "body",
                                              "form", "fieldset", "legend", "header", "footer", "figure", "center"]
    private let part: String
    private let limits: IngestionLimits
    private let sink: BlockSink
    private var stack: [String] = []
    private var buffer: [UInt8] = []
    private var skipDepth = 0
    private var inTitle = false
    private var titleBytes: [UInt8] = []
    private var lists: [(ordered: Bool, counter: Int)] = []
    private var tables: [(row: Int, column: Int)] = []
    private var index = 0

    var title: String? {
        let text = String(decoding: titleBytes, as: UTF8.self).collapsingWhitespace()
        return text.isEmpty ? nil : text
    }

    init(part: String, limits: IngestionLimits, sink: @escaping BlockSink) {
        self.part = part
        self.limits = limits
        self.sink = sink
    }

    func startElement(_ element: XMLElementEvent) throws {
        let name = element.name
        if name == "title" { inTitle = true; return }
        if skipDepth > 0 || Self.skipped.contains(name) { skipDepth += 1; return }
        if name == "br" { buffer.append(10); return }
        guard Self.blocks.contains(name) else { return }
        try flush(as: stack.last)
        stack.append(name)
        switch name {
        case "ul", "ol": lists.append((name == "ol", 0))
        case "li": if !lists.isEmpty { lists[lists.count - 1].counter += 1 }
        case "table": tables.append((-1, -1))
        case "tr": if !tables.isEmpty { tables[tables.count - 1].row += 1; tables[tables.count - 1].column = -1 }
        case "td", "th": if !tables.isEmpty { tables[tables.count - 1].column += 1 }
        default: break
        }
    }

    func endElement(_ name: String, _ namespace: XMLNamespace) throws {
        if name == "title" { inTitle = false; return }
        if skipDepth > 0 { skipDepth -= 1; return }
        guard Self.blocks.contains(name), let index = stack.lastIndex(of: name) else { return }
        try flush(as: name)
        stack.removeSubrange(index...)
        if name == "ul" || name == "ol" { _ = lists.popLast() }
        if name == "table" { _ = tables.popLast() }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        if inTitle { titleBytes.append(contentsOf: bytes.prefix(1000)); return }
        guard skipDepth == 0 else { return }
        guard buffer.count + bytes.count <= limits.maxBlockBytes else {
            throw IngestionError.limitExceeded(limit: "maxBlockBytes", part: part,
                                               detail: "a block longer than \(limits.maxBlockBytes) bytes")
        }
        buffer.append(contentsOf: bytes)
    }

    func finish() throws { try flush(as: nil) }

    private func flush(as element: String?) throws {
        defer { buffer.removeAll(keepingCapacity: true) }
        let raw = String(decoding: buffer, as: UTF8.self)
        let text = element == "pre" ? raw.trimmingCharacters(in: .whitespacesAndNewlines) : raw.collapsingWhitespace()
        guard !text.isEmpty else { return }
        var block = Block(kind: .paragraph, text: text, location: SourceLocation(part: part, index: index))
        index += 1
        switch element {
        case let tag? where tag.count == 2 && tag.hasPrefix("h") && tag != "hr":
            block.kind = .heading
            block.level = Int(tag.dropFirst()) ?? 1
        case "li":
            block.kind = .listItem
            block.level = max(lists.count - 1, 0)
            block.marker = lists.last.map { $0.ordered ? "\($0.counter)." : "•" } ?? "•"
        case "td", "th":
            block.kind = .tableCell
            block.row = tables.last?.row
            block.column = tables.last?.column
        default: break
        }
        try sink(block)
    }
}

extension String {
    /// Runs of whitespace become one space; leading and trailing whitespace is dropped.
    func collapsingWhitespace() -> String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
