import DocumentModel
import Foundation

/// Reads plain text: UTF-8 streamed line by line (Windows-1252 fallback for invalid lines, with a warning),
/// UTF-16 with or without BOM; structure is recognised by `TextBlockBuilder`.
struct TextReader {
    let limits: IngestionLimits

    func read(_ url: URL, into sink: @escaping BlockSink) throws -> DocumentInfo {
        var info = DocumentInfo(format: .text)
        let builder = TextBlockBuilder(part: url.lastPathComponent, limits: limits, sink: sink)
        let head = try Self.head(of: url)
        if let encoding = Self.utf16Encoding(head) {
            let data = try Self.wholeFile(url, limit: 64 << 20, part: url.lastPathComponent)
            guard let text = String(data: data, encoding: encoding) else {
                throw IngestionError.unrecognised("text that is neither valid UTF-8 nor UTF-16")
            }
            info.warnings += Self.utf16Note(head)
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) { try builder.add(line: String(line)) }
        } else {
            var fallbackLines = 0
            try Self.lines(url, limits: limits) { bytes in
                if let line = String(validatingUTF8Bytes: bytes) {
                    try builder.add(line: line)
                } else {
                    fallbackLines += 1
                    try builder.add(line: String(decoding: bytes.flatMap(Self.windows1252), as: UTF8.self))
                }
            }
            if fallbackLines > 0 {
                info.warnings.append("invalid UTF-8 on \(fallbackLines) line(s): read as Windows-1252")
            }
        }
        try builder.finish()
        return info
    }

    /// Recognises structure in text produced elsewhere (pdftotext).
    func read(text: String, part: String, into sink: @escaping BlockSink) throws {
        let builder = TextBlockBuilder(part: part, limits: limits, sink: sink)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) { try builder.add(line: String(line)) }
        try builder.finish()
    }
}

private extension TextReader {
    static func head(of url: URL) throws -> [UInt8] {
        var head: [UInt8] = []
        try FileChunks.read(url) { chunk in
            if head.isEmpty { head = Array(chunk.prefix(4096)) }
        }
        return head
    }

    static func utf16Encoding(_ head: [UInt8]) -> String.Encoding? {
        if head.starts(with: [0xFF, 0xFE]) { return .utf16LittleEndian }
        if head.starts(with: [0xFE, 0xFF]) { return .utf16BigEndian }
        guard head.count >= 4 else { return nil }
        let pairs = head.count / 2
        let evenZeros = stride(from: 0, to: pairs * 2, by: 2).filter { head[$0] == 0 }.count
        let oddZeros = stride(from: 1, to: pairs * 2, by: 2).filter { head[$0] == 0 }.count
        if oddZeros * 10 >= pairs * 3 && evenZeros * 10 < pairs { return .utf16LittleEndian }
        if evenZeros * 10 >= pairs * 3 && oddZeros * 10 < pairs { return .utf16BigEndian }
        return nil
    }

    static func utf16Note(_ head: [UInt8]) -> [String] {
        head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) ? [] : ["UTF-16 without byte-order mark (detected from content)"]
    }

    static func wholeFile(_ url: URL, limit: Int, part: String) throws -> Data {
        var data = Data()
        try FileChunks.read(url) { chunk in
            data.append(contentsOf: chunk)
            if data.count > limit {
                throw IngestionError.limitExceeded(limit: "maxUTF16Bytes", part: part, detail: "UTF-16 text larger than \(limit) bytes")
            }
        }
        return data
    }

    /// Splits a UTF-8 stream into lines (without `\n`, `\r`), skipping a BOM; one line is bounded by `maxBlockBytes`.
    static func lines(_ url: URL, limits: IngestionLimits, _ body: ([UInt8]) throws -> Void) throws {
        var pending: [UInt8] = []
        var first = true
        try FileChunks.read(url) { chunk in
            var bytes = chunk[...]
            if first, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            first = false
            while let newline = bytes.firstIndex(of: 10) {
                pending.append(contentsOf: bytes[..<newline])
                try emit(&pending, body)
                bytes = bytes[(newline + 1)...]
            }
            pending.append(contentsOf: bytes)
            if pending.count > limits.maxBlockBytes {
                throw IngestionError.limitExceeded(limit: "maxBlockBytes", part: url.lastPathComponent,
                                                   detail: "a line longer than \(limits.maxBlockBytes) bytes")
            }
        }
        if !pending.isEmpty { try emit(&pending, body) }
    }

    static func emit(_ line: inout [UInt8], _ body: ([UInt8]) throws -> Void) throws {
        if line.last == 13 { line.removeLast() }
        try body(line)
        line.removeAll(keepingCapacity: true)
    }

    /// Windows-1252 byte → UTF-8 bytes (as a flat map input to `String(decoding:)`).
    static func windows1252(_ byte: UInt8) -> [UInt8] {
        let high: [UInt32] = [0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                              0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                              0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178]
        let scalar = (0x80..<0xA0).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
        return Array(String(Character(UnicodeScalar(scalar)!)).utf8)
    }
}

private extension String {
    init?(validatingUTF8Bytes bytes: [UInt8]) {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        self.init(decoding: bytes, as: UTF8.self)
    }
}
