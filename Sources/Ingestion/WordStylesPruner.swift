import Foundation

/// Cuts from a `styles.xml` the elements `WordStylesHandler` never reads — run, table, row and cell properties,
/// table-style conditional formats, latent styles and document defaults — before libxml2 parses it.
///
/// Word's own templates spend most of their styles part on these (python-docx's default: 349 KB, of which 43 KB
/// remain), and a DOCX reader parses the part for every document. The cut works on the raw bytes and declines
/// (returns nil, so the part is parsed as stored) when the bytes hold what its plain scan could misread: comments,
/// CDATA, a DOCTYPE, a `<` inside a tag, or an element it cannot close. What it cuts is not parsed, so a styles part
/// malformed only inside those subtrees is read rather than rejected (lenient, as Word itself is).
enum WordStylesPruner {
    /// Qualified names of the subtrees removed, each with the conventional `w` prefix.
    static let skipped: [[UInt8]] = ["w:rPr", "w:tblPr", "w:tcPr", "w:trPr", "w:tblStylePr", "w:latentStyles",
                                     "w:docDefaults"].map { Array($0.utf8) }

    static func prune(_ xml: [UInt8]) -> [UInt8]? {
        xml.withUnsafeBufferPointer { prune($0) }
    }

    static func prune(_ xml: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard !contains(xml, Array("<!".utf8)) else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(xml.count / 4)
        var copied = 0
        var index = 0
        while let open = next(UInt8(ascii: "<"), in: xml, from: index) {
            index = open + 1
            guard let name = skipped.first(where: { startsElement($0, in: xml, at: open) }) else { continue }
            guard let end = skipElement(name, in: xml, at: open) else { return nil }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: xml[copied..<open]))
            copied = end
            index = end
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: xml[copied...]))
        return output
    }

    /// The offset just past the element starting at `open` (its end tag, or the start tag when self-closing).
    private static func skipElement(_ name: [UInt8], in xml: UnsafeBufferPointer<UInt8>, at open: Int) -> Int? {
        var depth = 0
        var index = open
        while let tag = next(UInt8(ascii: "<"), in: xml, from: index) {
            guard let close = endOfTag(in: xml, from: tag) else { return nil }
            if startsElement(name, in: xml, at: tag) {
                if xml[close - 1] != UInt8(ascii: "/") { depth += 1 } else if depth == 0 { return close + 1 }
            } else if xml[tag + 1] == UInt8(ascii: "/"), startsElement(name, in: xml, at: tag + 1) {
                depth -= 1
                if depth == 0 { return close + 1 }
            }
            index = close + 1
        }
        return nil
    }

    /// True when `<name` starts at `open` and the name ends there (`w:rPr`, not `w:rPrChange`).
    private static func startsElement(_ name: [UInt8], in xml: UnsafeBufferPointer<UInt8>, at open: Int) -> Bool {
        let after = open + 1 + name.count
        guard after < xml.count else { return false }
        for (offset, byte) in name.enumerated() where xml[open + 1 + offset] != byte { return false }
        switch xml[after] {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: ">"), UInt8(ascii: "/"):
            return true
        default:
            return false
        }
    }

    /// The offset of the `>` closing the tag that starts at `open`, skipping quoted attribute values.
    private static func endOfTag(in xml: UnsafeBufferPointer<UInt8>, from open: Int) -> Int? {
        var quote: UInt8?
        var index = open + 1
        while index < xml.count {
            let byte = xml[index]
            if let q = quote {
                if byte == q { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index
            } else if byte == UInt8(ascii: "<") {
                return nil
            }
            index += 1
        }
        return nil
    }

    private static func next(_ byte: UInt8, in xml: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < xml.count, let base = xml.baseAddress,
              let found = memchr(base + start, Int32(byte), xml.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func contains(_ xml: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        var index = 0
        while let at = next(needle[0], in: xml, from: index) {
            if at + needle.count <= xml.count, (0..<needle.count).allSatisfy({ xml[at + $0] == needle[$0] }) { return true }
            index = at + 1
        }
        return false
    }
}
